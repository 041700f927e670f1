/**
 * Thêm cán bộ: a school administrator adds an account in their school; the Academy
 * administrator chooses the school (the current school by default).
 */
import { useMutation, useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { client, unwrap } from '../../api/client.ts';
import { invalidate } from '../../api/queryClient.ts';
import { ErrorBanner, Loading, PageHeader } from '../../components/Feedback.tsx';
import { loadAllOrganisations } from '../../components/OrganisationPicker.tsx';
import { withFlash } from '../../lib/flash.ts';
import { todayInVietnam } from '../../lib/format.ts';
import { useCurrentOrganisation } from '../../session/CurrentOrganisationContext.tsx';
import { useMe } from '../../session/SessionContext.tsx';
import { PersonForm, createBody, type PersonValues } from './PersonForm.tsx';

export function PersonCreatePage() {
  const me = useMe();
  const navigate = useNavigate();
  const { current, canChoose, choose } = useCurrentOrganisation();
  const today = todayInVietnam();
  const organisations = useQuery({
    queryKey: ['get', '/api/network/organisations', { all: true, at: today }],
    queryFn: ({ signal }) => loadAllOrganisations(today, signal),
    enabled: me.isAcademy,
  });

  const create = useMutation({
    mutationFn: (values: PersonValues) =>
      // The resolver has checked the body against this route's schema; the cast only drops `undefined`.
      unwrap(client.POST('/api/people', { body: createBody(values) as never })),
    onSuccess: async (person) => {
      await invalidate('/api/people', '/api/organisations');
      if (canChoose) choose({ id: person.organisationId, name: person.organisationName });
      navigate('/can-bo', withFlash(`Đã thêm cán bộ ${person.fullName} (${person.email}).`));
    },
  });

  const initial: PersonValues = {
    organisationId: me.isAcademy ? (current?.id ?? '') : me.organisation.id,
    email: '',
    fullName: '',
    title: '',
    role: '',
    unitId: '',
    password: '',
  };

  return (
    <>
      <p className="breadcrumb">
        <Link to="/can-bo">Cán bộ</Link> › Thêm cán bộ
      </p>
      <PageHeader
        title="Thêm cán bộ"
        subtitle={
          me.isAcademy
            ? 'Tạo tài khoản cho cán bộ của một trường trong mạng lưới.'
            : `Tạo tài khoản cho cán bộ của ${me.organisation.name}.`
        }
      />
      <div className="card card--narrow">
        <ErrorBanner error={organisations.error} />
        {me.isAcademy && !organisations.data && !organisations.error ? (
          <Loading label="Đang tải danh sách trường…" />
        ) : (
          <PersonForm
            mode="create"
            initial={initial}
            organisations={me.isAcademy ? (organisations.data ?? null) : null}
            submitLabel="Thêm cán bộ"
            error={create.error}
            submitting={create.isPending || create.isSuccess}
            onSubmit={(values) => create.mutate(values)}
            onCancel={() => navigate('/can-bo')}
          />
        )}
      </div>
    </>
  );
}
