/**
 * Keeps each directive recipient's edXML status code in step with its incoming copy: a listener of the
 * documents module's `registered` and `statusChanged` events (subscribed in src/modules/index.ts), run
 * inside the transaction that changed the document.
 */
import type { Db } from '../documents/documents.ports.ts';
import { findRecipientByDocument, updateRecipient } from './directives.repository.ts';
import { DOCUMENT_STATUS_TO_CODE } from './status-codes.ts';

export async function syncRecipientStatus(
  trx: Db,
  documentId: string,
  documentStatus: string,
  at: string = new Date().toISOString(),
): Promise<void> {
  const target = DOCUMENT_STATUS_TO_CODE[documentStatus];
  if (!target) return;
  const recipient = await findRecipientByDocument(trx, documentId);
  if (!recipient || recipient.status_code >= target.code) return; // codes only move forward
  await updateRecipient(trx, recipient.id, {
    status_code: target.code,
    [target.column]: recipient[target.column] ?? at,
    ...(target.code >= '03' && !recipient.registered_at ? { registered_at: at } : {}),
  });
}
