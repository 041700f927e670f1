/**
 * "Đôn đốc": the Academy reminds the schools behind on one requirement of an issued directive — an in-app
 * notification and an e-mail to each school's leaders, clerks and school admins, audited. At most once per
 * requirement and school per day (the notifications' and outbox's dedupe keys), so a second click sends nothing.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import { vietnamToday } from '../../lib/dates.ts';
import { formatDateVi } from '../../lib/vn.ts';
import { recordAudit } from '../audit/audit.ports.ts';
import { isAcademyRole, type RequestContext } from '../tenancy/actor.ts';
import { findOwnDirective, findRequirements } from './directives.repository.ts';
import { notifySchoolPeople } from './notify-school.ts';
import { findOpenObligationsOfRequirement } from './obligations.repository.ts';

export function createRemindService(db: Kysely<DB>) {
  async function remindBehind(ctx: RequestContext, directiveId: string, requirementId: string, now = new Date()) {
    const directive = await findOwnDirective(db, ctx.actor, directiveId);
    if (!directive) throw notFound('Không tìm thấy chỉ đạo.');
    if (!isAcademyRole(ctx.actor.role)) throw new AppError('FORBIDDEN', 'Chỉ cán bộ Học viện được đôn đốc các trường.');
    if (directive.status !== 'issued')
      throw new AppError('CONFLICT', 'Chỉ đạo chưa ban hành: chưa có trường nào để đôn đốc.');
    const requirement = (await findRequirements(db, directiveId)).find((r) => r.id === requirementId);
    if (!requirement) throw notFound('Không tìm thấy yêu cầu của chỉ đạo.');
    const today = vietnamToday(now);
    const behind = await findOpenObligationsOfRequirement(db, directiveId, requirementId);
    const label = `${directive.number_symbol ?? directive.title}, yêu cầu ${requirement.no ?? '(không đánh số)'}`;
    let notifications = 0;
    let emails = 0;
    await db.transaction().execute(async (trx) => {
      for (const obligation of behind) {
        const overdue = obligation.deadline !== null && obligation.deadline < today;
        const title = `Học viện đôn đốc: ${label}${overdue ? ' (đã quá hạn)' : ''}`;
        const body = [
          requirement.text,
          obligation.deadline ? `Hạn: ${formatDateVi(obligation.deadline)}${overdue ? ' — đã quá hạn' : ''}.` : '',
          'Đề nghị đơn vị khẩn trương thực hiện và cập nhật kết quả trên TCT.',
        ]
          .filter(Boolean)
          .join('\n');
        const sent = await notifySchoolPeople(trx, {
          organisationId: obligation.organisation_id,
          kind: 'obligation_nudge',
          title,
          body,
          link: `/nhiem-vu-chi-dao/${obligation.id}`,
          dedupeKey: `nudge:${requirementId}:${today}`,
        });
        notifications += sent.notifications;
        emails += sent.emails;
      }
      await recordAudit(trx, ctx, {
        action: 'directive.reminded',
        entityType: 'directive',
        entityId: directiveId,
        organisationId: directive.organisation_id,
        after: { requirementId, schoolsBehind: behind.length, notifications, emails },
      });
    });
    return { schoolsBehind: behind.length, notifications, emails };
  }
  return { remindBehind };
}

export type RemindService = ReturnType<typeof createRemindService>;
