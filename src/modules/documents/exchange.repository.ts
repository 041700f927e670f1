/** Mã định danh the network's organisations entered in their numbering settings, found by exact name. */
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/types.ts';

export async function findOrganIdsByName(
  db: Kysely<DB> | Transaction<DB>,
  names: readonly string[],
): Promise<Map<string, string>> {
  const wanted = [...new Set(names.filter(Boolean))];
  if (!wanted.length) return new Map();
  const rows = await db
    .selectFrom('organisations as o')
    .innerJoin('document_settings as s', 's.organisation_id', 'o.id')
    .select(['o.name', 's.edxml_organ_id'])
    .where('o.name', 'in', wanted)
    .where('s.edxml_organ_id', 'is not', null)
    .execute();
  return new Map(rows.map((r) => [r.name, r.edxml_organ_id!]));
}
