/**
 * The Academy's home (issue 16 item 6): its directives behind schedule — schools that have not finished
 * a requirement past its deadline — each linking to the directive's follow-up matrix. Periodic reports
 * due: the reports capability is not a module of this build yet, so that card says so (a placeholder).
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { vietnamToday } from '../../lib/dates.ts';
import { formatDateVi } from '../../lib/vn.ts';
import type { HomeCard, HomeCardProvider } from '../module.ts';
import { isAcademyRole } from '../tenancy/actor.ts';
import { findDirectivesBehind } from './home.repository.ts';

export function directivesHomeCards(db: Kysely<DB>, opts: { today?: () => string } = {}): HomeCardProvider {
  return async (ctx) => {
    if (!isAcademyRole(ctx.actor.role)) return [];
    const today = opts.today?.() ?? vietnamToday();
    const behind = await findDirectivesBehind(db, ctx.actor, today);
    const cards: HomeCard[] = [
      {
        label: 'Chỉ đạo chậm tiến độ',
        value: String(behind.length),
        href: '/chi-dao',
        items: behind.slice(0, 5).map((d) => ({
          title: `${d.number_symbol ? `${d.number_symbol} — ` : ''}${d.title}`,
          meta: `${d.schools_behind}/${d.recipients} trường chưa hoàn thành yêu cầu đã quá hạn (hạn sớm nhất ${formatDateVi(d.earliest_deadline)})`,
          href: `/chi-dao/${d.id}/theo-doi`,
          tone: 'danger' as const,
        })),
        emptyText: 'Không có chỉ đạo nào chậm tiến độ.',
      },
      {
        label: 'Báo cáo định kỳ đến hạn',
        value: '—',
        hint: 'Chưa có: phân hệ báo cáo định kỳ chưa được cài đặt trong phiên bản này.',
      },
    ];
    return cards;
  };
}
