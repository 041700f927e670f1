/**
 * A second, recent Academy directive (the 2174 one is from 2022): issued about a month ago to every
 * provincial school, its first requirement already past its deadline with a third of the schools done
 * and some still working, the second due next month. Thái Nguyên has registered, presented and is
 * working on it; Vĩnh Long's copy still waits in "Chờ vào sổ".
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { addDays, vietnamTime } from '../../lib/dates.ts';
import { applyObligationChange } from '../../modules/directives/obligations.service.ts';
import type { Modules } from '../../modules/index.ts';
import type { RequestContext } from '../../modules/tenancy/actor.ts';
import type { SchoolPeople } from './people.ts';
import type { Random } from './random.ts';

export const RECENT_DIRECTIVE_SYMBOL = '3518-CV/HVCTQG';

export async function seedRecentDirective(
  db: Kysely<DB>,
  modules: Modules,
  rng: Random,
  opts: { academy: RequestContext; thaiNguyen: SchoolPeople; today: string },
): Promise<string | null> {
  const exists = await db
    .selectFrom('directives')
    .select('id')
    .where('number_symbol', '=', RECENT_DIRECTIVE_SYMBOL)
    .executeTakeFirst();
  if (exists) return null;
  const issuedDate = addDays(opts.today, -28);
  const service = modules.directives.services.directives;
  const id = await service.createDirective(opts.academy, {
    title: 'Báo cáo sơ kết công tác đào tạo, bồi dưỡng lý luận chính trị sau sắp xếp, hợp nhất các trường chính trị',
    numberSymbol: RECENT_DIRECTIVE_SYMBOL,
    issuedDate,
    recipientMode: 'provincial',
    requirements: [
      {
        no: 1,
        text: 'Các trường chính trị rà soát, báo cáo số lớp, số học viên trung cấp lý luận chính trị đang đào tạo sau hợp nhất.',
        deadline: addDays(opts.today, -4),
        answerType: 'status',
      },
      {
        no: 2,
        text: 'Xây dựng kế hoạch đào tạo, bồi dưỡng năm tới phù hợp với mô hình tổ chức mới, gửi về Học viện (qua Vụ Các trường chính trị).',
        deadline: addDays(opts.today, 30),
        answerType: 'status',
      },
    ],
  });
  await service.issueDirective(opts.academy, id, { now: vietnamTime(issuedDate, 9) });

  // The network's answers to requirement 1: a third done, a few working, the rest behind.
  const first = await db
    .selectFrom('directive_requirements')
    .select('id')
    .where('directive_id', '=', id)
    .where('no', '=', 1)
    .executeTakeFirstOrThrow();
  const obligations = await db
    .selectFrom('obligations')
    .select(['id', 'directive_id', 'organisation_id', 'status', 'answer_json', 'note'])
    .where('requirement_id', '=', first.id)
    .where('organisation_id', '!=', opts.thaiNguyen.organisationId)
    .orderBy('id')
    .execute();
  for (const o of obligations) {
    const roll = rng.next();
    if (roll > 0.5) continue;
    const done = roll < 0.33;
    await applyObligationChange(db, null, o, {
      answer: { stage: done ? 'done' : 'in_progress' },
      status: done ? 'done' : 'in_progress',
      note: done ? 'Đã gửi báo cáo (dữ liệu mẫu).' : 'Đang tổng hợp số liệu (dữ liệu mẫu).',
      at: vietnamTime(addDays(issuedDate, rng.int(5, 20)), 10).toISOString(),
    });
  }

  // Thái Nguyên: registered, presented and given to the staff member, who is working on it.
  const tn = opts.thaiNguyen;
  const copy = await db
    .selectFrom('directive_recipients')
    .select('document_id')
    .where('directive_id', '=', id)
    .where('organisation_id', '=', tn.organisationId)
    .executeTakeFirst();
  if (!copy?.document_id) return id;
  const documentId = copy.document_id;
  const { direction, tasks } = modules.tasks.services;
  await modules.documents.services.registration.registerDocument(tn.clerk, documentId, {
    receivedDate: addDays(issuedDate, 1),
  });
  await direction.present(tn.clerk, documentId, { leaderId: tn.leader.actor.userId, note: 'Văn bản của Học viện.' });
  const doc = await modules.documents.services.documents.getDocument(tn.clerk, documentId);
  const sheet = await direction.direct(tn.leader, documentId, {
    note: 'Giao Phòng Quản lý đào tạo chủ trì, báo cáo Học viện đúng hạn.',
    assignments: doc.requirements.map((r) => ({ requirementId: r.id, lead: { userId: tn.staff.actor.userId } })),
  });
  const task = sheet.tasks[0];
  if (task)
    await tasks.progress(tn.staff, task.id, { progress: 60, comment: 'Đã tổng hợp số lớp, đang rà soát học viên.' });
  return id;
}
