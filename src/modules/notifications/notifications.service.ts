/** A person's own notifications: list, mark one or all read. */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { notFound } from '../../lib/app-error.ts';
import type { RequestContext } from '../tenancy/actor.ts';
import { presentNotification } from './notifications.presenter.ts';
import { findMyNotifications, markAllNotificationsRead, markNotificationRead } from './notifications.repository.ts';

export function createNotificationsService(db: Kysely<DB>) {
  async function list(ctx: RequestContext, opts: { unreadOnly: boolean; limit: number }) {
    const { items, unreadCount } = await findMyNotifications(db, ctx.actor, opts);
    return { items: items.map(presentNotification), unreadCount };
  }

  async function markRead(ctx: RequestContext, id: string): Promise<void> {
    if (!(await markNotificationRead(db, ctx.actor, id))) throw notFound('Không tìm thấy thông báo.');
  }

  async function markAllRead(ctx: RequestContext): Promise<{ updated: number }> {
    return { updated: await markAllNotificationsRead(db, ctx.actor) };
  }

  return { list, markRead, markAllRead };
}

export type NotificationsService = ReturnType<typeof createNotificationsService>;
