/**
 * Report regimes as versioned data. The shipped regimes (src/reports/regimes) are written to
 * `report_regimes` on first use, idempotently; the Academy designs new regimes or new versions of a
 * regime in the form designer (JSON) or from an XLSX workbook. A new version of an existing regime
 * ends the previous one the day before it takes effect; reports keep the version they were made with.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import { vietnamToday } from '../../lib/dates.ts';
import {
  buildDesignWorkbook,
  checkRegime,
  groupVersions,
  nextVersion,
  parseDesignWorkbook,
  type RegimeVersion,
  SHIPPED_REGIMES,
  UnreadableFileError,
} from '../../reports/index.ts';
import { recordAudit } from '../audit/audit.ports.ts';
import { isAcademyRole, type RequestContext } from '../tenancy/actor.ts';
import {
  endRegimeVersion,
  insertRegime,
  insertRegimeIfMissing,
  listRegimeRows,
  type RegimeRow,
  regimesStamp,
} from './reports.repository.ts';

export type StoredRegime = { id: string; origin: string; createdAt: string; definition: RegimeVersion };

function assertAcademyDesigner(ctx: RequestContext): void {
  if (!isAcademyRole(ctx.actor.role))
    throw new AppError('FORBIDDEN', 'Chỉ cán bộ Học viện được thiết kế chế độ báo cáo.');
}

export function createRegimesService(db: Kysely<DB>) {
  let seeded = false;

  /** Write the shipped regimes that are not stored yet (idempotent; audited as the system). */
  async function ensureShipped(): Promise<void> {
    if (seeded) return;
    const stored = new Set((await listRegimeRows(db)).map((r) => `${r.code}|${r.version}`));
    const missing = SHIPPED_REGIMES.filter((v) => !stored.has(`${v.code}|${v.version}`));
    if (missing.length)
      await db.transaction().execute(async (trx) => {
        for (const v of missing) {
          const id = randomUUID();
          const inserted = await insertRegimeIfMissing(trx, {
            id,
            code: v.code,
            version: v.version,
            name: v.name,
            origin: 'shipped',
            effective_from: v.effectiveFrom,
            effective_to: v.effectiveTo,
            definition_json: JSON.stringify(v),
            created_by: null,
            created_at: new Date().toISOString(),
          });
          if (inserted)
            await recordAudit(trx, null, {
              action: 'report_regime.seeded',
              entityType: 'report_regime',
              entityId: id,
              organisationId: null,
              after: { code: v.code, version: v.version },
            });
        }
      });
    seeded = true;
  }

  /** Parsed versions, kept while the table's stamp (row count, latest creation) is unchanged. */
  let cache: { stamp: string; regimes: StoredRegime[] } | null = null;

  async function stored(): Promise<StoredRegime[]> {
    await ensureShipped();
    const stamp = await regimesStamp(db);
    if (cache?.stamp === stamp) return cache.regimes;
    const regimes = (await listRegimeRows(db)).map((r: RegimeRow) => ({
      id: r.id,
      origin: r.origin,
      createdAt: r.created_at,
      definition: JSON.parse(r.definition_json) as RegimeVersion,
    }));
    cache = { stamp, regimes };
    return regimes;
  }

  async function versions(): Promise<RegimeVersion[]> {
    return (await stored()).map((s) => s.definition);
  }

  async function grouped(): Promise<Map<string, RegimeVersion[]>> {
    return groupVersions(await versions());
  }

  async function get(code: string, version: number): Promise<StoredRegime> {
    const found = (await stored()).find((s) => s.definition.code === code && s.definition.version === version);
    if (!found) throw notFound('Không tìm thấy chế độ báo cáo.');
    return found;
  }

  /**
   * Publish a regime: a new code becomes version 1; an existing code becomes its next version, in
   * effect from `effectiveFrom` (the previous version ends the day before).
   */
  async function save(
    ctx: RequestContext,
    candidate: unknown,
    origin: 'designed' | 'imported',
    effectiveFrom?: string | null,
  ): Promise<RegimeVersion> {
    assertAcademyDesigner(ctx);
    const problems = checkRegime(candidate);
    if (problems.length)
      throw new AppError('BAD_REQUEST', `Chế độ báo cáo chưa hợp lệ: ${problems.slice(0, 3).join('; ')}`, problems);
    const draft = candidate as RegimeVersion;
    const all = await stored();
    const same = all
      .filter((s) => s.definition.code === draft.code)
      .sort((a, b) => a.definition.version - b.definition.version);
    const latest = same.at(-1);
    let next: RegimeVersion;
    let ended: { id: string; definition: RegimeVersion } | null = null;
    if (!latest) {
      next = { ...draft, version: 1, effectiveFrom: effectiveFrom ?? draft.effectiveFrom, effectiveTo: null };
    } else {
      const from =
        effectiveFrom ?? (draft.effectiveFrom > latest.definition.effectiveFrom ? draft.effectiveFrom : vietnamToday());
      if (from <= latest.definition.effectiveFrom)
        throw new AppError(
          'BAD_REQUEST',
          `Phiên bản mới phải có hiệu lực sau ngày ${latest.definition.effectiveFrom} của phiên bản ${latest.definition.version}.`,
        );
      const [previous, created] = nextVersion(latest.definition, draft, from);
      next = created;
      ended = { id: latest.id, definition: previous };
    }
    const recheck = checkRegime(next);
    if (recheck.length) throw new AppError('BAD_REQUEST', `Chế độ báo cáo chưa hợp lệ: ${recheck[0]}`, recheck);
    const id = randomUUID();
    await db.transaction().execute(async (trx) => {
      if (ended) await endRegimeVersion(trx, ended.id, ended.definition.effectiveTo!, JSON.stringify(ended.definition));
      await insertRegime(trx, {
        id,
        code: next.code,
        version: next.version,
        name: next.name,
        origin,
        effective_from: next.effectiveFrom,
        effective_to: next.effectiveTo,
        definition_json: JSON.stringify(next),
        created_by: ctx.actor.userId,
        created_at: new Date().toISOString(),
      });
      await recordAudit(trx, ctx, {
        action: origin === 'imported' ? 'report_regime.imported' : 'report_regime.published',
        entityType: 'report_regime',
        entityId: id,
        organisationId: ctx.actor.organisationId,
        before: ended
          ? { code: next.code, version: ended.definition.version, effectiveTo: ended.definition.effectiveTo }
          : null,
        after: { code: next.code, version: next.version, effectiveFrom: next.effectiveFrom, name: next.name },
      });
    });
    return next;
  }

  async function importXlsx(ctx: RequestContext, buffer: Buffer, effectiveFrom?: string | null) {
    assertAcademyDesigner(ctx);
    let parsed: Awaited<ReturnType<typeof parseDesignWorkbook>>;
    try {
      parsed = await parseDesignWorkbook(buffer);
    } catch (e) {
      if (e instanceof UnreadableFileError) throw new AppError('BAD_REQUEST', 'Không đọc được tệp XLSX.');
      throw e;
    }
    if (!parsed.version) {
      const lines = parsed.errors.map(
        (e) => `${e.sheet}${e.row ? ` dòng ${e.row}` : ''}${e.column ? ` cột ${e.column}` : ''}: ${e.message}`,
      );
      throw new AppError('BAD_REQUEST', `Mẫu thiết kế có ${lines.length} lỗi: ${lines.slice(0, 3).join('; ')}`, lines);
    }
    return save(ctx, parsed.version, 'imported', effectiveFrom);
  }

  async function exportXlsx(code: string, version: number): Promise<Buffer> {
    return buildDesignWorkbook((await get(code, version)).definition);
  }

  return {
    ensureShipped,
    stored,
    versions,
    grouped,
    get,
    save,
    importXlsx,
    exportXlsx,
    template: () => buildDesignWorkbook(),
  };
}

export type RegimesService = ReturnType<typeof createRegimesService>;
