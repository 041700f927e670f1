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
