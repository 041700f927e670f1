/** Notification rows → API shape. */
import type { NotificationTable } from '../../db/types.ts';

export function presentNotification(row: NotificationTable) {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    link: row.link,
    createdAt: row.created_at,
    readAt: row.read_at,
  };
}
