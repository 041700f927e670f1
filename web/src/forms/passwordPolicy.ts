/**
 * The password policy is the one rule the people and account forms check that is not in the server's
 * request schema: the schema says only "1–200 characters", the policy lives in
 * src/modules/auth/password.ts (`assertPasswordPolicy`). Checking it here too lets the reset-password
 * form refuse before its confirmation dialog. Once the server schema carries the policy (minLength 10
 * and a pattern), this file goes and the schema resolver gives the same messages.
 */
export const PASSWORD_HINT = 'Ít nhất 10 ký tự, gồm cả chữ và số.';

/** The server's message for a password it would refuse; null when it passes (an empty one is "required"). */
export function passwordProblem(password: string): string | null {
  if (!password) return null;
  if (password.length < 10) return 'Mật khẩu phải có ít nhất 10 ký tự.';
  if (!/[A-Za-zÀ-ỹ]/.test(password) || !/\d/.test(password)) return 'Mật khẩu phải có cả chữ và số.';
  return null;
}
