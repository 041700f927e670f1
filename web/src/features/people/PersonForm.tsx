/**
 * The fields of a person's account, for creating (organisation, email, initial password too)
 * and editing (name, title, role, unit). Roles offered depend on the organisation: Academy
 * roles in the Academy, school roles in a school. Units come from the organisation.
 */
import { useState, type FormEvent } from 'react';
import type { Organisation, OrganisationWorkspace, Role } from '../../api/types.ts';
import { ACADEMY_ROLES, ROLE_LABELS, SCHOOL_ROLES } from '../../api/types.ts';
import { ErrorBanner } from '../../components/Feedback.tsx';
import { FormField } from '../../components/FormField.tsx';
import { sortByVietnamese } from '../../lib/format.ts';
import { useApiData } from '../../lib/useApiData.ts';
import { unitKindLabel } from '../organisations/UnitsTable.tsx';
import { PASSWORD_HINT, validatePersonDraft, type PersonDraft, type PersonDraftErrors } from './personValidation.ts';

type PersonFormProps = {
  mode: 'create' | 'edit';
  initial: PersonDraft;
  /** Create mode: organisations to choose from; null = fixed to initial.organisationId. */
  organisations: Organisation[] | null;
  submitLabel: string;
  error: unknown;
  submitting: boolean;
  onSubmit: (draft: PersonDraft) => void;
  onCancel: () => void;
};

function rolesFor(kind: string | undefined): readonly Role[] {
  if (kind === undefined) return [];
  return kind === 'academy' ? ACADEMY_ROLES : SCHOOL_ROLES;
}

export function PersonForm({
  mode,
  initial,
  organisations,
  submitLabel,
  error,
  submitting,
  onSubmit,
  onCancel,
}: PersonFormProps) {
  const [draft, setDraft] = useState<PersonDraft>(initial);
  const [errors, setErrors] = useState<PersonDraftErrors>({});
  const workspace = useApiData<OrganisationWorkspace>(
    draft.organisationId ? `/api/organisations/${encodeURIComponent(draft.organisationId)}` : null,
  );
  const roles = rolesFor(workspace.data?.organisation.kind);
  const units = sortByVietnamese(workspace.data?.units ?? [], (u) => u.name);

  const update = <K extends keyof PersonDraft>(key: K, value: PersonDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validatePersonDraft(draft, mode);
    if (draft.role && roles.length > 0 && !roles.includes(draft.role))
      found.role = 'Vai trò này không dùng được cho đơn vị đã chọn.';
    setErrors(found);
    if (Object.keys(found).length === 0) onSubmit(draft);
  };

  return (
    <form
      onSubmit={handleSubmit}
      noValidate
      className="form-grid"
      aria-label={mode === 'create' ? 'Thêm cán bộ' : 'Sửa thông tin cán bộ'}
    >
      <ErrorBanner error={error} />
      {mode === 'create' && organisations ? (
        <FormField label="Trường (đơn vị)" error={errors.organisationId} required>
          <select
            value={draft.organisationId}
            onChange={(e) => setDraft((d) => ({ ...d, organisationId: e.target.value, unitId: '', role: '' }))}
          >
            <option value="">— Chọn trường —</option>
            {sortByVietnamese(organisations, (o) => o.name).map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </FormField>
      ) : null}
      <ErrorBanner error={workspace.error} onRetry={workspace.reload} />
      {mode === 'create' ? (
        <FormField label="Email" hint="Dùng để đăng nhập; không đổi được sau khi tạo." error={errors.email} required>
          <input
            type="email"
            autoComplete="off"
            value={draft.email}
            onChange={(e) => update('email', e.target.value)}
          />
        </FormField>
      ) : null}
      <FormField label="Họ và tên" error={errors.fullName} required>
        <input autoComplete="off" value={draft.fullName} onChange={(e) => update('fullName', e.target.value)} />
      </FormField>
      <FormField label="Chức vụ" hint="Ví dụ: Trưởng khoa Lý luận cơ sở" error={errors.title}>
        <input autoComplete="off" value={draft.title} onChange={(e) => update('title', e.target.value)} />
      </FormField>
      <FormField label="Vai trò" error={errors.role} required>
        <select
          value={draft.role}
          onChange={(e) => update('role', e.target.value as Role | '')}
          disabled={!workspace.data}
        >
          <option value="">— Chọn vai trò —</option>
          {roles.map((role) => (
            <option key={role} value={role}>
              {ROLE_LABELS[role]}
            </option>
          ))}
        </select>
      </FormField>
      <FormField label="Đơn vị công tác" error={errors.unitId}>
        <select value={draft.unitId} onChange={(e) => update('unitId', e.target.value)} disabled={!workspace.data}>
          <option value="">— Không thuộc đơn vị nào —</option>
          {units.map((unit) => (
            <option key={unit.id} value={unit.id}>
              {unit.name} ({unitKindLabel(unit.kind)})
            </option>
          ))}
        </select>
      </FormField>
      {mode === 'create' ? (
        <FormField
          label="Mật khẩu ban đầu"
          hint={`${PASSWORD_HINT} Người dùng nên đổi sau lần đăng nhập đầu tiên.`}
          error={errors.password}
          required
        >
          <input
            type="password"
            autoComplete="new-password"
            value={draft.password}
            onChange={(e) => update('password', e.target.value)}
          />
        </FormField>
      ) : null}
      <div className="form-actions">
        <button type="button" className="button" onClick={onCancel} disabled={submitting}>
          Hủy
        </button>
        <button type="submit" className="button button--primary" disabled={submitting}>
          {submitting ? 'Đang lưu…' : submitLabel}
        </button>
      </div>
    </form>
  );
}
