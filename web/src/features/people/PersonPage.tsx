/**
 * Hồ sơ cán bộ: the account's details; administrators can edit it, lock it and reset the password.
 */
import { useState } from 'react';
import { ApiError, api } from '../../api/client.ts';
import type { Person } from '../../api/types.ts';
import { Badge, ErrorBanner, Loading, PageHeader, SuccessBanner } from '../../components/Feedback.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { Link } from '../../lib/router.tsx';
import { useApiData } from '../../lib/useApiData.ts';
import { useMe } from '../../session/SessionContext.tsx';
import { NotFoundOrNoAccessPage } from '../errors/ErrorPages.tsx';
import { PersonAdminActions } from './PersonAdminActions.tsx';
import { PersonForm } from './PersonForm.tsx';
import type { PersonDraft } from './personValidation.ts';

export function PersonPage({ personId }: { personId: string }) {
  const me = useMe();
  const { data: person, error, loading, reload } = useApiData<Person>(`/api/people/${encodeURIComponent(personId)}`);
  const [editing, setEditing] = useState(false);
  const [saveError, setSaveError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);

  if (error instanceof ApiError && (error.status === 404 || error.status === 403))
    return <NotFoundOrNoAccessPage what="cán bộ" />;
  if (loading && !person) return <Loading />;
  if (!person) return <ErrorBanner error={error} onRetry={reload} />;

  const save = async (draft: PersonDraft) => {
    setSaving(true);
    setSaveError(null);
    try {
      const changes: Record<string, string | null> = {};
      if (draft.fullName.trim() !== person.fullName) changes.fullName = draft.fullName.trim();
      if (draft.title.trim() !== (person.title ?? '')) changes.title = draft.title.trim();
      if (draft.role && draft.role !== person.role) changes.role = draft.role;
      if ((draft.unitId || null) !== person.unitId) changes.unitId = draft.unitId || null;
      if (Object.keys(changes).length > 0)
        await api.patch<Person>(`/api/people/${encodeURIComponent(person.id)}`, changes);
      setEditing(false);
      setSaved('Đã lưu thông tin cán bộ.');
      reload();
    } catch (cause) {
      setSaveError(cause);
    } finally {
      setSaving(false);
    }
  };

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
              role: person.role,
              unitId: person.unitId ?? '',
              password: '',
            }}
            organisations={null}
            submitLabel="Lưu thay đổi"
            error={saveError}
            submitting={saving}
            onSubmit={(draft) => void save(draft)}
            onCancel={() => {
              setEditing(false);
              setSaveError(null);
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
      {me.isAdmin ? <PersonAdminActions person={person} isSelf={person.id === me.id} onChanged={reload} /> : null}
    </>
  );
}
