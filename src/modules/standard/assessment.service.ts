/**
 * Self-assessments: one round against the catalogue version in force on the filing date (kept), entries
 * per indicator (value, status, comment, evidence with codes and files), computed indicators from the
 * roster and the training classes of the 5-year window with their workings (src/standard/assessment),
 * submission (which writes the dossier's self-assessment record in the same transaction) and the
 * documents out.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import { vietnamToday } from '../../lib/dates.ts';
import {
  assess,
  type EvidenceItem,
  evidenceWindow,
  findItem,
  type IndicatorStatus,
  normalizeEvidenceCode,
  type StandardLevel,
  stateOn,
  type StepRecord,
} from '../../standard/index.ts';
import { recordAudit } from '../audit/audit.ports.ts';
import type { RequestContext } from '../tenancy/actor.ts';
import { assertCanWrite } from '../tenancy/scope.ts';
import { catalogueById, catalogueOn } from './catalogue.service.ts';
import { appendRecords, loadDossier } from './dossier.service.ts';
import type { DossierChangedListener } from './standard.ports.ts';
import { entryOf, presentAssessmentRow, presentResult, staffOf } from './standard.presenter.ts';
import { assertSchoolWriter } from './standard.policy.ts';
import {
  assessmentEntries,
  findAssessment,
  findEvidenceFile,
  findSchool,
  insertAssessment,
  listAssessments,
  listStaff,
  maxRound,
  predecessorsOf,
  trainingRows,
  updateAssessment,
  upsertEntry,
} from './standard.repository.ts';

export type CreateAssessmentInput = {
  targetLevel: StandardLevel;
  filingDate: string;
  purpose: 'progress' | 'application';
};
export type EntryInput = {
  value: number | null;
  status: IndicatorStatus | null;
  comment: string | null;
  evidence: EvidenceItem[];
};

export function createAssessmentService(db: Kysely<DB>, listeners: readonly DossierChangedListener[] = []) {
  async function load(ctx: RequestContext, id: string) {
    const row = await findAssessment(db, ctx.actor, id);
    if (!row) throw notFound('Không tìm thấy bản tự đánh giá.');
    return row;
  }

  async function loadForWrite(ctx: RequestContext, id: string) {
    const row = await load(ctx, id);
    assertCanWrite(ctx.actor, row.organisation_id);
    assertSchoolWriter(ctx);
    if (row.status !== 'draft')
      throw new AppError('CONFLICT', 'Bản tự đánh giá đã nộp, không sửa được; hãy tạo lần tự đánh giá mới.');
    return row;
  }

  /** Everything the engine needs for one assessment, read for the caller. */
  async function evaluate(ctx: RequestContext, id: string) {
    const row = await load(ctx, id);
    const catalogue = await catalogueById(db, row.catalogue_version_id);
    const window = evidenceWindow(row.filing_date);
    const owners = [row.organisation_id, ...(await predecessorsOf(db, row.organisation_id)).map((p) => p.id)];
    const [staff, training, entries] = await Promise.all([
      listStaff(db, ctx.actor, row.organisation_id),
      trainingRows(db, owners, window.from, window.to),
      assessmentEntries(db, id),
    ]);
    const result = assess({
      catalogue,
      targetLevel: row.target_level as StandardLevel,
      filingDate: row.filing_date,
      entries: entries.map(entryOf),
      roster: staff.length > 0 ? staff.map(staffOf) : null,
      training: training.classes.length > 0 ? training : null,
    });
    return { row, catalogue, result };
  }

  async function get(ctx: RequestContext, id: string) {
    const { row, catalogue, result } = await evaluate(ctx, id);
    return {
      assessment: presentAssessmentRow(row),
      catalogue: { id: catalogue.id, title: catalogue.title, confidence: catalogue.confidence },
      ...presentResult(result),
    };
  }

  async function list(ctx: RequestContext, organisationId: string) {
    if (!(await findSchool(db, ctx.actor, organisationId))) throw notFound('Không tìm thấy trường.');
    return { items: (await listAssessments(db, ctx.actor, organisationId)).map(presentAssessmentRow) };
  }

  async function create(ctx: RequestContext, organisationId: string, input: CreateAssessmentInput) {
    if (!(await findSchool(db, ctx.actor, organisationId))) throw notFound('Không tìm thấy trường.');
    assertCanWrite(ctx.actor, organisationId);
    assertSchoolWriter(ctx);
    if (input.filingDate > vietnamToday())
      throw new AppError('BAD_REQUEST', 'Ngày nộp hồ sơ (ngày tính số liệu) không được sau hôm nay.');
    const catalogue = await catalogueOn(db, input.filingDate);
    const id = randomUUID();
    const now = new Date().toISOString();
    await db.transaction().execute(async (trx) => {
      const row = {
        id,
        organisation_id: organisationId,
        catalogue_version_id: catalogue.id,
        target_level: input.targetLevel,
        filing_date: input.filingDate,
        round: (await maxRound(trx, organisationId)) + 1,
        purpose: input.purpose,
        status: 'draft',
        progress_line: null,
        submitted_at: null,
        submitted_by: null,
        created_by: ctx.actor.userId,
        created_at: now,
        updated_at: now,
      };
      await insertAssessment(trx, row);
      await recordAudit(trx, ctx, {
        action: 'standard.assessment.created',
        entityType: 'standard_assessment',
        entityId: id,
        organisationId,
        after: row,
      });
    });
    return get(ctx, id);
  }

  async function setEntry(ctx: RequestContext, id: string, code: string, input: EntryInput) {
    const row = await loadForWrite(ctx, id);
    const catalogue = await catalogueById(db, row.catalogue_version_id);
    if (!findItem(catalogue, code))
      throw new AppError('BAD_REQUEST', `Chỉ tiêu ${code} không có trong danh mục "${catalogue.title}".`);
    const problems: string[] = [];
    const evidence = input.evidence.map((e) => {
      const normal = normalizeEvidenceCode(e.code);
      if (!normal)
        problems.push(
          `Mã minh chứng "${e.code}" không đúng dạng Htiêu chí.chỉ tiêu.minh chứng.thành phần (ví dụ H2.05.01.03)`,
        );
      return { ...e, code: normal ?? e.code };
    });
    const codes = evidence.map((e) => e.code);
    for (const c of new Set(codes.filter((c, i) => codes.indexOf(c) !== i)))
      problems.push(`Mã minh chứng ${c} bị trùng`);
    for (const e of evidence)
      if (e.fileId && !(await findEvidenceFile(db, row.organisation_id, e.fileId)))
        problems.push(`Tệp minh chứng của ${e.code} không có`);
    if (problems.length > 0) throw new AppError('BAD_REQUEST', `${problems.join('. ')}.`, { problems });
    const before = (await assessmentEntries(db, id)).find((e) => e.code === code);
    const now = new Date().toISOString();
    await db.transaction().execute(async (trx) => {
      const entry = {
        assessment_id: id,
        organisation_id: row.organisation_id,
        code,
        value: input.value,
        status: input.status,
        comment: input.comment,
        evidence_json: JSON.stringify(evidence),
        updated_by: ctx.actor.userId,
        updated_at: now,
      };
      await upsertEntry(trx, entry);
      await updateAssessment(trx, id, { updated_at: now });
      await recordAudit(trx, ctx, {
        action: 'standard.assessment.entry_set',
        entityType: 'standard_assessment',
        entityId: id,
        organisationId: row.organisation_id,
        before: before ?? null,
        after: entry,
      });
    });
    return get(ctx, id);
  }

  async function submit(ctx: RequestContext, id: string) {
    await loadForWrite(ctx, id);
    const { row, result } = await evaluate(ctx, id);
    if (!result.canSubmit) {
      const blocking = result.missing.filter((m) => m.severity === 'blocking');
      throw new AppError(
        'BAD_REQUEST',
        `Chưa nộp được: còn ${blocking.length} vấn đề phải xử lý — ${blocking.map((m) => m.message).join('; ')}.`,
        { missing: blocking },
      );
    }
    const now = new Date().toISOString();
    await db.transaction().execute(async (trx) => {
      const { records } = await loadDossier(trx, ctx, row.organisation_id);
      const record: StepRecord = {
        kind: 'self_assessment',
        date: vietnamToday(),
        recordedBy: 'school',
        documents: [],
        note: null,
        data: {
          round: stateOn(records).selfAssessments.length + 1,
          purpose: row.purpose as 'progress' | 'application',
          catalogueVersionId: row.catalogue_version_id,
          assessmentId: row.id,
          progressLine: result.progress.line,
        },
      };
      await appendRecords(trx, ctx, row.organisation_id, [record], { side: 'school', listeners });
      const changes = {
        status: 'submitted',
        progress_line: result.progress.line,
        submitted_at: now,
        submitted_by: ctx.actor.userId,
        updated_at: now,
      };
      await updateAssessment(trx, id, changes);
      await recordAudit(trx, ctx, {
        action: 'standard.assessment.submitted',
        entityType: 'standard_assessment',
        entityId: id,
        organisationId: row.organisation_id,
        before: { status: row.status },
        after: changes,
      });
    });
    return get(ctx, id);
  }

  return { evaluate, get, list, create, setEntry, submit };
}

export type AssessmentService = ReturnType<typeof createAssessmentService>;
