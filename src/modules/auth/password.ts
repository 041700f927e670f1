import argon2 from 'argon2';
import { AppError } from '../../lib/app-error.ts';

// OWASP's argon2id baseline (19 MiB, 2 passes) keeps a login well under 100 ms on this hardware.
const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** Minimum policy: 10+ characters with a letter and a digit. Messages are shown to the user as-is. */
export function assertPasswordPolicy(password: string): void {
  if (password.length < 10) throw new AppError('BAD_REQUEST', 'Mật khẩu phải có ít nhất 10 ký tự.');
  if (!/[A-Za-zÀ-ỹ]/.test(password) || !/\d/.test(password)) {
    throw new AppError('BAD_REQUEST', 'Mật khẩu phải có cả chữ và số.');
  }
}
