/**
 * The Academy's view of one directive: a school × requirement matrix, counts per stage and milestone
 * ("26/63 đã phê duyệt đề án"), delivery states, and the history of changes over time.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import { vietnamToday } from '../../lib/dates.ts';
import { vietnameseCollator } from '../../lib/vn.ts';
import { namesOn } from '../../network/names.ts';
import { regionOfProvince } from '../../network/regions.ts';
import { findSuccessionLinks } from '../organisations/organisations.ports.ts';
import { isAcademyRole, type RequestContext } from '../tenancy/actor.ts';
import { answerTypeOf, type Answer } from './answer-types.ts';
import { AUDIENCE_LABELS, type Audience, inAudience } from './audience.ts';
import { answerOf, isOverdue } from './directives.presenter.ts';
import { findDirective, findRecipients, findRequirements, receivedInScope } from './directives.repository.ts';
import { findDirectiveEvents, findDirectiveObligations } from './obligations.repository.ts';
import { EDXML_STATUS_LABELS } from './status-codes.ts';

export type DashboardFilter = { region?: string | undefined; kind?: string | undefined; asOf?: string | undefined };

export function createDashboardService(db: Kysely<DB>) {
  async function loadDirective(ctx: RequestContext, id: string) {
    const directive = await findDirective(db, id);
    if (!directive) throw notFound('Không tìm thấy chỉ đạo.');
    if (!isAcademyRole(ctx.actor.role)) {
      // A school that received it learns the dashboard is the Academy's; any other school, that it does not exist.
      if (!(await receivedInScope(db, ctx.actor, id))) throw notFound('Không tìm thấy chỉ đạo.');
      throw new AppError('FORBIDDEN', 'Bảng theo dõi toàn mạng lưới chỉ dành cho Học viện.');
    }
    return directive;
  }

  /** The recipients the filter keeps (region, school type), named as on the directive's date, in Vietnamese order. */
  async function filteredRecipients(id: string, issuedDate: string, filter: DashboardFilter) {
    return (await findRecipients(db, id, filter.kind))
      .map((r) => {
        const names = namesOn(r, issuedDate);
        return { ...r, name: names.name, province_name: names.provinceName, region: regionOfProvince(r.province_code) };
      })
      .filter((r) => !filter.region || r.region?.code === filter.region)
      .sort((a, b) => vietnameseCollator.compare(a.province_name ?? a.name, b.province_name ?? b.name));
  }

  async function getDashboard(ctx: RequestContext, id: string, filter: DashboardFilter) {
    const directive = await loadDirective(ctx, id);
    const today = filter.asOf ?? vietnamToday();
    const requirements = await findRequirements(db, id);
    // names as they were on the directive's date (Thừa Thiên Huế in 2022, thành phố Huế from 2025)
    const recipients = await filteredRecipients(id, directive.issued_date, filter);
    const obligations = await findDirectiveObligations(db, id);
    const { successors } = await findSuccessionLinks(
      db,
      recipients.map((r) => r.organisation_id),
    );
    const cellOf = new Map(obligations.map((o) => [`${o.organisation_id}:${o.requirement_id}`, o]));
    const included = new Set(recipients.map((r) => r.organisation_id));

    const requirementSummaries = requirements.map((req) => {
      const type = answerTypeOf(req.answer_type);
      const stageCounts: Record<string, number> = Object.fromEntries(type.stages.map((s) => [s.code, 0]));
      const milestoneCounts: Record<string, number> = Object.fromEntries(
        Object.keys(type.milestones).map((m) => [m, 0]),
      );
      let overdue = 0;
      let illustrative = 0;
      // the requirement's own audience among the recipients shown: the denominator of "26/63"
      const audienceCount = recipients.filter((r) => inAudience(req, { id: r.organisation_id, kind: r.kind })).length;
      for (const o of obligations) {
        if (o.requirement_id !== req.id || !included.has(o.organisation_id)) continue;
        if (o.illustrative) illustrative++;
        const stageCode = answerOf(o.answer_json, o.status).stage;
        stageCounts[stageCode] = (stageCounts[stageCode] ?? 0) + 1;
        for (const m of type.stages.find((s) => s.code === stageCode)?.milestones ?? [])
          milestoneCounts[m] = (milestoneCounts[m] ?? 0) + 1;
        if (isOverdue(o.deadline, o.status, today)) overdue++;
      }
      return {
        id: req.id,
        no: req.no,
        text: req.text,
        deadline: req.deadline,
        answerType: req.answer_type,
        answerTypeLabel: type.label,
        audience: req.audience,
        audienceLabel: AUDIENCE_LABELS[req.audience as Audience] ?? req.audience,
        audienceCount,
        illustrative,
        stages: type.stages.map((s) => ({
          code: s.code,
          label: s.label,
          status: s.status,
          count: stageCounts[s.code] ?? 0,
        })),
        milestones: Object.entries(type.milestones).map(([code, label]) => ({
          code,
          label,
          count: milestoneCounts[code] ?? 0,
          headline: `${milestoneCounts[code] ?? 0}/${audienceCount} ${label}`,
        })),
        overdue,
      };
    });

    const schools = recipients.map((r) => ({
      organisationId: r.organisation_id,
      name: r.name,
      kind: r.kind,
      provinceName: r.province_name,
      region: r.region?.name ?? null,
      statusCode: r.status_code,
      statusLabel: EDXML_STATUS_LABELS[r.status_code] ?? r.status_code,
      arrivedAt: r.arrived_at,
      registeredAt: r.registered_at,
      doneAt: r.done_at,
      successors: successors.get(r.organisation_id) ?? [],
      cells: requirements.map((req) => {
        const o = cellOf.get(`${r.organisation_id}:${req.id}`);
        const answer = o?.answer_json ? (JSON.parse(o.answer_json) as Answer) : null;
        const stage = answerTypeOf(req.answer_type).stages.find((s) => s.code === answer?.stage);
        return o
          ? {
              requirementId: req.id,
              obligationId: o.id,
              status: o.status,
              stage: answer?.stage ?? o.status,
              stageLabel: stage?.label ?? o.status,
              answer,
              overdue: isOverdue(o.deadline, o.status, today),
              illustrative: Boolean(o.illustrative),
              updatedAt: o.updated_at,
            }
          : null;
      }),
    }));
    const deliveryCounts: Record<string, number> = {};
    for (const r of recipients) deliveryCounts[r.status_code] = (deliveryCounts[r.status_code] ?? 0) + 1;
    return {
      directive: {
        id: directive.id,
        title: directive.title,
        numberSymbol: directive.number_symbol,
        issuedDate: directive.issued_date,
        status: directive.status,
      },
      asOf: today,
      schoolCount: recipients.length,
      requirements: requirementSummaries,
      schools,
      delivery: Object.entries(deliveryCounts).map(([code, count]) => ({
        code,
        label: EDXML_STATUS_LABELS[code] ?? code,
        count,
      })),
    };
  }

  /**
   * Milestone counts over time, replayed from obligation events; at most ~60 points. The same region and
   * school-type filter as the matrix, so the chart tells the story of the schools shown.
   */
  async function getHistory(ctx: RequestContext, id: string, filter: DashboardFilter = {}) {
    const directive = await loadDirective(ctx, id);
    const requirements = await findRequirements(db, id);
    const included = new Set(
      (await filteredRecipients(id, directive.issued_date, filter)).map((r) => r.organisation_id),
    );
    const obligations = (await findDirectiveObligations(db, id)).filter((o) => included.has(o.organisation_id));
    const obligationReq = new Map(obligations.map((o) => [o.id, o.requirement_id]));
    const events = (await findDirectiveEvents(db, id)).filter((e) => obligationReq.has(e.obligation_id));
    const days = [...new Set(events.map((e) => e.at.slice(0, 10)))].sort();
    const step = Math.max(1, Math.ceil(days.length / 60));
    const sampleDays = days.filter((_, i) => i % step === 0 || i === days.length - 1);
    const series = requirements.map((req) => {
      const type = answerTypeOf(req.answer_type);
      const current = new Map<string, string>();
      const points: { date: string; counts: Record<string, number> }[] = [];
      let e = 0;
      for (const day of sampleDays) {
        while (e < events.length && events[e]!.at.slice(0, 10) <= day) {
          const ev = events[e++]!;
          if (obligationReq.get(ev.obligation_id) === req.id) current.set(ev.obligation_id, ev.stage ?? ev.status);
        }
        const counts: Record<string, number> = Object.fromEntries(Object.keys(type.milestones).map((m) => [m, 0]));
        for (const stageCode of current.values())
          for (const m of type.stages.find((s) => s.code === stageCode)?.milestones ?? [])
            counts[m] = (counts[m] ?? 0) + 1;
        points.push({ date: day, counts });
      }
      return {
        requirementId: req.id,
        no: req.no,
        milestones: Object.entries(type.milestones).map(([code, label]) => ({ code, label })),
        points,
      };
    });
    return { series };
  }

  return { getDashboard, getHistory };
}

export type DashboardService = ReturnType<typeof createDashboardService>;
