/**
 * The fields of a person's account, for creating (organisation, email, initial password too)
 * and editing (name, title, role, unit). Roles offered depend on the organisation: Academy
 * roles in the Academy, school roles in a school. Units come from the organisation.
 * Validated by the server's schemas for POST /api/people and PATCH /api/people/{id}.
 */
import { useEffect, useRef } from 'react';
import { useForm } from 'react-hook-form';
import { $api } from '../../api/client.ts';
import type { Organisation, Role } from '../../api/types.ts';
import { ACADEMY_ROLES, ROLE_LABELS, SCHOOL_ROLES } from '../../api/types.ts';
import { ErrorBanner } from '../../components/Feedback.tsx';
import { FormField } from '../../components/FormField.tsx';
import { PASSWORD_HINT, passwordProblem } from '../../forms/passwordPolicy.ts';
import { serverSchemaResolver, type FieldText } from '../../forms/serverSchema.ts';
import { sortByVietnamese } from '../../lib/format.ts';
import { unitKindLabel } from '../organisations/UnitsTable.tsx';

export type PersonValues = {
  organisationId: string;
  email: string;
  fullName: string;
  title: string;
  role: Role | '';
  unitId: string;
  password: string;
};

const FIELDS: Record<string, FieldText> = {
  organisationId: { label: 'trường (đơn vị)', choose: true },
  email: { label: 'email', kind: 'email' },
  fullName: { label: 'họ và tên' },
  title: { label: 'chức vụ' },
  role: { label: 'vai trò', choose: true },
  unitId: { label: 'đơn vị công tác', choose: true },
  password: { label: 'mật khẩu' },
};

const blank = (text: string) => text.trim() || undefined;

/** The body of POST /api/people. */
export function createBody(v: PersonValues) {
  return {
    organisationId: v.organisationId || undefined,
    email: v.email.trim().toLowerCase(),
    fullName: v.fullName.trim(),
    title: blank(v.title),
    role: v.role || undefined,
    unitId: v.unitId || undefined,
    password: v.password || undefined,
  };
}

/** Every editable field as PATCH /api/people/{id} takes it (the page sends only what changed). */
export function editBody(v: PersonValues) {
  return {
    fullName: v.fullName.trim(),
    title: v.title.trim() || null,
    role: v.role || undefined,
    unitId: v.unitId || null,
  };
}

type PersonFormProps = {
  mode: 'create' | 'edit';
  initial: PersonValues;
  /** Create mode: organisations to choose from; null = fixed to initial.organisationId. */
  organisations: Organisation[] | null;
  submitLabel: string;
  error: unknown;
  submitting: boolean;
  onSubmit: (values: PersonValues) => void;
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
  const rolesRef = useRef<readonly Role[]>([]);
  const { register, handleSubmit, watch, setValue, getValues, formState } = useForm<PersonValues>({
    defaultValues: initial,
    resolver: serverSchemaResolver<PersonValues>(mode === 'create' ? 'POST /api/people' : 'PATCH /api/people/{id}', {
      toBody: mode === 'create' ? createBody : editBody,
      fields: FIELDS,
      also: (v) => ({
        password: mode === 'create' ? passwordProblem(v.password) : null,
        role:
          v.role && rolesRef.current.length > 0 && !rolesRef.current.includes(v.role)
            ? 'Vai trò này không dùng được cho đơn vị đã chọn.'
            : null,
      }),
    }),
  });
  const errors = formState.errors;
  const organisationId = watch('organisationId');
  const workspace = $api.useQuery(
    'get',
    '/api/organisations/{id}',
    { params: { path: { id: organisationId } } },
    { enabled: organisationId !== '' },
  );
  const roles = rolesFor(workspace.data?.organisation.kind);
  rolesRef.current = roles;
  const units = sortByVietnamese(workspace.data?.units ?? [], (u) => u.name);
  // The role and unit selects get their options only now; show the values the form already holds.
  useEffect(() => {
    if (!workspace.data) return;
    setValue('role', getValues('role'));
    setValue('unitId', getValues('unitId'));
  }, [workspace.data, setValue, getValues]);

  return (
    <form
      onSubmit={(event) => void handleSubmit(onSubmit)(event)}
      noValidate
      className="form-grid"
      aria-label={mode === 'create' ? 'Thêm cán bộ' : 'Sửa thông tin cán bộ'}
    >
      <ErrorBanner error={error} />
      {mode === 'create' && organisations ? (
        <FormField label="Trường (đơn vị)" error={errors.organisationId?.message} required>
          <select
            {...register('organisationId', {
              onChange: () => {
                setValue('unitId', '');
                setValue('role', '');
              },
            })}
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
      <ErrorBanner error={workspace.error} onRetry={() => void workspace.refetch()} />
      {mode === 'create' ? (
        <FormField
          label="Email"
          hint="Dùng để đăng nhập; không đổi được sau khi tạo."
          error={errors.email?.message}
          required
        >
          <input type="email" autoComplete="off" {...register('email')} />
        </FormField>
      ) : null}
      <FormField label="Họ và tên" error={errors.fullName?.message} required>
        <input autoComplete="off" {...register('fullName')} />
      </FormField>
      <FormField label="Chức vụ" hint="Ví dụ: Trưởng khoa Lý luận cơ sở" error={errors.title?.message}>
        <input autoComplete="off" {...register('title')} />
      </FormField>
      <FormField label="Vai trò" error={errors.role?.message} required>
        <select {...register('role')} disabled={!workspace.data}>
          <option value="">— Chọn vai trò —</option>
          {roles.map((role) => (
            <option key={role} value={role}>
              {ROLE_LABELS[role]}
            </option>
          ))}
        </select>
      </FormField>
      <FormField label="Đơn vị công tác" error={errors.unitId?.message}>
        <select {...register('unitId')} disabled={!workspace.data}>
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
          error={errors.password?.message}
          required
        >
          <input type="password" autoComplete="new-password" {...register('password')} />
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
