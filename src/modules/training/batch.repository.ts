/** Bulk writes and `in (…)` lists within both engines' limits on bound parameters. */
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/types.ts';

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
