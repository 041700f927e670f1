/** Reads behind the Academy's home card: issued directives with schools past a requirement's deadline. */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import type { Actor } from '../tenancy/actor.ts';
import { scoped } from '../tenancy/scope.ts';

/**
 * The caller's organisation's issued directives where some school has not finished a requirement whose
 * deadline is before `today`: how many schools are behind, out of how many recipients, and the
 * earliest missed deadline — most schools behind first.
 */
export async function findDirectivesBehind(db: Kysely<DB>, actor: Actor, today: string) {
  const behind = await scoped(
    db.selectFrom('obligations').innerJoin('directives', 'directives.id', 'obligations.directive_id'),
    actor,
    'directives.organisation_id',
    actor.organisationId,
  )
    .select((eb) => [
      'directives.id',
      'directives.number_symbol',
      'directives.title',
      eb.fn.count<number>('obligations.organisation_id').distinct().as('schools_behind'),
      eb.fn.min<string>('obligations.deadline').as('earliest_deadline'),
    ])
    .where('directives.status', '=', 'issued')
    .where('obligations.deadline', '<', today)
    .where('obligations.status', '!=', 'done')
    .groupBy(['directives.id', 'directives.number_symbol', 'directives.title'])
    .execute();
  if (!behind.length) return [];
  const recipients = await db
    .selectFrom('directive_recipients')
    .select((eb) => ['directive_id', eb.fn.countAll<number>().as('n')])
    .where(
      'directive_id',
      'in',
      behind.map((b) => b.id),
    )
    .groupBy('directive_id')
    .execute();
  const total = new Map(recipients.map((r) => [r.directive_id, Number(r.n)]));
  return behind
    .map((b) => ({ ...b, schools_behind: Number(b.schools_behind), recipients: total.get(b.id) ?? 0 }))
    .sort((a, b) => b.schools_behind - a.schools_behind || a.id.localeCompare(b.id));
}
