/**
 * Directives, their requirements and recipients. Reads of what a school received go through
 * `scoped()` on the recipient row; the Academy's reads (its own directives, the dashboard) are checked
 * by the service before they run.
 */
import { visibleDocuments } from '../tenancy/visibility.ts';
import type { Insertable, Kysely, Transaction } from 'kysely';
import type {
  DB,
  DirectiveRecipientTable,
  DirectiveRequirementTable,
  DirectiveTable,
  ObligationEventTable,
  ObligationTable,
} from '../../db/types.ts';
import { validOn } from '../organisations/organisations.ports.ts';
import type { Actor } from '../tenancy/actor.ts';
import { scoped } from '../tenancy/scope.ts';

type Q = Kysely<DB> | Transaction<DB>;

export type DirectiveRow = DirectiveTable & { id: string };

export function findDirective(db: Q, id: string): Promise<DirectiveRow | undefined> {
  return db.selectFrom('directives').selectAll().where('id', '=', id).executeTakeFirst();
}

/** A directive of an organisation in the actor's scope (the Academy's own directives). */
export function findOwnDirective(db: Q, actor: Actor, id: string): Promise<DirectiveRow | undefined> {
  return scoped(db.selectFrom('directives').selectAll(), actor, 'directives.organisation_id')
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Whether a school in the actor's scope received the directive. */
export async function receivedInScope(db: Q, actor: Actor, directiveId: string): Promise<boolean> {
  const row = await scoped(
    db.selectFrom('directive_recipients').select('id'),
    actor,
    'directive_recipients.organisation_id',
  )
    .where('directive_id', '=', directiveId)
    .executeTakeFirst();
  return row !== undefined;
}

export function findRequirements(db: Q, directiveId: string) {
  return db
    .selectFrom('directive_requirements')
    .selectAll()
    .where('directive_id', '=', directiveId)
    .orderBy('ordinal')
    .execute();
}
export type DirectiveRequirementRow = Awaited<ReturnType<typeof findRequirements>>[number];

export async function insertDirective(
  trx: Q,
  directive: DirectiveRow,
  requirements: Insertable<DirectiveRequirementTable>[],
): Promise<void> {
  await trx.insertInto('directives').values(directive).execute();
  await trx.insertInto('directive_requirements').values(requirements).execute();
}

export async function markIssued(trx: Q, id: string, at: string): Promise<void> {
  await trx.updateTable('directives').set({ status: 'issued', issued_at: at }).where('id', '=', id).execute();
}

/** A school's copy: its recipient row, one obligation per requirement and their first history events. */
export async function insertDelivery(
  trx: Q,
  recipient: DirectiveRecipientTable & { id: string },
  obligations: Insertable<ObligationTable>[],
  events: (ObligationEventTable & { id: string })[],
): Promise<void> {
  await trx.insertInto('directive_recipients').values(recipient).execute();
  // a recipient outside every requirement's audience gets the letter and no obligation
  if (obligations.length) await trx.insertInto('obligations').values(obligations).execute();
  if (events.length) await trx.insertInto('obligation_events').values(events).execute();
}

/** The Academy sees every directive (drafts too); a school only the issued ones it (or a predecessor) received. */
function visibleDirectives(db: Q, actor: Actor, academy: boolean) {
  return academy
    ? db.selectFrom('directives')
    : db
        .selectFrom('directives')
        .where('status', '=', 'issued')
        .where(
          'id',
          'in',
          scoped(
            db.selectFrom('directive_recipients').select('directive_id'),
            actor,
            'directive_recipients.organisation_id',
          ),
        );
}

export async function listDirectives(db: Q, actor: Actor, academy: boolean, window: { limit: number; offset: number }) {
  const q = visibleDirectives(db, actor, academy);
  const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await q
    .selectAll()
    .orderBy('issued_date', 'desc')
    .orderBy('created_at', 'desc')
    .limit(window.limit)
    .offset(window.offset)
    .execute();
  return { total: Number(total.n), rows };
}

export async function countRecipients(db: Q, directiveIds: readonly string[]): Promise<Map<string, number>> {
  const counts = directiveIds.length
    ? await db
        .selectFrom('directive_recipients')
        .select(['directive_id', (eb) => eb.fn.countAll<number>().as('n')])
        .where('directive_id', 'in', [...directiveIds])
        .groupBy('directive_id')
        .execute()
    : [];
  return new Map(counts.map((c) => [c.directive_id, Number(c.n)]));
}

// ------------------------------------------------------------------ documents a directive is drafted from

/** A letter the actor may see (the Academy drafts a directive from it): never another's confidential letter. */
export function findScopedDocument(db: Q, actor: Actor, id: string) {
  return visibleDocuments(db.selectFrom('documents').selectAll(), actor).where('id', '=', id).executeTakeFirst();
}

export function findDocumentRequirements(db: Q, documentId: string) {
  return db.selectFrom('requirements').selectAll().where('document_id', '=', documentId).orderBy('ordinal').execute();
}

// ------------------------------------------------------------------ recipients

const RECIPIENT_KINDS = {
  provincial: ['provincial_school'],
  sector: ['sector_school'],
  provincial_and_sector: ['provincial_school', 'sector_school'],
} as const;

/** Schools of the mode's kinds in operation on `date` (respecting the 2025 merger). */
export function findSchoolsValidOn(db: Q, mode: keyof typeof RECIPIENT_KINDS, date: string) {
  return validOn(db.selectFrom('organisations').select(['id', 'name', 'kind']), date)
    .where('kind', 'in', [...RECIPIENT_KINDS[mode]])
    .execute();
}

/** Recipients of a directive with their organisation, optionally of one kind. */
export function findRecipients(db: Q, directiveId: string, kind?: string) {
  let q = db
    .selectFrom('directive_recipients as dr')
    .innerJoin('organisations as o', 'o.id', 'dr.organisation_id')
    .select([
      'dr.organisation_id',
      'dr.status_code',
      'dr.arrived_at',
      'dr.registered_at',
      'dr.done_at',
      'o.code',
      'o.name',
      'o.kind',
      'o.province_code',
      'o.province_name',
    ])
    .where('dr.directive_id', '=', directiveId);
  if (kind) q = q.where('o.kind', '=', kind);
  return q.execute();
}

/** The recipient row of a school's copy (a document delivered by a directive). */
export function findRecipientByDocument(db: Q, documentId: string) {
  return db.selectFrom('directive_recipients').selectAll().where('document_id', '=', documentId).executeTakeFirst();
}

export async function updateRecipient(
  trx: Q,
  id: string,
  patch: Partial<Omit<DirectiveRecipientTable, 'id' | 'directive_id' | 'organisation_id'>>,
): Promise<void> {
  await trx.updateTable('directive_recipients').set(patch).where('id', '=', id).execute();
}

/** The school's copy of a directive (where its evidence files are filed). */
export function findRecipientCopy(db: Q, directiveId: string, organisationId: string) {
  return db
    .selectFrom('directive_recipients')
    .select('document_id')
    .where('directive_id', '=', directiveId)
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
}
