/**
 * A school's reports: what is due, opening a report pre-filled from TCT's data, editing figures (an
 * edited computed figure needs a reason) and the narrative while it is a draft, recomputing, and
 * validation with the regime's rules. Every change is one transaction with its audit row.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { AppError } from '../../lib/app-error.ts';
import { vietnamToday } from '../../lib/dates.ts';
import {
  canEdit,
  dueFor,
  isExpectedReporter,
  prefillReport,
  type ReportContent,
  type ReportState,
  refreshComputed,
  sentKey,
  setFigure,
  setNarrative,
  validateReport,
} from '../../reports/index.ts';
import { recordAudit } from '../audit/audit.ports.ts';
import { isAcademyRole, type RequestContext } from '../tenancy/actor.ts';
import { assertCanWrite } from '../tenancy/scope.ts';
import type { RegimesService } from './regimes.service.ts';
import { type LoadedReport, loadReport, periodOf } from './reports.context.ts';
import { presentReport } from './reports.presenter.ts';
import {
  findOrganisationRef,
  findReportByKey,
  insertEvent,
  insertReport,
  listScopedReports,
  type ReportListQuery,
  sentKeysOf,
  updateReportIf,
} from './reports.repository.ts';
import type { FigureEdit } from './reports.schemas.ts';
import { sourceRowsFor } from './sources.ts';

export function createReportsService(db: Kysely<DB>, regimes: RegimesService) {
  async function get(ctx: RequestContext, id: string) {
    return presentReport(await loadReport(db, regimes, ctx, id), ctx.actor);
  }

  async function list(ctx: RequestContext, q: ReportListQuery & { page?: number; pageSize?: number }) {
    const pageSize = Math.min(q.pageSize ?? 50, 200);
    const page = Math.max(q.page ?? 1, 1);
    const { items, total } = await listScopedReports(db, ctx.actor, q, pageSize, (page - 1) * pageSize);
    return { items, total, page, pageSize };
  }

  /** What the caller's school has to send, earliest deadline first (Academy callers: nothing). */
  async function due(ctx: RequestContext, onDate = vietnamToday()) {
    if (isAcademyRole(ctx.actor.role)) return [];
    const school = await findOrganisationRef(db, ctx.actor.organisationId);
    if (!school) return [];
    const own = await sentKeysOf(db, ctx.actor, [school.id]);
    const sent = new Set(own.filter((r) => r.first_sent_at !== null).map((r) => sentKey(r.regime_code, r.period_code)));
    const drafts = new Map(own.map((r) => [sentKey(r.regime_code, r.period_code), r]));
    const items = dueFor(
      await regimes.grouped(),
      { code: school.code, kind: school.kind, validFrom: school.valid_from, validTo: school.valid_to },
      { onDate, sent },
    );
    return items.map((i) => {
      const existing = drafts.get(sentKey(i.regimeCode, i.period.code));
      return {
        ...i,
        reportId: existing?.id ?? null,
        reportState: (existing?.state as ReportState | undefined) ?? null,
      };
    });
  }

  /** Open a school's report for a regime and period, pre-filled from its data for the cut-off window. */
  async function create(
    ctx: RequestContext,
    input: { regimeCode: string; periodCode: string; organisationId?: string | undefined },
  ) {
    const organisationId = input.organisationId ?? ctx.actor.organisationId;
    assertCanWrite(ctx.actor, organisationId);
    if (isAcademyRole(ctx.actor.role))
      throw new AppError('FORBIDDEN', 'Báo cáo định kỳ do trường lập; Học viện chỉ tiếp nhận.');
    const versions = (await regimes.grouped()).get(input.regimeCode);
    if (!versions) throw new AppError('BAD_REQUEST', `Không có chế độ báo cáo «${input.regimeCode}».`);
    const { version, period } = periodOf(versions, input.periodCode);
    const school = await findOrganisationRef(db, organisationId);
    if (!school) throw new AppError('BAD_REQUEST', 'Không tìm thấy trường.');
    const ref = { code: school.code, kind: school.kind, validFrom: school.valid_from, validTo: school.valid_to };
    if (!isExpectedReporter(version, ref, period))
      throw new AppError('BAD_REQUEST', `${school.name} không thuộc diện gửi «${version.name}» kỳ ${period.label}.`);
    const existing = await findReportByKey(db, organisationId, version.code, period.code);
    if (existing) throw new AppError('CONFLICT', `Báo cáo ${period.label} đã được lập.`, { id: existing.id });
    const rows = await sourceRowsFor(db, organisationId, period.cutoffTo);
    const { content, problems } = prefillReport(version, period, { code: school.code, kind: school.kind }, rows);
    const now = new Date().toISOString();
    const id = randomUUID();
    await db.transaction().execute(async (trx) => {
      await insertReport(trx, {
        id,
        organisation_id: organisationId,
        regime_code: version.code,
        regime_version: version.version,
        period_code: period.code,
        period_label: period.label,
        deadline: period.deadline,
        revision: 1,
        state: 'draft',
        content_json: JSON.stringify(content),
        approved_hash: null,
        sent_hash: null,
        first_sent_at: null,
        sent_at: null,
        number_symbol: null,
        academy_document_id: null,
        return_comment: null,
        created_by: ctx.actor.userId,
        created_at: now,
        updated_at: now,
      });
      await insertEvent(trx, {
        id: randomUUID(),
        report_id: id,
        organisation_id: organisationId,
        revision: 1,
        action: 'create',
        at: now,
        actor_user_id: ctx.actor.userId,
        comment: null,
        content_hash: null,
      });
      await recordAudit(trx, ctx, {
        action: 'report.created',
        entityType: 'report',
        entityId: id,
        organisationId,
        after: { regime: version.code, version: version.version, period: period.code, unfilled: problems.length },
      });
    });
    return { id, problems };
  }

  /** Change the content of a draft, audited with the cells changed. */
  async function edit(
    ctx: RequestContext,
    id: string,
    change: (r: LoadedReport) => ReportContent,
    action: string,
    detail: unknown,
  ) {
    const loaded = await loadReport(db, regimes, ctx, id);
    assertCanWrite(ctx.actor, loaded.row.organisation_id);
    if (!canEdit(loaded.row.state as ReportState))
      throw new AppError('CONFLICT', 'Chỉ sửa được báo cáo đang soạn; báo cáo đã trình, đã duyệt hoặc đã gửi bị khoá.');
    const content = change(loaded);
    await db.transaction().execute(async (trx) => {
      const ok = await updateReportIf(trx, id, 'draft', {
        content_json: JSON.stringify(content),
        updated_at: new Date().toISOString(),
      });
      if (!ok) throw new AppError('CONFLICT', 'Báo cáo vừa được người khác chuyển trạng thái; tải lại trang.');
      await recordAudit(trx, ctx, {
        action,
        entityType: 'report',
        entityId: id,
        organisationId: loaded.row.organisation_id,
        after: detail,
      });
    });
    return get(ctx, id);
  }

  const setFigures = (ctx: RequestContext, id: string, edits: FigureEdit[]) =>
    edit(
      ctx,
      id,
      ({ content, version, school }) =>
        edits.reduce(
          (c, e) =>
            setFigure(c, version, school.kind, { form: e.form, row: e.row, column: e.column }, e.value, e.reason),
          content,
        ),
      'report.figures_changed',
      { figures: edits },
    );

  const setSections = (ctx: RequestContext, id: string, sections: { code: string; text: string }[]) =>
    edit(
      ctx,
      id,
      ({ content, version }) => sections.reduce((c, s) => setNarrative(c, version, s.code, s.text), content),
      'report.narrative_changed',
      { sections: sections.map((s) => ({ code: s.code, length: s.text.length })) },
    );

  async function refresh(ctx: RequestContext, id: string) {
    const loaded = await loadReport(db, regimes, ctx, id);
    const rows = await sourceRowsFor(db, loaded.row.organisation_id, loaded.period.cutoffTo);
    return edit(
      ctx,
      id,
      ({ content, version, period, school }) => refreshComputed(content, version, period, school.kind, rows),
      'report.recomputed',
      { period: loaded.period.code },
    );
  }

  async function validate(ctx: RequestContext, id: string) {
    const { version, content, school } = await loadReport(db, regimes, ctx, id);
    return validateReport(version, content, school.kind);
  }

  return { get, list, due, create, setFigures, setSections, refresh, validate };
}

export type ReportsService = ReturnType<typeof createReportsService>;
