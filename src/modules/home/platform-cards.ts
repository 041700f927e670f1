import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { vietnamToday } from '../../lib/dates.ts';
import { ADMIN_ROLES, isAcademyRole } from '../tenancy/actor.ts';
import { scoped } from '../tenancy/scope.ts';
import { validOn } from '../organisations/organisations.repository.ts';
import type { HomeCardProvider } from './home.routes.ts';

export function platformHomeCards(db: Kysely<DB>): HomeCardProvider {
  return async (ctx) => {
    const cards = [];
    const today = vietnamToday();
    if (isAcademyRole(ctx.actor.role)) {
      const schools = await validOn(
        db
          .selectFrom('organisations')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('kind', '=', 'provincial_school'),
        today,
      ).executeTakeFirstOrThrow();
      const sector = await db
        .selectFrom('organisations')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('kind', '=', 'sector_school')
        .executeTakeFirstOrThrow();
      cards.push({
        label: 'Trường chính trị tỉnh, thành phố (hiện nay)',
        value: String(schools.n),
        href: '/mang-luoi',
      });
      cards.push({
        label: 'Trường cán bộ bộ, ngành (đã nhập)',
        value: String(sector.n),
        hint: 'Danh sách chưa xác minh đầy đủ',
        href: '/mang-luoi?kind=sector_school',
      });
    }
    const people = await scoped(
      db
        .selectFrom('users')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('active', '=', 1),
      ctx.actor,
      'users.organisation_id',
      isAcademyRole(ctx.actor.role) ? ctx.actor.organisationId : null,
    ).executeTakeFirstOrThrow();
    cards.push({ label: 'Cán bộ đang hoạt động trong đơn vị', value: String(people.n), href: '/can-bo' });
    if (ADMIN_ROLES.includes(ctx.actor.role)) {
      const since = new Date(Date.now() - 7 * 86_400_000).toISOString();
      const changes = await scoped(
        db
          .selectFrom('audit_log')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('at', '>=', since),
        ctx.actor,
        'audit_log.organisation_id',
      ).executeTakeFirstOrThrow();
      cards.push({ label: 'Thay đổi trong 7 ngày qua', value: String(changes.n), href: '/nhat-ky' });
    }
    return cards;
  };
}
