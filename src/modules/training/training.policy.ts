/**
 * Who may do what with training data, on top of tenancy (scope.ts decides WHICH organisation's data;
 * these decide which roles inside it). Academy roles only write the Academy's own classes, because
 * assertCanWrite keeps them read-only on school data.
 */
import { AppError } from '../../lib/app-error.ts';
import type { RequestContext, Role } from '../tenancy/actor.ts';

/** Import and re-evaluate: the school's administrator, leaders and training staff (not the clerk). */
export const TRAINING_WRITERS: readonly Role[] = ['school_admin', 'leader', 'staff', 'academy_admin', 'academy_staff'];
/** Accept a finding by a recorded decision: the school's leaders and administrator. */
export const OVERRIDERS: readonly Role[] = ['leader', 'school_admin', 'academy_admin'];

export function assertTrainingWriter(ctx: RequestContext): void {
  if (!TRAINING_WRITERS.includes(ctx.actor.role)) {
    throw new AppError(
      'FORBIDDEN',
      'Văn thư không nhập, sửa dữ liệu đào tạo: đề nghị cán bộ quản lý đào tạo hoặc quản trị trường thực hiện.',
    );
  }
}

export function assertOverrider(ctx: RequestContext): void {
  if (!OVERRIDERS.includes(ctx.actor.role)) {
    throw new AppError(
      'FORBIDDEN',
      'Chỉ lãnh đạo trường (Hiệu trưởng, Phó Hiệu trưởng) hoặc quản trị trường được chấp thuận ngoại lệ theo quyết định.',
    );
  }
}

export function canWriteTraining(role: Role): boolean {
  return TRAINING_WRITERS.includes(role);
}

export function canOverride(role: Role): boolean {
  return OVERRIDERS.includes(role);
}
