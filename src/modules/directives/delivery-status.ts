/**
 * Keeps each directive recipient's edXML status code in step with its incoming copy. The registers and
 * direction modules call this whenever a document's status changes, inside the same transaction.
 */
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/types.ts';
import { DOCUMENT_STATUS_TO_CODE } from './status-codes.ts';

export async function syncRecipientStatus(
  trx: Kysely<DB> | Transaction<DB>,
  documentId: string,
  documentStatus: string,
  at: string = new Date().toISOString(),
): Promise<void> {
  const target = DOCUMENT_STATUS_TO_CODE[documentStatus];
  if (!target) return;
  const recipient = await trx
    .selectFrom('directive_recipients')
    .selectAll()
    .where('document_id', '=', documentId)
    .executeTakeFirst();
  if (!recipient || recipient.status_code >= target.code) return; // codes only move forward
  await trx
    .updateTable('directive_recipients')
    .set({
      status_code: target.code,
      [target.column]: recipient[target.column] ?? at,
      ...(target.code >= '03' && !recipient.registered_at ? { registered_at: at } : {}),
    })
    .where('id', '=', recipient.id)
    .execute();
}
