/** Home-page cards: open compliance findings of the school, or of the network for the Academy. */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import type { HomeCard, HomeCardProvider } from '../module.ts';
import { isAcademyRole } from '../tenancy/actor.ts';
import { countClasses } from './training.repository.ts';
import { countOpenFindings } from './findings.repository.ts';

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
    return [card];
  };
}
