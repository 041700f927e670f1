/**
 * Loads the network into the database. Idempotent: organisations are matched by code, so running it
 * again updates names and periods without duplicating anything (and keeps ids stable).
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../db/types.ts';
import { ACADEMY_UNITS, DEFAULT_SCHOOL_UNITS, loadSeedOrganisations, loadSeedProvinces } from '../network/seed-data.ts';
import { recordAudit } from '../modules/audit/audit.ports.ts';

export async function seedNetwork(db: Kysely<DB>): Promise<{ organisations: number; created: number }> {
  const orgs = loadSeedOrganisations();
  const provinces = loadSeedProvinces();
  const now = new Date().toISOString();
  let created = 0;
  await db.transaction().execute(async (trx) => {
    for (const p of provinces) {
      const values = {
        code: p.code,
        period: p.period,
        name: p.name,
        kind: p.kind,
        valid_from: p.validFrom,
        valid_to: p.validTo,
        merged_from: JSON.stringify(p.mergedFrom),
        source: p.source,
      };
      await trx
        .insertInto('provinces')
        .values(values)
        .onConflict((oc) =>
          oc.columns(['code', 'period']).doUpdateSet({
            name: values.name,
            kind: values.kind,
            valid_from: values.valid_from,
            valid_to: values.valid_to,
            merged_from: values.merged_from,
            source: values.source,
          }),
        )
        .execute();
    }
    const existing = new Map(
      (await trx.selectFrom('organisations').select(['id', 'code']).execute()).map((o) => [o.code, o.id]),
    );
    const idOf = (code: string) => existing.get(code);
    for (const o of orgs) {
      const values = {
        code: o.code,
        name: o.name,
        short_name: o.shortName,
        kind: o.kind,
        parent_id: o.parentCode ? (idOf(o.parentCode) ?? null) : null,
        province_code: o.provinceCode,
        province_period: o.provincePeriod,
        province_name: o.provinceName,
        valid_from: o.validFrom,
        valid_to: o.validTo,
        name_uncertain: o.nameUncertain ? 1 : 0,
        source: o.source,
        updated_at: now,
      };
      const id = idOf(o.code);
      if (id) {
        await trx.updateTable('organisations').set(values).where('id', '=', id).execute();
        continue;
      }
      const row = { id: randomUUID(), ...values, note: null, created_at: now };
      await trx.insertInto('organisations').values(row).execute();
      existing.set(o.code, row.id);
      created++;
      const units = o.kind === 'academy' ? ACADEMY_UNITS : o.kind === 'provincial_school' ? DEFAULT_SCHOOL_UNITS : [];
      for (const u of units) {
        await trx
          .insertInto('org_units')
          .values({
            id: randomUUID(),
            organisation_id: row.id,
            name: u.name,
            kind: u.kind,
            uncertain: u.uncertain ? 1 : 0,
            created_at: now,
          })
          .execute();
      }
    }
    for (const o of orgs) {
      for (const predecessor of o.predecessorCodes) {
        const predecessorId = idOf(predecessor);
        const successorId = idOf(o.code);
        if (!predecessorId || !successorId) continue;
        await trx
          .insertInto('organisation_successions')
          .values({
            predecessor_id: predecessorId,
            successor_id: successorId,
            effective_date: o.validFrom ?? now.slice(0, 10),
          })
          .onConflict((oc) => oc.columns(['predecessor_id', 'successor_id']).doNothing())
          .execute();
      }
    }
    if (created)
      await recordAudit(trx, null, {
        action: 'network.seeded',
        entityType: 'network',
        entityId: null,
        organisationId: null,
        after: { organisations: orgs.length, created },
      });
  });
  return { organisations: orgs.length, created };
}
