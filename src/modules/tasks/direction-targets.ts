/**
 * Validation of a direction's assignment targets: each is exactly one person or one unit of the
 * document's organisation (or, for a document inherited in the 2025 merger, of the successor school
 * handling it), active, and appears at most once per task.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { AppError } from '../../lib/app-error.ts';
import { isRealDate } from '../../lib/dates.ts';
import type { Party } from './tasks.presenter.ts';
import { findPeopleAndUnits } from './tasks.repository.ts';
import type { Assignment, DirectionBody, Target } from './tasks.schemas.ts';

export type ResolvedTarget = { role: 'lead' | 'support' | 'info'; party: Party; deadline: string | null };

function checkDate(value: string | null | undefined): void {
  if (value && !isRealDate(value)) throw new AppError('BAD_REQUEST', `Ngày "${value}" không hợp lệ.`);
}

function targetsOf(a: Assignment): { role: ResolvedTarget['role']; target: Target }[] {
  return [
    { role: 'lead' as const, target: a.lead },
    ...(a.support ?? []).map((target) => ({ role: 'support' as const, target })),
    ...(a.info ?? []).map((target) => ({ role: 'info' as const, target })),
  ];
}

/**
 * Loads every person and unit named in the direction, refusing anyone outside `organisationIds`. A
 * confidential letter is given to named people only (tenancy/visibility.ts: being named is what lets a
 * person see it), never to a unit, whose every member would then be entitled to read it.
 */
export async function loadTargets(
  db: Kysely<DB>,
  organisationIds: readonly string[],
  body: DirectionBody,
  opts: { confidential?: boolean } = {},
) {
  const userIds = new Set<string>();
  const unitIds = new Set<string>();
  for (const a of body.assignments) {
    checkDate(a.deadline);
    for (const { target } of targetsOf(a)) {
      if (Boolean(target.userId) === Boolean(target.unitId))
        throw new AppError(
          'BAD_REQUEST',
          'Mỗi người nhận phải là một cán bộ hoặc một phòng, khoa (không đồng thời cả hai).',
        );
      checkDate(target.deadline);
      if (opts.confidential && target.unitId)
        throw new AppError(
          'BAD_REQUEST',
          'Văn bản mật chỉ được giao cho cá nhân cụ thể (chủ trì, phối hợp, để biết), không giao cho phòng, khoa.',
        );
      if (target.userId) userIds.add(target.userId);
      if (target.unitId) unitIds.add(target.unitId);
    }
  }
  const found = await findPeopleAndUnits(db, organisationIds, [...userIds], [...unitIds]);
  for (const id of userIds) {
    const u = found.users.get(id);
    if (!u) throw new AppError('BAD_REQUEST', 'Cán bộ được giao không thuộc đơn vị của văn bản.');
    if (u.active !== 1)
      throw new AppError('BAD_REQUEST', `Tài khoản của ${u.full_name} đã bị khóa, không thể giao việc.`);
  }
  for (const id of unitIds)
    if (!found.units.has(id))
      throw new AppError('BAD_REQUEST', 'Phòng, khoa được giao không thuộc đơn vị của văn bản.');
  return found;
}

/** The assignees of one task: lead first; supporting deadlines default to the task's, "for information" has none. */
export function resolveTargets(
  a: Assignment,
  deadline: string | null,
  found: Awaited<ReturnType<typeof loadTargets>>,
): ResolvedTarget[] {
  const seen = new Set<string>();
  return targetsOf(a).map(({ role, target }) => {
    const key = target.userId ? `u:${target.userId}` : `g:${target.unitId}`;
    if (seen.has(key))
      throw new AppError('BAD_REQUEST', 'Một người hoặc một phòng, khoa chỉ được nhận một vai trò trong mỗi nhiệm vụ.');
    seen.add(key);
    const party: Party = target.userId
      ? { kind: 'user', id: target.userId, name: found.users.get(target.userId)?.full_name ?? '' }
      : { kind: 'unit', id: target.unitId ?? '', name: found.units.get(target.unitId ?? '')?.name ?? '' };
    const own = target.deadline !== undefined ? target.deadline : undefined;
    return {
      role,
      party,
      deadline: role === 'lead' ? deadline : own !== undefined ? own : role === 'support' ? deadline : null,
    };
  });
}
