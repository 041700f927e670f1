/**
 * What both engines' searches are built from: the filters, the columns a result row carries, the 1000 cap on
 * counts, and reading a page's rows by id in the order the search found them.
 */
import { sql, type Kysely, type SelectQueryBuilder, type Transaction } from 'kysely';
import type { DB } from '../../db/types.ts';
import { foldVietnamese } from '../../lib/vn.ts';

export const COUNT_CAP = 1000;

export type SearchFilters = {
  q?: string | undefined;
  type?: string | undefined;
  issuer?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  statuses?: string[] | undefined;
  direction?: 'incoming' | 'outgoing' | undefined;
  registerId?: string | undefined;
  confidentialOnly?: boolean | undefined;
  organisationId?: string | undefined;
  /** PostgreSQL: rows the first step walks (default WALK_ROWS; tests make it small to reach every step). */
  walkRows?: number | undefined;
  /** PostgreSQL: most rows the longer walk may cover (default LONG_WALK_ROWS). */
  longWalkRows?: number | undefined;
  limit: number;
  offset: number;
};

export const SUMMARY_COLUMNS = [
  'documents.id',
  'documents.organisation_id',
  'documents.direction',
  'documents.status',
  'documents.source_kind',
  'documents.issuer_name',
  'documents.number_symbol',
  'documents.type_code',
  'documents.type_name',
  'documents.document_date',
  'documents.subject',
  'documents.urgency',
  'documents.confidentiality',
  'documents.register_number',
  'documents.register_year',
  'documents.received_date',
  'documents.forwarded_to',
  'documents.due_date',
  'documents.created_at',
] as const;

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export function applyFilters<O>(
  q: SelectQueryBuilder<DB, 'documents', O>,
  f: SearchFilters,
): SelectQueryBuilder<DB, 'documents', O> {
  let out = q;
  if (f.type) out = out.where('documents.type_code', '=', f.type);
  if (f.issuer) {
    const folded = foldVietnamese(f.issuer);
    if (folded) out = out.where(sql<boolean>`documents.issuer_key like ${`%${escapeLike(folded)}%`} escape '\\'`);
  }
  if (f.from) out = out.where('documents.document_date', '>=', f.from);
  if (f.to) out = out.where('documents.document_date', '<=', f.to);
  if (f.statuses?.length) out = out.where('documents.status', 'in', f.statuses);
  if (f.direction) out = out.where('documents.direction', '=', f.direction);
  if (f.registerId) out = out.where('documents.register_id', '=', f.registerId);
  if (f.confidentialOnly) out = out.where('documents.confidentiality', 'is not', null);
  return out;
}

/** Documents, before anything is selected: what the filters and the search strategies start from. */
export const documentsFrom = (db: Kysely<DB> | Transaction<DB>) => db.selectFrom('documents');
export type Base = ReturnType<typeof documentsFrom>;
export type Page = { rows: Awaited<ReturnType<typeof fetchByIds>>; total: number; totalCapped: boolean };

export async function fetchByIds(db: Kysely<DB>, ids: string[]) {
  const found = ids.length
    ? await db
        .selectFrom('documents')
        .select([...SUMMARY_COLUMNS])
        .where('documents.id', 'in', ids)
        .execute()
    : [];
  const byId = new Map(found.map((r) => [r.id, r]));
  return ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
}

export function sortNewestFirst<T extends { id: string; created_at: string }>(rows: T[]): T[] {
  return rows.sort((a, b) =>
    a.created_at === b.created_at ? (a.id < b.id ? 1 : -1) : a.created_at < b.created_at ? 1 : -1,
  );
}

export const pageIds = (rows: { id: string }[], f: SearchFilters) =>
  rows.slice(f.offset, f.offset + f.limit).map((r) => r.id);
