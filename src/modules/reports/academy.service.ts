/**
 * The Academy's views of periodic reports: the regime × period × school matrix of completeness and
 * timeliness (reporting rate, on-time rate; late and missing marked), its XLSX, the figures aggregated
 * across schools with drill-down, and the aggregate report as a DOCX draft. Academy roles only.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { AppError } from '../../lib/app-error.ts';
import { addDays, vietnamToday } from '../../lib/dates.ts';
import { regionOfProvince } from '../../network/regions.ts';
import {
  aggregateFigures,
  buildAggregateDocx,
  buildTimelinessXlsx,
  cellLabel,
  periodsOfRegime,
  type ReportContent,
  type SchoolRef,
  timelinessMatrix,
} from '../../reports/index.ts';
import { isAcademyRole, type RequestContext } from '../tenancy/actor.ts';
import type { RegimesService } from './regimes.service.ts';
import { periodOf } from './reports.context.ts';
import { listReportingOrganisations, sentRevisionsOf, submissionsOf } from './reports.repository.ts';

function assertAcademy(ctx: RequestContext): void {
  if (!isAcademyRole(ctx.actor.role))
    throw new AppError('FORBIDDEN', 'Chỉ Học viện xem được tình hình báo cáo của các trường.');
}

export type MatrixOptions = { regimeCode: string; from?: string; to?: string; asOf?: string; kind?: string };

export function createAcademyService(db: Kysely<DB>, regimes: RegimesService) {
  async function schools(kind?: string): Promise<(SchoolRef & { id: string })[]> {
    return (await listReportingOrganisations(db))
      .filter((o) => !kind || o.kind === kind)
      .map((o) => {
        const region = regionOfProvince(o.province_code);
        return {
          id: o.id,
          code: o.code,
          name: o.name,
          kind: o.kind,
          validFrom: o.valid_from,
          validTo: o.valid_to,
          regionCode: region?.code ?? null,
          regionName: region?.name ?? null,
        };
      });
  }

  async function versionsOf(code: string) {
    const versions = (await regimes.grouped()).get(code);
    if (!versions) throw new AppError('BAD_REQUEST', `Không có chế độ báo cáo «${code}».`);
    return versions;
  }

  async function buildMatrix(ctx: RequestContext, o: MatrixOptions) {
    assertAcademy(ctx);
    const asOf = o.asOf ?? vietnamToday();
    const versions = await versionsOf(o.regimeCode);
    const periods = periodsOfRegime(versions, { from: o.from ?? addDays(asOf, -730), to: o.to ?? addDays(asOf, 92) });
    const submissions = await submissionsOf(
      db,
      o.regimeCode,
      periods.map((p) => p.code),
    );
    return timelinessMatrix({
      periods: periods.map((period) => ({
        version: versions.find((v) => v.version === period.regimeVersion)!,
        period,
      })),
      schools: await schools(o.kind),
      submissions: submissions.map((s) => ({
        regimeCode: s.regime_code,
        periodCode: s.period_code,
        organisationCode: s.organisation_code,
        firstSentAt: s.first_sent_at,
        state: s.state as never,
        revision: s.revision,
      })),
      asOf,
    });
  }

  async function matrix(ctx: RequestContext, o: MatrixOptions) {
    const m = await buildMatrix(ctx, o);
    const rates = <
      T extends {
        expected: number;
        received: number;
        onTime: number;
        reportingRate: number | null;
        onTimeRate: number | null;
      },
    >(
      r: T,
    ) => ({
      expected: r.expected,
      received: r.received,
      onTime: r.onTime,
      reportingRate: r.reportingRate,
      onTimeRate: r.onTimeRate,
    });
    return {
      asOf: m.asOf,
      columns: m.columns.map((c) => ({
        ...rates(c),
        regimeCode: c.regimeCode,
        periodCode: c.period.code,
        periodLabel: c.period.label,
        deadline: c.period.deadline,
        due: c.due,
      })),
      // Schools expected for none of the periods shown are left out.
      schools: m.schools
        .filter((s) => s.cells.some((c) => c.status !== 'not_expected'))
        .map((s) => ({
          ...rates(s),
          code: s.school.code,
          name: s.school.name,
          kind: String(s.school.kind),
          cells: s.cells,
        })),
      totals: rates(m.totals),
    };
  }

  async function matrixXlsx(ctx: RequestContext, o: MatrixOptions): Promise<Buffer> {
    const m = await buildMatrix(ctx, o);
    const versions = await versionsOf(o.regimeCode);
    return buildTimelinessXlsx(m, `Tình hình gửi ${versions.at(-1)!.name}`);
  }

  async function aggregateData(ctx: RequestContext, regimeCode: string, periodCode: string) {
    assertAcademy(ctx);
    const { version, period } = periodOf(await versionsOf(regimeCode), periodCode);
    const all = await schools();
    const byId = new Map(all.map((s) => [s.id, s]));
    const latest = new Map<string, { content: string; organisationId: string }>();
    for (const r of await sentRevisionsOf(db, version.code, period.code))
      if (r.state === 'sent' || r.state === 'accepted')
        latest.set(r.report_id, { content: r.content_json, organisationId: r.organisation_id });
    const reports = [...latest.values()].flatMap((r) => {
      const school = byId.get(r.organisationId);
      const content = JSON.parse(r.content) as ReportContent;
      return school && content.regimeVersion === version.version ? [{ school, content }] : [];
    });
    return { version, period, aggregate: aggregateFigures(version, period.code, reports) };
  }

  async function aggregate(ctx: RequestContext, regimeCode: string, periodCode: string) {
    const { version, period, aggregate: a } = await aggregateData(ctx, regimeCode, periodCode);
    return {
      regimeCode: a.regimeCode,
      regimeVersion: a.regimeVersion,
      periodCode: a.periodCode,
      periodLabel: period.label,
      reports: a.reports,
      cells: a.cells.map((c) => {
        const form = version.forms.find((f) => f.code === c.form)!;
        return {
          ...c,
          label: cellLabel(
            form,
            form.rows.find((r) => r.code === c.row)!,
            form.columns.find((col) => col.code === c.column)!,
          ),
        };
      }),
    };
  }

  async function aggregateDocx(ctx: RequestContext, regimeCode: string, periodCode: string): Promise<Buffer> {
    const { version, period, aggregate: a } = await aggregateData(ctx, regimeCode, periodCode);
    const m = await buildMatrix(ctx, { regimeCode, from: period.cutoffTo, to: period.cutoffTo });
    const column = m.columns.find((c) => c.period.code === period.code) ?? m.totals;
    return buildAggregateDocx({ version, period, aggregate: a, completeness: column });
  }

  return { matrix, matrixXlsx, aggregate, aggregateDocx, schools };
}

export type AcademyService = ReturnType<typeof createAcademyService>;
