/**
 * The sender sees each recipient's edXML status code (01 arrived, 03 registered, 04 assigned, 05 in
 * progress, 06 done): a listener of the documents module's `registered` and `statusChanged` events
 * (subscribed in src/modules/index.ts), run inside the transaction that changed the recipient's copy.
 */
import type { Db } from '../documents/documents.ports.ts';
import { findDeliveryByDocument, updateDeliveryStatus } from './letters.repository.ts';

const STATUS_TO_CODE: Record<string, string> = {
  registered: '03',
  presented: '03',
  assigned: '04',
  in_progress: '05',
  completed: '06',
};

export async function syncDeliveryStatus(
  trx: Db,
  documentId: string,
  documentStatus: string,
  at: string = new Date().toISOString(),
): Promise<void> {
  const code = STATUS_TO_CODE[documentStatus];
  if (!code) return;
  const delivery = await findDeliveryByDocument(trx, documentId);
  if (!delivery || delivery.status_code >= code) return; // codes only move forward
  await updateDeliveryStatus(trx, delivery.id, code, at);
}
