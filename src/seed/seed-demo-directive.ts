/**
 * Demo: letter 2174-CV/HVCTQG issued on 31/5/2022 to the 63 provincial schools and the sector schools,
 * in the state the letter describes — 26 schools with an approved standard-school project, 3 of them
 * registered to reach the standard in 2022 — and registered at the Thái Nguyên school as incoming
 * no. 811 on 16/6/2022. WHICH schools are in the 26 is illustrative (the letter does not say): those
 * rows carry the `illustrative` flag, shown in the dashboard and its export.
 */
import { readFileSync } from 'node:fs';
import type { Kysely } from 'kysely';
import type { DB } from '../db/types.ts';
import { ACADEMY_CODE, schoolCode } from '../network/seed-data.ts';
import { KNOWN_FACTS } from '../standard/demo/facts.ts';
import { applyObligationChange } from '../modules/directives/obligations.service.ts';
import { refreshDerived } from '../modules/documents/documents.repository.ts';
import type { Modules } from '../modules/index.ts';
import { ensureRegister, incomingSeries } from '../modules/registers/registers.ports.ts';
import type { RequestContext } from '../modules/tenancy/actor.ts';

/**
 * The letter says 26/63 provincial schools had their project approved and 3 registered to reach the
 * standard in 2022, but not which. The three registered are the first recognised (Lào Cai 16/11/2022,
 * then Nghệ An and Vĩnh Phúc in April 2023: src/standard/demo/facts.ts); the other 23 are a plausible
 * pick. No school is known to have been in the 26 on 31/5/2022, so every row is illustrative. Quảng Ninh
 * is not among them (its project was approved by QĐ 765-QĐ/TU on 20/10/2022), nor Phú Thọ among the
 * registered (appraised in 2026).
 */
const REGISTERED_2022 = ['10', '40', '26'];
const APPROVED_ONLY = [
  '01',
  '04',
  '08',
  '15',
  '19',
  '24',
  '27',
  '31',
  '36',
  '38',
  '42',
  '45',
  '48',
  '49',
  '56',
  '68',
  '74',
  '75',
  '79',
  '86',
  '89',
  '92',
  '93',
];

/** What the sources say about a school's project before the letter's date (decision numbers only if one is known). */
function knownProject(provinceCode: string, before: string) {
  const fact = KNOWN_FACTS.find(
    (f) => f.schoolCode === schoolCode('2004', provinceCode) && f.record.kind === 'project_approved',
  );
  if (!fact || fact.record.date > before) return null;
  const data = fact.record.data as { decisionNumber?: string | null };
  const illustrativeDate = Boolean((fact.record as { illustrative?: boolean }).illustrative);
  return {
    approvalDate: illustrativeDate ? null : fact.record.date,
    // a project's own number (e.g. 27-ĐA/TU) is not the number of the decision approving it
    decisionNumber: data.decisionNumber && /-QĐ\//u.test(data.decisionNumber) ? data.decisionNumber : null,
    note: fact.record.note,
  };
}

