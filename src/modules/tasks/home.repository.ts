/** Reads behind the work listed on home cards: tasks with their letter, and the organisation's tasks by deadline. */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import type { Actor } from '../tenancy/actor.ts';
import { visibleTasks } from '../tenancy/visibility.ts';

const TASK_COLUMNS = [
  'tasks.id',
  'tasks.title',
  'tasks.text',
  'tasks.deadline',
  'tasks.status',
  'documents.number_symbol',
  'documents.subject',
] as const;

/** The tasks `ids` the caller may see, with their letter's number and subject. */
export function findTaskHeadlines(db: Kysely<DB>, actor: Actor, ids: readonly string[]) {
  if (!ids.length) return Promise.resolve([]);
  return visibleTasks(db.selectFrom('tasks').innerJoin('documents', 'documents.id', 'tasks.document_id'), actor)
    .select([...TASK_COLUMNS])
    .where('tasks.id', 'in', [...ids])
    .execute();
}

/**
 * Open tasks of the caller's organisations (or only `narrowTo`) with a deadline in [from, to] (either end optional),
 * earliest deadline first, with the lead's name, and how many there are.
 */
export async function findOrganisationTasksByDeadline(
  db: Kysely<DB>,
  actor: Actor,
  range: { from?: string; to?: string; statuses: readonly string[] },
  limit: number,
  narrowTo: string | null,
) {
  const base = () => {
    let q = visibleTasks(
      db
        .selectFrom('tasks')
        .innerJoin('documents', 'documents.id', 'tasks.document_id')
        .leftJoin('users as lead_user', 'lead_user.id', 'tasks.lead_user_id')
        .leftJoin('org_units as lead_unit', 'lead_unit.id', 'tasks.lead_unit_id'),
      actor,
      'tasks',
      narrowTo,
    )
      .where('tasks.status', 'in', [...range.statuses])
      .where('tasks.deadline', 'is not', null);
    if (range.from) q = q.where('tasks.deadline', '>=', range.from);
    if (range.to) q = q.where('tasks.deadline', '<=', range.to);
    return q;
  };
  const [rows, total] = await Promise.all([
    base()
      .select([...TASK_COLUMNS, 'lead_user.full_name as lead_user_name', 'lead_unit.name as lead_unit_name'])
      .orderBy('tasks.deadline', 'asc')
      .orderBy('tasks.id')
      .limit(limit)
      .execute(),
    base()
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}
