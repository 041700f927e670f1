/**
 * Who may do what in the standard-school capability, on top of tenancy (scope.ts decides WHICH school;
 * these decide which roles). A school's leaders, administrator and staff keep its dossier, roster and
 * self-assessments (not the clerk); the Academy records the survey, the council, the recognition, the
 * certificate and mergers; only the Academy's administrator imports a catalogue version.
 */
import { AppError } from '../../lib/app-error.ts';
import { isAcademyRole, type RequestContext, type Role } from '../tenancy/actor.ts';

export const SCHOOL_WRITERS: readonly Role[] = ['school_admin', 'leader', 'staff'];

export function sideOf(ctx: RequestContext): 'school' | 'academy' {
  return isAcademyRole(ctx.actor.role) ? 'academy' : 'school';
}

export function assertSchoolWriter(ctx: RequestContext): void {
  if (!SCHOOL_WRITERS.includes(ctx.actor.role))
    throw new AppError(
      'FORBIDDEN',
      'Văn thư không cập nhật hồ sơ trường chính trị chuẩn: đề nghị Ban Giám hiệu, quản trị trường hoặc cán bộ được giao thực hiện.',
    );
}

export function assertCatalogueAdmin(ctx: RequestContext): void {
  if (ctx.actor.role !== 'academy_admin')
    throw new AppError('FORBIDDEN', 'Chỉ quản trị Học viện được nhập phiên bản danh mục tiêu chí mới.');
}

export function assertAcademy(ctx: RequestContext): void {
  if (!isAcademyRole(ctx.actor.role))
    throw new AppError('FORBIDDEN', 'Bức tranh toàn mạng lưới trường chính trị chuẩn dành cho Học viện.');
}

export const canWriteSchoolSide = (role: Role) => SCHOOL_WRITERS.includes(role);