export const LETTER_2174 = {
  numberSymbol: '2174-CV/HVCTQG',
  title: 'Yêu cầu, nhiệm vụ về công tác trường chính trị',
  issuedDate: '2022-05-31',
  requirements: [
    {
      no: 1,
      text: 'Các trường chính trị chủ động, tích cực phối hợp với các ban, sở, ngành tham mưu ban thường vụ tỉnh ủy, thành ủy phê duyệt Đề án xây dựng trường chính trị chuẩn, hoàn thành trong năm 2022.',
      deadline: '2022-12-31',
      answerType: 'standard_school_project' as const,
      audience: 'provincial' as const,
    },
    {
      no: 2,
      text: 'Các trường thực hiện nghiêm Quy định số 57-QĐ/TW ngày 08/2/2022 của Ban Bí thư về đối tượng, tiêu chuẩn và phân cấp đào tạo lý luận chính trị; quy chế quản lý đào tạo, bồi dưỡng do Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh ban hành.',
      deadline: null,
      answerType: 'status' as const,
    },
    // item 3 has two audiences (rule C-03): provincial schools stop all online training, sector schools online trung cấp
    {
      no: 3,
      text: 'Các trường chính trị dừng việc đào tạo, bồi dưỡng trực tuyến theo Công văn số 494-CV/HVCTQG ngày 13/5/2021.',
      deadline: null,
      answerType: 'status' as const,
      audience: 'provincial' as const,
    },
    {
      no: 3,
      text: 'Các trường bộ, ngành dừng việc đào tạo Trung cấp lý luận chính trị trực tuyến theo Công văn số 875-CV/HVCTQG ngày 11/8/2021.',
      deadline: null,
      answerType: 'status' as const,
      audience: 'sector' as const,
    },
    {
      no: 4,
      text: 'Tích cực tham gia cuộc thi viết theo Kế hoạch số 762-KH/HVCTQG ngày 25/02/2022 và tăng cường viết bài cho chuyên mục Diễn đàn địa phương thuộc trang Việt Nam thịnh vượng.',
      deadline: null,
      answerType: 'status' as const,
    },
    {
      no: null,
      text: 'Đề nghị các trường định kỳ gửi báo cáo kết quả công tác về Ban Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh (qua Vụ Các trường chính trị).',
      deadline: null,
      answerType: 'status' as const,
    },
  ],
};

export async function seedDemoDirective(db: Kysely<DB>, _dialect: unknown, modules: Modules): Promise<void> {
  if (
    await db
      .selectFrom('directives')
      .select('id')
      .where('number_symbol', '=', LETTER_2174.numberSymbol)
      .executeTakeFirst()
  )
    return;
  const academy = await db
    .selectFrom('organisations')
    .select('id')
    .where('code', '=', ACADEMY_CODE)
    .executeTakeFirstOrThrow();
  const author = await db
    .selectFrom('users')
    .select(['id', 'full_name'])
    .where('organisation_id', '=', academy.id)
    .where('role', '=', 'academy_staff')
    .executeTakeFirst();
  const ctx: RequestContext = {
    actor: {
      userId: author?.id ?? 'system',
      organisationId: academy.id,
      unitId: null,
      role: 'academy_staff',
      fullName: author?.full_name ?? 'Hệ thống',
      scope: { kind: 'all' },
    },
    requestId: 'seed-demo',
  };
  const service = modules.directives.services.directives;
  const id = await service.createDirective(ctx, { ...LETTER_2174, recipientMode: 'provincial_and_sector' });
  const issuedAt = '2022-05-31T02:00:00.000Z';
  await service.issueDirective(ctx, id, { now: new Date(issuedAt) });

  const requirement1 = await db
    .selectFrom('directive_requirements')
    .select('id')
    .where('directive_id', '=', id)
    .where('no', '=', 1)
    .executeTakeFirstOrThrow();
  const obligations = await db
    .selectFrom('obligations')
    .innerJoin('organisations as o', 'o.id', 'obligations.organisation_id')
    .select([
      'obligations.id',
      'obligations.directive_id',
      'obligations.organisation_id',
      'obligations.status',
      'obligations.answer_json',
      'obligations.note',
      'o.province_code',
    ])
    .where('obligations.requirement_id', '=', requirement1.id)
    .where('o.kind', '=', 'provincial_school')
    .execute();
  for (const o of obligations) {
    const registered = REGISTERED_2022.includes(o.province_code ?? '');
    if (!registered && !APPROVED_ONLY.includes(o.province_code ?? '')) continue;
    const known = knownProject(o.province_code ?? '', LETTER_2174.issuedDate);
    const answer = {
      stage: registered ? 'registered' : 'approved',
      approvalDate: known?.approvalDate ?? null,
      decisionNumber: known?.decisionNumber ?? null,
      targetYear: registered ? 2022 : null,
    };
    await applyObligationChange(db, null, o, {
      answer,
      status: 'done',
      note: `Dữ liệu minh họa: Công văn 2174-CV/HVCTQG chỉ nêu số trường (26/63 phê duyệt, 3 đăng ký năm 2022), không nêu tên trường; số, ngày quyết định để trống khi chưa biết.${known ? ` Đã biết: ${known.note}` : ''}`,
      at: issuedAt,
    });
    await db.updateTable('obligations').set({ illustrative: 1 }).where('id', '=', o.id).execute();
  }
  await registerAtThaiNguyen(db, modules, id);
}

