/**
 * Kysely queries of the training capability. Reads of school data go through `scoped()` in the
 * services; the helpers here take ids that were already loaded through it.
 */
import type { Kysely, Transaction } from 'kysely';
import {
  createHostResolver,
  type HostResolver,
  type NetworkOrganisation,
  type OrganisationKind,
} from '../../compliance/index.ts';
import type { DB, LearnerTable } from '../../db/types.ts';
import type { OverrideRow } from './training.presenter.ts';

type Executor = Kysely<DB> | Transaction<DB>;

/** SQLite accepts 32,766 bound parameters per statement and PostgreSQL 65,535: stay well below both. */
const MAX_PARAMETERS = 30_000;

export async function insertInBatches<T extends keyof DB & string>(
  db: Executor,
  table: T,
  rows: readonly DB[T][],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0] as object).length;
  const size = Math.max(1, Math.floor(MAX_PARAMETERS / columns));
  for (let start = 0; start < rows.length; start += size) {
    await db
      .insertInto(table)
      .values(rows.slice(start, start + size) as never)
      .execute();
  }
}

/** Splits an id list for `where … in (…)`. */
export function chunks<T>(items: readonly T[], size = 500): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Each class's learners in roster order. */
export async function loadRosters(db: Executor, classIds: readonly string[]): Promise<Map<string, LearnerTable[]>> {
  const rosters = new Map<string, LearnerTable[]>(classIds.map((id) => [id, []]));
  for (const part of chunks(classIds)) {
    const rows = await db
      .selectFrom('enrolments')
      .innerJoin('learners', 'learners.id', 'enrolments.learner_id')
      .selectAll('learners')
      .select(['enrolments.class_id', 'enrolments.ordinal'])
      .where('enrolments.class_id', 'in', part)
      .orderBy('enrolments.class_id')
      .orderBy('enrolments.ordinal')
      .execute();
    for (const row of rows) {
      const { class_id, ordinal: _ordinal, ...learner } = row;
      rosters.get(class_id)!.push(learner);
    }
  }
  return rosters;
}

/** Active overrides of some classes, keyed by class|learner|rule. */
export async function loadActiveOverrides(db: Executor, classIds: readonly string[]): Promise<OverrideRow[]> {
  const out: OverrideRow[] = [];
  for (const part of chunks(classIds)) {
    out.push(
      ...(await db
        .selectFrom('compliance_overrides')
        .leftJoin('users', 'users.id', 'compliance_overrides.created_by')
        .select([
          'compliance_overrides.id',
          'compliance_overrides.class_id',
          'compliance_overrides.learner_id',
          'compliance_overrides.rule',
          'compliance_overrides.decision_reference',
          'compliance_overrides.reason',
          'compliance_overrides.created_by',
          'users.full_name as created_by_name',
          'compliance_overrides.created_at',
        ])
        .where('compliance_overrides.class_id', 'in', part)
        .where('compliance_overrides.revoked_at', 'is', null)
        .execute()),
    );
  }
  return out;
}

export type FindingCounts = { size: number; blocking: number; warning: number; overridden: number };

/** Learners enrolled and findings (open by severity, and overridden) per class. */
export async function countsByClass(db: Executor, classIds: readonly string[]): Promise<Map<string, FindingCounts>> {
  const counts = new Map<string, FindingCounts>(
    classIds.map((id) => [id, { size: 0, blocking: 0, warning: 0, overridden: 0 }]),
  );
  for (const part of chunks(classIds)) {
    const sizes = await db
      .selectFrom('enrolments')
      .select(['class_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('class_id', 'in', part)
      .groupBy('class_id')
      .execute();
    for (const s of sizes) counts.get(s.class_id)!.size = Number(s.n);
    const findings = await findingsWithOverrides(db)
      .where('f.class_id', 'in', part)
      .select([
        'f.class_id',
        'f.severity',
        (eb) => eb.fn.countAll<number>().as('n'),
        (eb) => eb.fn.count<number>('o.id').as('overridden'),
      ])
      .groupBy(['f.class_id', 'f.severity'])
      .execute();
    for (const f of findings) {
      const c = counts.get(f.class_id)!;
      const open = Number(f.n) - Number(f.overridden);
      if (f.severity === 'blocking') c.blocking += open;
      else c.warning += open;
      c.overridden += Number(f.overridden);
    }
  }
  return counts;
}

/** compliance_findings as f, left-joined to its active override (o), if any. */
export function findingsWithOverrides(db: Executor) {
  return db.selectFrom('compliance_findings as f').leftJoin('compliance_overrides as o', (join) =>
    join
      .onRef('o.class_id', '=', 'f.class_id')
      .onRef('o.rule', '=', 'f.rule')
      .on('o.revoked_at', 'is', null)
      .on((eb) =>
        eb.or([
          eb('o.learner_id', '=', eb.ref('f.learner_id')),
          eb.and([eb('o.learner_id', 'is', null), eb('f.learner_id', 'is', null)]),
        ]),
      ),
  );
}

/**
 * The network as the DATABASE knows it (sector schools the Academy added included), as a host
 * resolver for the import, plus each code's organisation id.
 */
export async function loadNetwork(
  db: Executor,
): Promise<{ resolve: HostResolver; idByCode: Map<string, { id: string; kind: string; name: string }> }> {
  const rows = await db
    .selectFrom('organisations')
    .select(['id', 'code', 'name', 'short_name', 'kind', 'province_name', 'valid_from', 'valid_to'])
    .execute();
  const organisations: NetworkOrganisation[] = rows.map((r) => ({
    code: r.code,
    name: r.name,
    kind: r.kind as OrganisationKind,
    validFrom: r.valid_from,
    validTo: r.valid_to,
    shortName: r.short_name,
    provinceName: r.province_name,
  }));
  return {
    resolve: createHostResolver(organisations),
    idByCode: new Map(rows.map((r) => [r.code, { id: r.id, kind: r.kind, name: r.name }])),
  };
}
