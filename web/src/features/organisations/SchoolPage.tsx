/**
 * The workspace page of one school (/to-chuc/:id): identity, units and number of people.
 * A school user opening another school gets 404 from the API and sees the refusal page.
 */
import { useState } from 'react';
import { $api, isNotFound } from '../../api/client.ts';
import { ErrorBanner, Loading, PageHeader } from '../../components/Feedback.tsx';
import { formatNumber, formatValidity } from '../../lib/format.ts';
import { Link } from 'react-router';
import { useCurrentOrganisation } from '../../session/CurrentOrganisationContext.tsx';
import { useMe } from '../../session/SessionContext.tsx';
import { NotFoundOrNoAccessPage } from '../errors/ErrorPages.tsx';
import { OrganisationLinks } from '../network/OrganisationLinks.tsx';
import { UnitForm } from './UnitForm.tsx';
import { UnitsTable } from './UnitsTable.tsx';
import { UncertainNameBadge } from '../network/UncertainNameBadge.tsx';

export function SchoolPage({ organisationId }: { organisationId: string }) {
  const me = useMe();
  const { canChoose, current, choose } = useCurrentOrganisation();
  const { data, error, isPending, refetch } = $api.useQuery('get', '/api/organisations/{id}', {
    params: { path: { id: organisationId } },
  });
  const reload = () => void refetch();
  const [addingUnit, setAddingUnit] = useState(false);

  if (isNotFound(error)) return <NotFoundOrNoAccessPage what="trường" />;
  if (isPending) return <Loading />;
  if (!data) return <ErrorBanner error={error} onRetry={reload} />;

  const { organisation, units, peopleCount } = data;
  const canManage =
    me.role === 'academy_admin' || (me.role === 'school_admin' && me.organisation.id === organisation.id);
  const isCurrent = current?.id === organisation.id;

  return (
    <>
      <PageHeader
        title={organisation.name}
        subtitle={
          <>
            {organisation.kindLabel}
            {organisation.provinceName ? ` · ${organisation.provinceName}` : ''}
            <UncertainNameBadge uncertain={organisation.nameUncertain} />
          </>
        }
        actions={
          <>
            {canChoose && !isCurrent ? (
              <button
                type="button"
                className="button"
                onClick={() => choose({ id: organisation.id, name: organisation.name })}
              >
                Làm việc với trường này
              </button>
            ) : null}
            <Link to={`/mang-luoi/${encodeURIComponent(organisation.id)}`} className="button">
              Xem trong mạng lưới
            </Link>
          </>
        }
      />
      <ErrorBanner error={error} onRetry={reload} />
      <div className="stat-row">
        <Link
          to="/can-bo"
          className="home-card home-card--link"
          onClick={() => canChoose && !isCurrent && choose({ id: organisation.id, name: organisation.name })}
        >
          <span className="home-card__label">Cán bộ, giảng viên có tài khoản</span>
          <span className="home-card__value">{formatNumber(peopleCount)}</span>
        </Link>
        <div className="home-card">
          <span className="home-card__label">Đơn vị trực thuộc</span>
          <span className="home-card__value">{formatNumber(units.length)}</span>
        </div>
        <div className="home-card">
          <span className="home-card__label">Hiệu lực</span>
          <span className="home-card__value home-card__value--small">
            {formatValidity(organisation.validFrom, organisation.validTo)}
          </span>
        </div>
      </div>
      {organisation.predecessors.length > 0 ? (
        <section className="card">
          <h2>Hình thành từ</h2>
          <OrganisationLinks items={organisation.predecessors} />
        </section>
      ) : null}
      <section className="card">
        <div className="card__header">
          <h2>Các đơn vị trực thuộc</h2>
          {canManage && !addingUnit ? (
            <button type="button" className="button button--small" onClick={() => setAddingUnit(true)}>
              Thêm đơn vị
            </button>
          ) : null}
        </div>
        {addingUnit ? <UnitForm organisationId={organisation.id} onClose={() => setAddingUnit(false)} /> : null}
        <UnitsTable units={units} />
      </section>
    </>
  );
}
