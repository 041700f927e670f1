/** Home-page cards: a school's reports to send (overdue counted), or the reports awaiting the Academy. */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import type { HomeCardProvider } from '../module.ts';
import { isAcademyRole } from '../tenancy/actor.ts';
import { countScopedReports } from './reports.repository.ts';
import type { ReportsService } from './reports.service.ts';

export function reportsHomeCards(db: Kysely<DB>, reports: ReportsService): HomeCardProvider {
  return async (ctx) => {
    if (isAcademyRole(ctx.actor.role)) {
      const waiting = await countScopedReports(db, ctx.actor, 'sent');
      return waiting
        ? [
            {
              label: 'Báo cáo định kỳ chờ tiếp nhận',
              value: String(waiting),
              hint: 'Các trường đã gửi',
              href: '/bao-cao',
            },
          ]
        : [];
    }
    const due = (await reports.due(ctx)).filter((i) => i.state !== 'collecting');
    if (!due.length) return [];
    const overdue = due.filter((i) => i.state === 'overdue').length;
    return [
      {
        label: 'Báo cáo định kỳ phải gửi',
        value: String(due.length),
        hint: overdue ? `${overdue} quá hạn` : `hạn gần nhất ${due[0]!.period.deadline.split('-').reverse().join('/')}`,
        href: '/bao-cao',
      },
    ];
  };
}
