/**
 * The letters module's rules shared by its services: loading a visible letter, what the caller may do
 * with it now, the letter's own check, and the shape of an approval-chain row.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import type { Letter } from '../../letters/model.ts';
import { checkLetter } from '../../letters/validate.ts';
import type { Actor, RequestContext } from '../tenancy/actor.ts';
import { findVisibleLetter, type LetterRow } from './letters.repository.ts';

export async function loadLetter(db: Kysely<DB>, ctx: RequestContext, id: string): Promise<LetterRow> {
  const row = await findVisibleLetter(db, ctx.actor, id);
  if (!row) throw notFound('Không tìm thấy văn bản.');
  return row;
}

/** What the caller may do with the letter now (the service checks each again when it is done). */
export function allowedActions(actor: Actor, row: LetterRow): string[] {
  const me = actor.userId;
  const own = actor.organisationId === row.organisation_id;
  const out: string[] = [];
  const editable = row.status === 'draft' || row.status === 'returned';
  if (own && editable && row.drafter_id === me) out.push('edit', 'submit');
  if (row.status === 'in_review') {
    const atMe =
      (row.current_step === 'head_of_unit' && row.reviewer_id === me) ||
      (row.current_step === 'signer' && row.signer_id === me);
    if (own && atMe) out.push('return', 'approve');
  }
  if (own && row.status !== 'issued' && [row.drafter_id, row.reviewer_id, row.signer_id].includes(me))
    out.push('comment');
  if (own && row.status === 'approved' && row.signer_id === me) out.push('sign');
  if (own && row.status === 'signed' && actor.role === 'clerk') out.push('issue');
  return out;
}

/** The letter's own check; a schema or rule error refuses the save with the list in Vietnamese. */
export function assertLetterValid(letter: Letter): string[] {
  const check = checkLetter(letter);
  if (check.errors.length) throw new AppError('BAD_REQUEST', `Văn bản chưa hợp lệ: ${check.errors.join('; ')}`);
  return check.warnings;
}

export function stepRow(
  row: LetterRow,
  ctx: RequestContext,
  step: string | null,
  action: string,
  comment: string | null,
  at: string,
) {
  return {
    id: randomUUID(),
    letter_id: row.id,
    organisation_id: row.organisation_id,
    version_no: row.version_no,
    step,
    action,
    actor_id: ctx.actor.userId,
    comment,
    at,
  };
}

/** The issuing body's parent and the place, from the network data (a provincial school: its Tỉnh ủy). */
export function issuerOf(org: { name: string; kind: string; province_name: string | null }) {
  const province = org.province_name?.replace(/^(Tỉnh|tỉnh|Thành phố|thành phố)\s+/u, '') ?? null;
  if (org.kind === 'provincial_school' && province) return { parent: `Tỉnh ủy ${province}`, place: province };
  return { parent: null, place: province ?? 'Hà Nội' };
}

/** "Soạn văn bản mới": a Party công văn of the school, to be filled in. */
export function blankLetter(
  org: { name: string; kind: string; province_name: string | null; short_name: string | null },
  signerName: string,
): Letter {
  const { parent, place } = issuerOf(org);
  return {
    family: 'party',
    issuer: { name: org.name, parent },
    numberSymbol: null,
    draftSymbol: `CV/${org.short_name ?? 'TCT'}`,
    place,
    date: null,
    typeCode: 'CV',
    subject: 'Trích yếu nội dung văn bản',
    addressees: [],
    body: [{ kind: 'paragraph', text: 'Nội dung văn bản.' }],
    recipients: ['Như trên', 'Lưu: VT'],
    signer: { authority: null, onBehalfOf: null, title: 'Hiệu trưởng', name: signerName },
    urgency: null,
    confidentiality: null,
  };
}
