/**
 * The clerk's home queues (issue 16 item 6): letters waiting to be registered ("Chờ vào sổ") and letters
 * registered but not yet presented to a leader ("Chưa trình"), each with its first letters listed.
 * Only the caller's own organisation (a predecessor's old arrivals are not today's work), and only
 * what the caller may see (tenancy/visibility.ts).
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { formatDateVi } from '../../lib/vn.ts';
import type { HomeCard, HomeCardProvider, HomeItem } from '../module.ts';
import { findIncomingQueue } from './home.repository.ts';

export const HOME_QUEUE_ITEMS = 5;

type QueueRow = Awaited<ReturnType<typeof findIncomingQueue>>['rows'][number];

function letterTitle(r: QueueRow): string {
  const subject = r.subject?.trim() || '(chưa có trích yếu)';
  return r.number_symbol ? `${r.number_symbol} — ${subject}` : subject;
}

const SOURCE_LABELS: Record<string, string> = {
  upload: 'bản quét đã đọc',
  network: 'văn bản điện tử',
  edxml: 'văn bản điện tử',
  manual: 'nhập tay',
  text: 'dán nội dung',
};

function waitingItem(r: QueueRow): HomeItem {
  const source = SOURCE_LABELS[r.source_kind] ?? r.source_kind;
  return {
    title: letterTitle(r),
    meta: [r.issuer_name, source].filter(Boolean).join(' · '),
    href: `/van-ban-den/${r.id}/vao-so`,
  };
}

function unpresentedItem(r: QueueRow): HomeItem {
  return {
    title: letterTitle(r),
    meta: [
      r.register_number ? `Số đến ${r.register_number}` : null,
      r.received_date ? `ngày đến ${formatDateVi(r.received_date)}` : null,
      r.issuer_name,
    ]
      .filter(Boolean)
      .join(' · '),
    href: `/van-ban/${r.id}`,
  };
}

export function documentsHomeCards(db: Kysely<DB>): HomeCardProvider {
  return async (ctx) => {
    if (ctx.actor.role !== 'clerk') return [];
    const [waiting, unpresented] = await Promise.all([
      findIncomingQueue(db, ctx.actor, ['draft', 'arrived'], HOME_QUEUE_ITEMS),
      findIncomingQueue(db, ctx.actor, ['registered'], HOME_QUEUE_ITEMS),
    ]);
    const cards: HomeCard[] = [
      {
        label: 'Chờ vào sổ',
        value: String(waiting.total),
        href: '/van-ban-den?status=draft,arrived',
        items: waiting.rows.map(waitingItem),
        emptyText: 'Không có văn bản nào chờ vào sổ.',
      },
      {
        label: 'Đã vào sổ, chưa trình',
        value: String(unpresented.total),
        href: '/van-ban-den?status=registered',
        items: unpresented.rows.map(unpresentedItem),
        emptyText: 'Mọi văn bản đã vào sổ đều đã được trình.',
      },
    ];
    return cards;
  };
}
