/**
 * Client-side checks for the people forms, mirroring the server's rules so users see the
 * Vietnamese message before submitting. The server checks again and has the last word.
 */
import type { Role } from '../../api/types.ts';

export const PASSWORD_HINT = 'Ít nhất 10 ký tự, gồm cả chữ và số.';

export function passwordProblem(password: string): string | null {
  if (!password) return 'Vui lòng nhập mật khẩu.';
  if (password.length < 10) return 'Mật khẩu phải có ít nhất 10 ký tự.';
  if (!/[A-Za-zÀ-ỹ]/.test(password) || !/\d/.test(password)) return 'Mật khẩu phải có cả chữ và số.';
  return null;
}

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export type PersonDraft = {
  organisationId: string;
  email: string;
  fullName: string;
  title: string;
  role: Role | '';
  unitId: string;
  password: string;
};

export type PersonDraftErrors = Partial<Record<keyof PersonDraft, string>>;

export function validatePersonDraft(draft: PersonDraft, mode: 'create' | 'edit'): PersonDraftErrors {
  const errors: PersonDraftErrors = {};
  if (mode === 'create') {
    if (!draft.organisationId) errors.organisationId = 'Vui lòng chọn trường (đơn vị).';
    if (!draft.email.trim()) errors.email = 'Vui lòng nhập email.';
    else if (!EMAIL_PATTERN.test(draft.email.trim())) errors.email = 'Email không hợp lệ.';
    const problem = passwordProblem(draft.password);
    if (problem) errors.password = problem;
  }
  const name = draft.fullName.trim();
  if (!name) errors.fullName = 'Vui lòng nhập họ và tên.';
  else if (name.length < 2) errors.fullName = 'Họ và tên quá ngắn.';
  else if (name.length > 120) errors.fullName = 'Họ và tên không quá 120 ký tự.';
  if (draft.title.trim().length > 200) errors.title = 'Chức vụ không quá 200 ký tự.';
  if (!draft.role) errors.role = 'Vui lòng chọn vai trò.';
  return errors;
}
