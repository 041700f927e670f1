/** Home-page cards: the school's stage on its way to the standard; for the Academy, how many schools are recognised. */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { vietnamToday } from '../../lib/dates.ts';
import { networkOn, STAGE_LABELS, stateOn } from '../../standard/index.ts';
import type { HomeCardProvider } from '../module.ts';
import { isAcademyRole } from '../tenancy/actor.ts';
import { networkInputs } from './network.service.ts';
import { recordOf } from './standard.presenter.ts';
import { dossierRecords, listAssessments } from './standard.repository.ts';

export function standardHomeCards(db: Kysely<DB>): HomeCardProvider {
  return async (ctx) => {
    if (isAcademyRole(ctx.actor.role)) {
      const { schools, dossiers } = await networkInputs(db, ctx);
      const p = networkOn(schools, dossiers, vietnamToday());
      return [
        {
          label: 'Trường chính trị chuẩn (toàn mạng lưới)',
          value: `${p.milestones.recognised}/${p.counts.total}`,
          hint: `trường được công nhận; ${p.milestones.projectApproved} trường đã có đề án được phê duyệt`,
          href: '/truong-chuan-mang-luoi',
        },
      ];
    }
    const organisationId = ctx.actor.organisationId;
    const state = stateOn((await dossierRecords(db, ctx.actor, organisationId)).map(recordOf));
    const latest = (await listAssessments(db, ctx.actor, organisationId))[0];
    return [
      {
        label: 'Trường chính trị chuẩn',
        value: STAGE_LABELS[state.stage],
        ...(latest?.progress_line ? { hint: `Tự đánh giá lần ${latest.round}: ${latest.progress_line}` } : {}),
        href: '/truong-chuan',
      },
    ];
  };
}
