/** Every query of the letters module. Reads for a user pass through `visibleLetters` (letters.policy.ts). */
import type { Kysely, Transaction } from 'kysely';
import type {
  DB,
  LetterDeliveryTable,
  LetterStepTable,
  LetterTable,
  LetterVersionTable,
  SigningCertificateTable,
  TrustAnchorTable,
} from '../../db/types.ts';
import type { Actor } from '../tenancy/actor.ts';
import { scoped } from '../tenancy/scope.ts';
import { visibleLetters } from './letters.policy.ts';

type Q = Kysely<DB> | Transaction<DB>;
export type LetterRow = LetterTable;
export type LetterStepRow = LetterStepTable;
export type CertificateRow = SigningCertificateTable;

export function findVisibleLetter(db: Q, actor: Actor, id: string): Promise<LetterRow | undefined> {
  return visibleLetters(db.selectFrom('letters').selectAll(), actor).where('letters.id', '=', id).executeTakeFirst();
}

export async function listVisibleLetters(
  db: Q,
  actor: Actor,
  filter: { status?: string | undefined; mine?: boolean | undefined },
  window: { limit: number; offset: number },
) {
  let qb = visibleLetters(db.selectFrom('letters'), actor);
  if (filter.status) qb = qb.where('letters.status', '=', filter.status);
  if (filter.mine)
    qb = qb.where((eb) =>
      eb.or([
        eb('letters.drafter_id', '=', actor.userId),
        eb.and([eb('letters.reviewer_id', '=', actor.userId), eb('letters.current_step', '=', 'head_of_unit')]),
        eb.and([eb('letters.signer_id', '=', actor.userId), eb('letters.current_step', '=', 'signer')]),
      ]),
    );
  const total = await qb.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await qb
    .selectAll('letters')
    .orderBy('letters.updated_at', 'desc')
    .orderBy('letters.id')
    .limit(window.limit)
    .offset(window.offset)
    .execute();
  return { total: Number(total.n), rows };
}

export async function insertLetter(trx: Q, row: LetterRow, version: LetterVersionTable): Promise<void> {
  await trx.insertInto('letters').values(row).execute();
  await trx.insertInto('letter_versions').values(version).execute();
}

