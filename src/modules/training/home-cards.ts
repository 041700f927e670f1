/**
 * Home-page cards: open compliance findings of the school, or of the network for the Academy; for a
 * school, its most recent classes with their open findings listed (the school administrator's work).
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import type { HomeCard, HomeCardProvider } from '../module.ts';
import { isAcademyRole } from '../tenancy/actor.ts';
import { countClasses, findRecentClasses } from './training.repository.ts';
import { countOpenFindings, countsByClass } from './findings.repository.ts';

export function trainingHomeCards(db: Kysely<DB>): HomeCardProvider {
  return async (ctx) => {
    const classes = await countClasses(db, ctx.actor);
    if (classes === 0) return [];
    const { blocking, warning } = await countOpenFindings(db, ctx.actor);
    const academy = isAcademyRole(ctx.actor.role);
    const card: HomeCard = {
      label: academy
        ? 'Phát hiện tuân thủ đào tạo chưa xử lý (toàn mạng lưới)'
        : 'Phát hiện tuân thủ đào tạo chưa xử lý',
      value: String(blocking + warning),
      hint: `${blocking} chặn, ${warning} cảnh báo trong ${classes} lớp`,
      href: academy ? '/tuan-thu-dao-tao' : '/dao-tao/tuan-thu',
    };
    if (academy || !['school_admin', 'leader'].includes(ctx.actor.role)) return [card];
    const recent = await findRecentClasses(db, ctx.actor, 5);
    const counts = await countsByClass(
      db,
      recent.map((c) => c.id),
    );
    card.items = recent.map((c) => {
      const n = counts.get(c.id) ?? { size: 0, blocking: 0, warning: 0, overridden: 0 };
      return {
        title: `${c.code} — ${c.name}`,
        meta: `${n.size} học viên · ${n.blocking} chặn, ${n.warning} cảnh báo`,
        href: `/dao-tao/lop/${c.id}`,
        ...(n.blocking > 0 ? { tone: 'danger' as const } : n.warning > 0 ? { tone: 'warning' as const } : {}),
      };
    });
    card.emptyText = 'Chưa có lớp nào.';
    return [card];
  };
}
