/**
 * Hồ sơ cán bộ: the account's details; administrators can edit it, lock it and reset the password.
 */
import { isNotFound } from '../../api/client.ts';
import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { $api, client, unwrap } from '../../api/client.ts';
import { invalidate } from '../../api/queryClient.ts';
import type { Role } from '../../api/types.ts';
import { Badge, ErrorBanner, Loading, PageHeader, SuccessBanner } from '../../components/Feedback.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { Link } from 'react-router';
import { useMe } from '../../session/SessionContext.tsx';
import { NotFoundOrNoAccessPage } from '../errors/ErrorPages.tsx';
import { PersonAdminActions } from './PersonAdminActions.tsx';
import { PersonForm, editBody, type PersonValues } from './PersonForm.tsx';

export function PersonPage({ personId }: { personId: string }) {
  const me = useMe();
  const {
    data: person,
    error,
    isPending,
    refetch,
  } = $api.useQuery('get', '/api/people/{id}', { params: { path: { id: personId } } });
  const reload = () => void refetch();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: async (values: PersonValues) => {
      if (!person) return;
      const body = editBody(values);
      // Only what changed: an unchanged role or unit is not re-sent (and not re-audited).
      const changes = {
        ...(body.fullName !== person.fullName ? { fullName: body.fullName } : {}),
        ...(body.title !== person.title ? { title: body.title } : {}),
        ...(body.role && body.role !== person.role ? { role: body.role as Role } : {}),
        ...(body.unitId !== person.unitId ? { unitId: body.unitId } : {}),
      };
      if (Object.keys(changes).length > 0)
        await unwrap(client.PATCH('/api/people/{id}', { params: { path: { id: person.id } }, body: changes }));
    },
    onSuccess: async () => {
      setEditing(false);
      setSaved('Đã lưu thông tin cán bộ.');
      await invalidate('/api/people', '/api/organisations');
    },
  });

  if (isNotFound(error)) return <NotFoundOrNoAccessPage what="cán bộ" />;
  if (isPending) return <Loading />;
  if (!person) return <ErrorBanner error={error} onRetry={reload} />;

  return (
    <>
      <p className="breadcrumb">
        <Link to="/can-bo">Cán bộ</Link> › {person.fullName}
      </p>
      <PageHeader
        title={person.fullName}
        subtitle={
          <>
            {person.title ? `${person.title} · ` : ''}
            {person.organisationName}{' '}
            {person.active ? <Badge tone="success">Đang hoạt động</Badge> : <Badge tone="danger">Đã khóa</Badge>}
          </>
        }
        actions={
          me.isAdmin && !editing ? (
            <button type="button" className="button button--primary" onClick={() => setEditing(true)}>
              Sửa thông tin
            </button>
          ) : null
        }
      />
      <SuccessBanner message={saved} onClose={() => setSaved(null)} />
      <ErrorBanner error={error} onRetry={reload} />
      {editing ? (
        <section className="card card--narrow">
          <h2>Sửa thông tin</h2>
          <PersonForm
            mode="edit"
            initial={{
              organisationId: person.organisationId,
              email: person.email,
              fullName: person.fullName,
              title: person.title ?? '',
              role: person.role as Role,
              unitId: person.unitId ?? '',
              password: '',
            }}
            organisations={null}
            submitLabel="Lưu thay đổi"
            error={save.error}
            submitting={save.isPending}
            onSubmit={(values) => save.mutate(values)}
            onCancel={() => {
              setEditing(false);
              save.reset();
            }}
          />
        </section>
      ) : (
        <section className="card">
          <dl className="details">
            <dt>Email</dt>
            <dd>{person.email}</dd>
            <dt>Vai trò</dt>
            <dd>{person.roleLabel}</dd>
            <dt>Trường</dt>
            <dd>
              <Link to={`/to-chuc/${encodeURIComponent(person.organisationId)}`}>{person.organisationName}</Link>
            </dd>
            <dt>Đơn vị công tác</dt>
            <dd>{person.unitName ?? <span className="muted">Không thuộc đơn vị nào</span>}</dd>
            <dt>Đăng nhập gần nhất</dt>
            <dd>
              {person.lastLoginAt ? formatDateTime(person.lastLoginAt) : <span className="muted">Chưa đăng nhập</span>}
            </dd>
          </dl>
        </section>
      )}
      {me.isAdmin ? <PersonAdminActions person={person} isSelf={person.id === me.id} /> : null}
    </>
  );
}
