/** Home-page cards: open compliance findings of the school, or of the network for the Academy. */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import type { HomeCard, HomeCardProvider } from '../module.ts';
import { isAcademyRole } from '../tenancy/actor.ts';
import { scoped } from '../tenancy/scope.ts';
import { findingsWithOverrides } from './training.repository.ts';

export function trainingHomeCards(db: Kysely<DB>): HomeCardProvider {
  return async (ctx) => {
    const classes = await scoped(
      db.selectFrom('training_classes').select((eb) => eb.fn.countAll<number>().as('n')),
      ctx.actor,
      'training_classes.organisation_id',
    ).executeTakeFirstOrThrow();
    if (Number(classes.n) === 0) return [];
    const open = await scoped(findingsWithOverrides(db), ctx.actor, 'f.organisation_id')
      .where('o.id', 'is', null)
      .select(['f.severity', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('f.severity')
      .execute();
    const blocking = Number(open.find((r) => r.severity === 'blocking')?.n ?? 0);
    const warning = Number(open.find((r) => r.severity === 'warning')?.n ?? 0);
    const academy = isAcademyRole(ctx.actor.role);
    const card: HomeCard = {
      label: academy
        ? 'Phát hiện tuân thủ đào tạo chưa xử lý (toàn mạng lưới)'
        : 'Phát hiện tuân thủ đào tạo chưa xử lý',
      value: String(blocking + warning),
      hint: `${blocking} chặn, ${warning} cảnh báo trong ${classes.n} lớp`,
      href: academy ? '/tuan-thu-dao-tao' : '/dao-tao/tuan-thu',
    };
    return [card];
  };
}
