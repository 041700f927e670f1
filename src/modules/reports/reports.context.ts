/** Loading a report with what every operation on it needs: its regime version, period and school. */
import { AppError, notFound } from '../../lib/app-error.ts';
import { findPeriod, type Period, type RegimeVersion, type ReportContent } from '../../reports/index.ts';
import type { RequestContext } from '../tenancy/actor.ts';
import type { RegimesService } from './regimes.service.ts';
import { type Db, findOrganisationRef, findScopedReport, type ReportRow } from './reports.repository.ts';

export type LoadedReport = {
  row: ReportRow;
  version: RegimeVersion;
  period: Period;
  content: ReportContent;
  school: NonNullable<Awaited<ReturnType<typeof findOrganisationRef>>>;
};

/** The period of a regime by code, in the version it belongs to (the version in force on its cut-off's end). */
export function periodOf(
  versions: readonly RegimeVersion[],
  periodCode: string,
): { version: RegimeVersion; period: Period } {
  for (const version of versions) {
    const period = findPeriod(version, periodCode);
    if (period && period.regimeVersion === version.version) return { version, period };
  }
  throw new AppError('BAD_REQUEST', `Chế độ báo cáo không có kỳ «${periodCode}».`);
}

export async function loadReport(
  db: Db,
  regimes: RegimesService,
  ctx: RequestContext,
  id: string,
): Promise<LoadedReport> {
  const row = await findScopedReport(db, ctx.actor, id);
  if (!row) throw notFound('Không tìm thấy báo cáo.');
  const version = (await regimes.get(row.regime_code, row.regime_version)).definition;
  const period = findPeriod(version, row.period_code);
  if (!period) throw notFound('Không tìm thấy kỳ báo cáo.');
  const school = await findOrganisationRef(db, row.organisation_id);
  if (!school) throw notFound('Không tìm thấy trường.');
  return { row, version, period, content: JSON.parse(row.content_json) as ReportContent, school };
}
