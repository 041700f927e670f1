/**
 * Links between documents (cites / answers / replaces / revokes). A link always knows the target's
 * number-symbol; `to_document_id` is filled as soon as that document is registered (or issued) in the
 * organisation's scope — at once if it already is, otherwise when it arrives later. State numbers
 * restart every year, so when the citation gives a date, only a document of that date matches.
 */
import { randomUUID } from 'node:crypto';
import type { Actor } from '../tenancy/actor.ts';
import { organisationReach } from '../tenancy/succession.repository.ts';
import { visibleDocuments } from './documents.policy.ts';
import type { Db } from './documents.repository.ts';
import { symbolKey } from './search-text.ts';

export const LINK_KINDS = ['cites', 'answers', 'replaces', 'revokes'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

export const LINK_LABELS: Record<LinkKind, { forward: string; backward: string }> = {
  cites: { forward: 'Viện dẫn', backward: 'Được viện dẫn bởi' },
  answers: { forward: 'Trả lời', backward: 'Được trả lời bởi' },
  replaces: { forward: 'Thay thế', backward: 'Bị thay thế bởi' },
  revokes: { forward: 'Thu hồi, bãi bỏ', backward: 'Bị thu hồi, bãi bỏ bởi' },
};

/** An organisation and the schools it succeeded: whose registered documents its links may point to. */
export function linkScope(trx: Db, organisationId: string): Promise<string[]> {
  return organisationReach(trx, organisationId);
}

/** A registered (incoming) or issued (outgoing) document with this key, preferring the given date. */
export async function findRegisteredBySymbol(
  trx: Db,
  orgIds: string[],
  key: string,
  date: string | null,
  excludeId: string,
) {
  let q = trx
    .selectFrom('documents')
    .select(['id', 'document_date'])
    .where('organisation_id', 'in', orgIds)
    .where('number_symbol_key', '=', key)
    .where('register_number', 'is not', null)
    .where('id', '!=', excludeId);
  if (date) q = q.where('document_date', '=', date);
  return q.orderBy('document_date', 'desc').orderBy('created_at', 'desc').executeTakeFirst();
}

export type NewLink = {
  organisationId: string;
  fromDocumentId: string;
  kind: LinkKind;
  toDocumentId: string | null;
  toNumberSymbol: string | null;
  toDate: string | null;
  createdBy: string | null;
};

export async function insertLink(trx: Db, link: NewLink): Promise<string> {
  const id = randomUUID();
  await trx
    .insertInto('document_links')
    .values({
      id,
      organisation_id: link.organisationId,
      from_document_id: link.fromDocumentId,
      to_document_id: link.toDocumentId,
      to_number_symbol: link.toNumberSymbol,
      to_symbol_key: symbolKey(link.toNumberSymbol),
      to_date: link.toDate,
      kind: link.kind,
      created_at: new Date().toISOString(),
      created_by: link.createdBy,
    })
    .execute();
  return id;
}

/** On registration: each cited reference becomes a `cites` link, resolved now if the target is registered. */
export async function createCitesLinks(
  trx: Db,
  doc: { id: string; organisation_id: string; number_symbol_key: string | null },
  references: { numberSymbol: string; date: string | null }[],
  createdBy: string | null,
): Promise<void> {
  const scope = await linkScope(trx, doc.organisation_id);
  const existing = await trx
    .selectFrom('document_links')
    .select(['to_symbol_key', 'kind'])
    .where('from_document_id', '=', doc.id)
    .execute();
  const seen = new Set(existing.filter((l) => l.kind === 'cites').map((l) => l.to_symbol_key));
  for (const ref of references) {
    const key = symbolKey(ref.numberSymbol);
    if (!key || key === doc.number_symbol_key || seen.has(key)) continue;
    seen.add(key);
    const target = await findRegisteredBySymbol(trx, scope, key, ref.date, doc.id);
    await insertLink(trx, {
      organisationId: doc.organisation_id,
      fromDocumentId: doc.id,
      kind: 'cites',
      toDocumentId: target?.id ?? null,
      toNumberSymbol: ref.numberSymbol.replace(/\s+/g, ''),
      toDate: ref.date,
      createdBy,
    });
  }
}

/** When a document is registered or issued: pending links to its number-symbol now point to it. */
export async function resolvePendingLinks(
  trx: Db,
  doc: { id: string; organisation_id: string; number_symbol_key: string | null; document_date: string | null },
): Promise<number> {
  if (!doc.number_symbol_key) return 0;
  const scope = await linkScope(trx, doc.organisation_id);
  let q = trx
    .updateTable('document_links')
    .set({ to_document_id: doc.id })
    .where('organisation_id', 'in', scope)
    .where('to_symbol_key', '=', doc.number_symbol_key)
    .where('to_document_id', 'is', null)
    .where('from_document_id', '!=', doc.id);
  q = doc.document_date
    ? q.where((eb) => eb.or([eb('to_date', 'is', null), eb('to_date', '=', doc.document_date)]))
    : q.where('to_date', 'is', null);
  const result = await q.executeTakeFirst();
  return Number(result.numUpdatedRows ?? 0);
}

/** Links from and to a document, each side described only when the actor may see that document. */
export async function listLinks(db: Db, actor: Actor, documentId: string) {
  const forward = await db
    .selectFrom('document_links')
    .selectAll()
    .where('from_document_id', '=', documentId)
    .orderBy('created_at')
    .execute();
  const backward = await db
    .selectFrom('document_links')
    .selectAll()
    .where('to_document_id', '=', documentId)
    .orderBy('created_at')
    .execute();
  const ids = [
    ...new Set(
      [...forward.map((l) => l.to_document_id), ...backward.map((l) => l.from_document_id)].filter(
        (x): x is string => !!x,
      ),
    ),
  ];
  const docs = ids.length
    ? await visibleDocuments(
        db
          .selectFrom('documents')
          .select([
            'documents.id',
            'documents.number_symbol',
            'documents.subject',
            'documents.document_date',
            'documents.direction',
            'documents.status',
            'documents.issuer_name',
          ]),
        actor,
      )
        .where('documents.id', 'in', ids)
        .execute()
    : [];
  const byId = new Map(docs.map((d) => [d.id, d]));
  return {
    forward: forward.map((l) => ({ link: l, other: l.to_document_id ? (byId.get(l.to_document_id) ?? null) : null })),
    // A backward link from a document the actor cannot see is left out entirely.
    backward: backward.flatMap((l) =>
      byId.has(l.from_document_id) ? [{ link: l, other: byId.get(l.from_document_id)! }] : [],
    ),
  };
}

export function findLink(db: Db, documentId: string, linkId: string) {
  return db
    .selectFrom('document_links')
    .selectAll()
    .where('id', '=', linkId)
    .where('from_document_id', '=', documentId)
    .executeTakeFirst();
}

/** An existing link of `kind` from a document to a target (by id, else by number-symbol key). */
export function findLinkTo(db: Db, fromDocumentId: string, kind: string, to: string | { symbolKey: string | null }) {
  return db
    .selectFrom('document_links')
    .select('id')
    .where('from_document_id', '=', fromDocumentId)
    .where('kind', '=', kind)
    .where((eb) => (typeof to === 'string' ? eb('to_document_id', '=', to) : eb('to_symbol_key', '=', to.symbolKey)))
    .executeTakeFirst();
}

export async function deleteLinkRow(trx: Db, linkId: string): Promise<void> {
  await trx.deleteFrom('document_links').where('id', '=', linkId).execute();
}