/** Update a letter only while it is in one of `statuses`; false when it moved meanwhile. */
export async function updateLetterIfStatus(
  trx: Q,
  id: string,
  statuses: string[],
  patch: Partial<LetterRow>,
): Promise<boolean> {
  const r = await trx
    .updateTable('letters')
    .set(patch)
    .where('id', '=', id)
    .where('status', 'in', statuses)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function insertVersion(trx: Q, version: LetterVersionTable): Promise<void> {
  await trx.insertInto('letter_versions').values(version).execute();
}

export function listVersions(db: Q, letterId: string) {
  return db
    .selectFrom('letter_versions')
    .leftJoin('users', 'users.id', 'letter_versions.author_id')
    .select([
      'letter_versions.version_no',
      'letter_versions.note',
      'letter_versions.created_at',
      'users.full_name as author_name',
    ])
    .where('letter_versions.letter_id', '=', letterId)
    .orderBy('letter_versions.version_no')
    .execute();
}

export function findVersion(db: Q, letterId: string, versionNo: number) {
  return db
    .selectFrom('letter_versions')
    .selectAll()
    .where('letter_id', '=', letterId)
    .where('version_no', '=', versionNo)
    .executeTakeFirst();
}

export async function insertStep(trx: Q, row: LetterStepRow): Promise<void> {
  await trx.insertInto('letter_steps').values(row).execute();
}

export function listSteps(db: Q, letterId: string) {
  return db
    .selectFrom('letter_steps')
    .leftJoin('users', 'users.id', 'letter_steps.actor_id')
    .select([
      'letter_steps.id',
      'letter_steps.version_no',
      'letter_steps.step',
      'letter_steps.action',
      'letter_steps.comment',
      'letter_steps.at',
      'users.full_name as actor_name',
    ])
    .where('letter_steps.letter_id', '=', letterId)
    .orderBy('letter_steps.at')
    .orderBy('letter_steps.id')
    .execute();
}

export function findUsers(db: Q, ids: string[]) {
  if (!ids.length) return Promise.resolve([]);
  return db
    .selectFrom('users')
    .select(['id', 'organisation_id', 'full_name', 'role', 'active', 'title', 'unit_id'])
    .where('id', 'in', ids)
    .execute();
}

/** People of the organisation who can take part in the approval chain (for the pickers). */
export function listColleagues(db: Q, organisationId: string) {
  return db
    .selectFrom('users')
    .select(['id', 'full_name', 'role', 'title'])
    .where('organisation_id', '=', organisationId)
    .where('active', '=', 1)
    .orderBy('full_name')
    .execute();
}

export function listDeliveries(db: Q, letterId: string) {
  return db
    .selectFrom('letter_deliveries')
    .innerJoin('organisations', 'organisations.id', 'letter_deliveries.recipient_id')
    .select([
      'letter_deliveries.recipient_id',
      'organisations.name as recipient_name',
      'letter_deliveries.status_code',
      'letter_deliveries.updated_at',
    ])
    .where('letter_deliveries.letter_id', '=', letterId)
    .orderBy('organisations.name')
    .execute();
}

export async function insertDelivery(trx: Q, row: LetterDeliveryTable): Promise<void> {
  await trx.insertInto('letter_deliveries').values(row).execute();
}

export function findDeliveryByDocument(db: Q, documentId: string) {
  return db.selectFrom('letter_deliveries').selectAll().where('document_id', '=', documentId).executeTakeFirst();
}

export async function updateDeliveryStatus(trx: Q, id: string, code: string, at: string): Promise<void> {
  await trx.updateTable('letter_deliveries').set({ status_code: code, updated_at: at }).where('id', '=', id).execute();
}

// ------------------------------------------------------------------ certificates and trust anchors

export function listCertificates(db: Q, actor: Actor) {
  return scoped(
    db
      .selectFrom('signing_certificates')
      .leftJoin('users', 'users.id', 'signing_certificates.user_id')
      .select([
        'signing_certificates.id',
        'signing_certificates.organisation_id',
        'signing_certificates.user_id',
        'signing_certificates.kind',
        'signing_certificates.subject',
        'signing_certificates.issuer',
        'signing_certificates.serial',
        'signing_certificates.valid_from',
        'signing_certificates.valid_to',
        'signing_certificates.fingerprint',
        'signing_certificates.created_at',
        'signing_certificates.revoked_at',
        'users.full_name as user_name',
      ]),
    actor,
    'signing_certificates.organisation_id',
  )
    .orderBy('signing_certificates.created_at', 'desc')
    .orderBy('signing_certificates.id')
    .execute();
}

export function findCertificate(db: Q, actor: Actor, id: string): Promise<CertificateRow | undefined> {
  return scoped(db.selectFrom('signing_certificates').selectAll(), actor, 'signing_certificates.organisation_id')
    .where('signing_certificates.id', '=', id)
    .executeTakeFirst();
}

export async function insertCertificate(trx: Q, row: CertificateRow): Promise<void> {
  await trx.insertInto('signing_certificates').values(row).execute();
}

export async function revokeCertificate(trx: Q, id: string, at: string): Promise<void> {
  await trx.updateTable('signing_certificates').set({ revoked_at: at }).where('id', '=', id).execute();
}

export function listTrustAnchors(db: Q): Promise<TrustAnchorTable[]> {
  return db.selectFrom('trust_anchors').selectAll().orderBy('created_at').orderBy('id').execute();
}

export async function insertTrustAnchor(trx: Q, row: TrustAnchorTable): Promise<void> {
  await trx.insertInto('trust_anchors').values(row).execute();
}

/** A network organisation whose name is `name` (ignoring case), for the default recipient of an answer. */
export function findOrganisationIdByName(db: Q, name: string) {
  return db
    .selectFrom('organisations')
    .select('id')
    .where((eb) => eb(eb.fn('lower', ['name']), '=', name.trim().toLocaleLowerCase('vi')))
    .where('valid_to', 'is', null)
    .executeTakeFirst();
}
