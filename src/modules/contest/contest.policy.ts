/**
 * Who may do what in the contest, on top of tenancy. The Academy's administrator edits editions, assigns the
 * Academy's judges and awards prizes; the Academy's secretariat (any Academy role) checks overlaps, screens and
 * promotes to the final; a school's administrator, leaders and clerk register entries, promote them to the
 * Academy and send forum articles; the school's administrator assigns the school round's judges.
 */
import { AppError } from '../../lib/app-error.ts';
import type { Actor, Role } from '../tenancy/actor.ts';
import { isAcademyRole } from '../tenancy/actor.ts';

export const ROUNDS = ['school', 'preliminary', 'final'] as const;
export type Round = (typeof ROUNDS)[number];
export const ROUND_NAMES: Record<Round, string> = {
  school: 'Vòng trường',
  preliminary: 'Sơ khảo (Học viện)',
  final: 'Chung khảo (Học viện)',
};

const SCHOOL_WRITERS: readonly Role[] = ['school_admin', 'leader', 'clerk'];

export function assertAcademyAdmin(actor: Actor): void {
  if (actor.role !== 'academy_admin')
    throw new AppError('FORBIDDEN', 'Chỉ quản trị Học viện được thực hiện thao tác này của cuộc thi.');
}

export function assertSecretariat(actor: Actor): void {
  if (!isAcademyRole(actor.role))
    throw new AppError('FORBIDDEN', 'Chỉ Ban Thư ký cuộc thi (Học viện) được thực hiện thao tác này.');
}

export function assertSchoolWriter(actor: Actor): void {
  if (!SCHOOL_WRITERS.includes(actor.role))
    throw new AppError(
      'FORBIDDEN',
      'Chỉ quản trị trường, Ban Giám hiệu hoặc văn thư của trường được đăng ký, gửi bài dự thi và bài viết.',
    );
}

/** Assigning judges: the Academy's administrator for its rounds, the school's administrator for the school round. */
export function assertJudgeAssigner(actor: Actor, round: Round): void {
  if (round === 'school' ? actor.role !== 'school_admin' : actor.role !== 'academy_admin')
    throw new AppError(
      'FORBIDDEN',
      round === 'school'
        ? 'Giám khảo vòng trường do quản trị trường phân công.'
        : 'Giám khảo vòng sơ khảo, chung khảo do quản trị Học viện phân công.',
    );
}

export function canSeeAuthors(actor: Actor, judgeIds: readonly string[]): boolean {
  return !judgeIds.includes(actor.userId);
}