/**
 * The Thái Nguyên school (2022 organisation) registered the letter as incoming no. 811 on 16/6/2022:
 * its 2022 register had reached 810, and the registration goes through the normal path (number, tasks,
 * links, audit, the Academy's delivery status). The copy keeps the OCR text of the school's scan.
 */
async function registerAtThaiNguyen(db: Kysely<DB>, modules: Modules, directiveId: string): Promise<void> {
  const school = await db
    .selectFrom('organisations')
    .select('id')
    .where('code', '=', schoolCode('2004', '19'))
    .executeTakeFirstOrThrow();
  const recipient = await db
    .selectFrom('directive_recipients')
    .select(['document_id'])
    .where('directive_id', '=', directiveId)
    .where('organisation_id', '=', school.id)
    .executeTakeFirstOrThrow();
  const clerk = await db
    .selectFrom('users')
    .select(['id', 'organisation_id', 'full_name'])
    .where('email', '=', 'vanthu@tct-thainguyen.vn')
    .executeTakeFirst();
  const successor = clerk ? [clerk.organisation_id] : [];
  const ctx: RequestContext = {
    actor: {
      userId: clerk?.id ?? 'system',
      organisationId: clerk?.organisation_id ?? school.id,
      unitId: null,
      role: 'clerk',
      fullName: clerk?.full_name ?? 'Văn thư',
      scope: { kind: 'orgs', organisationIds: [...successor, school.id] },
    },
    requestId: 'seed-demo',
  };
  const documentId = recipient.document_id!;
  const ocrText = readFileSync(new URL('../../reference/letter-2174-ocr.txt', import.meta.url), 'utf8');
  await db.transaction().execute(async (trx) => {
    const register = await ensureRegister(trx, school.id, 'incoming', false);
    await trx
      .insertInto('number_counters')
      .values({ register_id: register.id, series: incomingSeries(2022), last_value: 810 })
      .onConflict((oc) => oc.columns(['register_id', 'series']).doUpdateSet({ last_value: 810 }))
      .execute();
    await trx
      .updateTable('documents')
      .set({
        ocr_text: ocrText,
        signer_name: 'Hoàng Phúc Lâm',
        recipients_json: JSON.stringify([
          'Trường chính trị tỉnh, thành phố trực thuộc Trung ương',
          'Trường cán bộ của bộ, ngành, đoàn thể Trung ương',
        ]),
      })
      .where('id', '=', documentId)
      .execute();
    await refreshDerived(trx, documentId);
    await modules.documents.ports.registerInTransaction(trx, ctx, documentId, { receivedDate: '2022-06-16' });
    // The demo replays 2022: the Academy saw the registration on that day, not today.
    await trx
      .updateTable('directive_recipients')
      .set({ registered_at: '2022-06-16T03:00:00.000Z' })
      .where('document_id', '=', documentId)
      .execute();
  });
  // The clerk has presented it to the director, so the leader's desk opens on a letter awaiting direction.
  const leader = await db
    .selectFrom('users')
    .select('id')
    .where('email', '=', 'hieutruong@tct-thainguyen.vn')
    .executeTakeFirst();
  if (clerk && leader)
    await modules.tasks.services.direction.present(ctx, documentId, {
      leaderId: leader.id,
      note: 'Kính trình đồng chí Hiệu trưởng cho ý kiến chỉ đạo.',
    });
}
