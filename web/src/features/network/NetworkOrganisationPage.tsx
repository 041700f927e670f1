/**
 * One organisation of the network: identity, province and code (with the list the code belongs
 * to), validity, source of the information, predecessors and successors, and its units.
 */
import { useState } from 'react';
import { $api, isNotFound } from '../../api/client.ts';
import { ErrorBanner, Loading, PageHeader } from '../../components/Feedback.tsx';
import { formatValidity } from '../../lib/format.ts';
import { Link } from 'react-router';
import { useMe } from '../../session/SessionContext.tsx';
import { NotFoundOrNoAccessPage } from '../errors/ErrorPages.tsx';
import { UnitsTable } from '../organisations/UnitsTable.tsx';
import { OrganisationEditForm } from './OrganisationEditForm.tsx';
import { OrganisationLinks } from './OrganisationLinks.tsx';
import { UNCERTAIN_NAME_HINT, provincePeriodLabel } from './networkLabels.ts';
import { UncertainNameBadge } from './UncertainNameBadge.tsx';

export function NetworkOrganisationPage({ organisationId }: { organisationId: string }) {
  const me = useMe();
  const {
    data: organisation,
    error,
    isPending,
    refetch,
  } = $api.useQuery('get', '/api/network/organisations/{id}', { params: { path: { id: organisationId } } });
  const reload = () => void refetch();
  const [editing, setEditing] = useState(false);

  if (isNotFound(error)) return <NotFoundOrNoAccessPage what="đơn vị" />;
  if (isPending) return <Loading />;
  if (!organisation) return <ErrorBanner error={error} onRetry={reload} />;

  const canEdit = me.role === 'academy_admin';
  const canOpenWorkspace = me.isAcademy || me.organisation.id === organisation.id;

  return (
    <>
      <p className="breadcrumb">
        <Link to="/mang-luoi">Mạng lưới trường</Link> › {organisation.name}
      </p>
      <PageHeader
        title={organisation.name}
        subtitle={
          <>
            {organisation.kindLabel}
            <UncertainNameBadge uncertain={organisation.nameUncertain} />
          </>
        }
        actions={
          <>
            {canOpenWorkspace ? (
              <Link to={`/to-chuc/${encodeURIComponent(organisation.id)}`} className="button">
                Trang của trường
              </Link>
            ) : null}
            {canEdit && !editing ? (
              <button type="button" className="button button--primary" onClick={() => setEditing(true)}>
                Sửa thông tin
              </button>
            ) : null}
          </>
        }
      />
      <ErrorBanner error={error} onRetry={reload} />
      {editing ? <OrganisationEditForm organisation={organisation} onClose={() => setEditing(false)} /> : null}
      <section className="card">
        <h2>Thông tin chung</h2>
        <dl className="details">
          <dt>Mã đơn vị</dt>
          <dd>
            <code>{organisation.code}</code>
          </dd>
          <dt>Tỉnh, thành phố</dt>
          <dd>
            {organisation.provinceName ?? '—'}
            {organisation.provinceCode ? (
              <span className="muted">
                {' '}
                (mã {organisation.provinceCode}, {provincePeriodLabel(organisation.provincePeriod)})
              </span>
            ) : null}
          </dd>
          <dt>Hiệu lực</dt>
          <dd>{formatValidity(organisation.validFrom, organisation.validTo)}</dd>
          <dt>Tên</dt>
          <dd>{organisation.nameUncertain ? UNCERTAIN_NAME_HINT : 'Đã xác minh'}</dd>
          <dt>Nguồn thông tin</dt>
          <dd>{organisation.source ?? <span className="muted">Chưa ghi nguồn</span>}</dd>
          {organisation.note ? (
            <>
              <dt>Ghi chú</dt>
              <dd>{organisation.note}</dd>
            </>
          ) : null}
          <dt>Tiền thân</dt>
          <dd data-testid="predecessors">
            <OrganisationLinks items={organisation.predecessors} empty="Không có" />
          </dd>
          <dt>Kế thừa bởi</dt>
          <dd data-testid="successors">
            <OrganisationLinks items={organisation.successors} empty="Không có" />
          </dd>
        </dl>
      </section>
      <section className="card">
        <h2>Các đơn vị trực thuộc</h2>
        <UnitsTable units={organisation.units} />
      </section>
    </>
  );
}
