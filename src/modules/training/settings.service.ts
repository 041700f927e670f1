/**
 * Compliance settings: class-size limits per level and mode (C-04, no default: no legal figure was
 * found) and the editable position lists of L-TC-06. The Academy administrator sets network-wide
 * defaults (organisation_id null); a school administrator sets the school's own, which win per
 * level+mode and per list. Every change is audited.
 */
import type { Kysely, Transaction } from 'kysely';
import {
  DEFAULT_POSITION_LISTS,
  PROGRAMME_LEVELS,
  STUDY_MODES,
  parseComplianceConfig,
  type ClassSizeLimit,
  type ComplianceConfig,
} from '../../compliance/index.ts';
import type { DB } from '../../db/types.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import { recordAudit } from '../audit/audit.ports.ts';
import { isAcademyRole, type RequestContext } from '../tenancy/actor.ts';
import { assertCanWrite, canRead } from '../tenancy/scope.ts';
import { findSettingsRow, saveSettingsRow } from './compliance.repository.ts';
import { findOrganisationsByIds } from '../organisations/organisations.ports.ts';
import type { SettingsBody } from './training.schemas.ts';

export const NO_LEGAL_FIGURE_NOTICE = 'Chưa có căn cứ pháp lý về sĩ số tối đa; đơn vị tự cấu hình';
const NETWORK_KEY = 'network';
const MAX_ENTRIES = 1000;

type Executor = Kysely<DB> | Transaction<DB>;
type StoredSettings = {
  classSizeLimits: ClassSizeLimit[];
  positionLists: Record<string, string[]>;
  /** 350-QĐ/TW's effective date and C-01's start, where someone set them (issue 11.4). */
  uncertainDates: UncertainDates;
  updatedAt: string | null;
  updatedBy: string | null;
};

type UncertainDates = { r350EffectiveFrom?: string | null; c01EffectiveFrom?: string | null };
const EMPTY: StoredSettings = {
  classSizeLimits: [],
  positionLists: {},
  uncertainDates: {},
  updatedAt: null,
  updatedBy: null,
};

async function readRow(db: Executor, scopeKey: string): Promise<StoredSettings> {
  const row = await findSettingsRow(db, scopeKey);
  if (!row) return EMPTY;
  return {
    classSizeLimits: JSON.parse(row.class_size_limits_json) as ClassSizeLimit[],
    positionLists: JSON.parse(row.position_lists_json) as Record<string, string[]>,
    uncertainDates: JSON.parse(row.uncertain_dates_json ?? '{}') as UncertainDates,
    updatedAt: row.updated_at,
    updatedBy: row.full_name,
  };
}

/** Network defaults overlaid with the school's own settings. */
export function mergeSettings(network: StoredSettings, own: StoredSettings | null): ComplianceConfig {
  const limits = new Map<string, ClassSizeLimit>();
  for (const limit of [...network.classSizeLimits, ...(own?.classSizeLimits ?? [])])
    limits.set(`${limit.level}|${limit.mode}`, limit);
  return {
    classSizeLimits: [...limits.values()],
    positionLists: { ...network.positionLists, ...(own?.positionLists ?? {}) },
    r350EffectiveFrom: own?.uncertainDates.r350EffectiveFrom ?? network.uncertainDates.r350EffectiveFrom ?? undefined,
    c01EffectiveFrom: own?.uncertainDates.c01EffectiveFrom ?? network.uncertainDates.c01EffectiveFrom ?? null,
  };
}

/** The configuration evaluations of an organisation's classes use, and when it last changed. */
export async function effectiveConfig(
  db: Executor,
  organisationId: string,
): Promise<{ config: ComplianceConfig; updatedAt: string | null }> {
  const [network, own] = await Promise.all([readRow(db, NETWORK_KEY), readRow(db, organisationId)]);
  const updatedAt =
    [network.updatedAt, own.updatedAt]
      .filter((d): d is string => d !== null)
      .sort()
      .at(-1) ?? null;
  return { config: mergeSettings(network, own), updatedAt };
}

function validate(body: SettingsBody): { limits: ClassSizeLimit[]; lists: Record<string, string[]> } {
  const { config, errors } = parseComplianceConfig({
    classSizeLimits: body.classSizeLimits,
    positionLists: body.positionLists,
  });
  const limits = config.classSizeLimits ?? [];
  const seen = new Set<string>();
  for (const limit of limits) {
    const key = `${limit.level}|${limit.mode}`;
    if (seen.has(key))
      errors.push(
        `Trùng giới hạn cho ${PROGRAMME_LEVELS.labels[limit.level]} hệ ${STUDY_MODES.labels[limit.mode].toLowerCase()}.`,
      );
    seen.add(key);
  }
  const lists: Record<string, string[]> = {};
  for (const [id, entries] of Object.entries(config.positionLists ?? {})) {
    const list = DEFAULT_POSITION_LISTS.find((l) => l.id === id);
    if (!list) {
      errors.push(`Không có danh sách chức vụ "${id}".`);
      continue;
    }
    const cleaned = [...new Set(entries.map((e) => e.normalize('NFC').trim()).filter((e) => e.length > 0))];
    if (cleaned.length === 0)
      errors.push(`Danh sách "${list.title}" không được để trống (bỏ tùy chỉnh để dùng danh sách mặc định).`);
    if (cleaned.length > MAX_ENTRIES) errors.push(`Danh sách "${list.title}" quá dài (tối đa ${MAX_ENTRIES} chức vụ).`);
    if (cleaned.some((e) => e.length > 200)) errors.push(`Danh sách "${list.title}" có chức vụ dài quá 200 ký tự.`);
    lists[id] = cleaned;
  }
  if (errors.length) throw new AppError('BAD_REQUEST', errors.join(' '), { errors });
  return { limits, lists };
}

export const UNCERTAIN_DATES_NOTICE =
  'Chưa xác minh: nguồn chưa cho biết ngày Quy định 350-QĐ/TW có hiệu lực (mặc định 29/8/2025, ngày ký) và từ ngày nào trường bộ, ngành phải dừng đào tạo trung cấp (C-01 chỉ kiểm tra từ ngày được cấu hình).';

/** The uncertain dates as sent (undefined: unchanged); C-01 cannot start before 57-QĐ/TW. */
function checkDates(dates: SettingsBody['uncertainDates']): UncertainDates | undefined {
  if (dates === undefined) return undefined;
  if (dates.c01EffectiveFrom && dates.c01EffectiveFrom < '2022-02-08')
    throw new AppError('BAD_REQUEST', 'Ngày bắt đầu C-01 không thể trước ngày Quy định 57-QĐ/TW (08/02/2022).');
  if (dates.r350EffectiveFrom && dates.r350EffectiveFrom < '2025-08-29')
    throw new AppError('BAD_REQUEST', 'Quy định 350-QĐ/TW không thể có hiệu lực trước ngày ký (29/8/2025).');
  return { r350EffectiveFrom: dates.r350EffectiveFrom ?? null, c01EffectiveFrom: dates.c01EffectiveFrom ?? null };
}

export function createSettingsService(db: Kysely<DB>) {
  /** Which settings a request addresses: a school's (its own, or one the Academy reads) or the network's. */
  async function target(ctx: RequestContext, organisationId: string | null | undefined) {
    if (!organisationId) {
      if (isAcademyRole(ctx.actor.role))
        return { scopeKey: NETWORK_KEY, organisationId: null, name: 'Toàn mạng lưới (mặc định của Học viện)' };
      organisationId = ctx.actor.organisationId;
    }
    if (!canRead(ctx.actor, organisationId)) throw notFound();
    const [org] = await findOrganisationsByIds(db, [organisationId]);
    if (!org) throw notFound();
    return { scopeKey: org.id, organisationId: org.id, name: org.name };
  }

  function canEdit(ctx: RequestContext, organisationId: string | null): boolean {
    if (organisationId === null) return ctx.actor.role === 'academy_admin';
    return ctx.actor.role === 'school_admin' && canRead(ctx.actor, organisationId);
  }

  async function getSettings(ctx: RequestContext, organisationId?: string | null) {
    const t = await target(ctx, organisationId);
    const [network, own] = await Promise.all([
      readRow(db, NETWORK_KEY),
      t.organisationId ? readRow(db, t.scopeKey) : Promise.resolve(null),
    ]);
    const mine = own ?? network;
    return {
      scope: t.organisationId ? ('organisation' as const) : ('network' as const),
      organisationId: t.organisationId,
      organisationName: t.name,
      canEdit: canEdit(ctx, t.organisationId),
      notice: NO_LEGAL_FIGURE_NOTICE,
      classSizeLimits: mine.classSizeLimits,
      positionLists: mine.positionLists,
      uncertainDates: {
        r350EffectiveFrom: mine.uncertainDates.r350EffectiveFrom ?? null,
        c01EffectiveFrom: mine.uncertainDates.c01EffectiveFrom ?? null,
        notice: UNCERTAIN_DATES_NOTICE,
      },
      updatedAt: mine.updatedAt,
      updatedByName: mine.updatedBy,
      network: {
        classSizeLimits: network.classSizeLimits,
        positionLists: network.positionLists,
        updatedAt: network.updatedAt,
      },
      effective: mergeSettings(network, own),
      defaultPositionLists: DEFAULT_POSITION_LISTS.map((l) => ({
        id: l.id,
        title: l.title,
        source: l.source,
        entries: [...l.entries],
      })),
      levels: Object.entries(PROGRAMME_LEVELS.labels).map(([code, labelText]) => ({ code, label: labelText })),
      modes: Object.entries(STUDY_MODES.labels).map(([code, labelText]) => ({ code, label: labelText })),
    };
  }

  async function putSettings(ctx: RequestContext, body: SettingsBody) {
    const t = await target(ctx, body.organisationId);
    if (t.organisationId === null) {
      if (ctx.actor.role !== 'academy_admin')
        throw new AppError('FORBIDDEN', 'Chỉ quản trị Học viện được sửa cấu hình chung của mạng lưới.');
    } else {
      assertCanWrite(ctx.actor, t.organisationId);
      if (ctx.actor.role !== 'school_admin')
        throw new AppError('FORBIDDEN', 'Chỉ quản trị trường được sửa cấu hình tuân thủ của trường.');
    }
    const { limits, lists } = validate(body);
    const dates = checkDates(body.uncertainDates);
    const now = new Date().toISOString();
    const row = {
      scope_key: t.scopeKey,
      organisation_id: t.organisationId,
      class_size_limits_json: JSON.stringify(limits),
      position_lists_json: JSON.stringify(lists),
      uncertain_dates_json: dates === undefined ? undefined : JSON.stringify(dates),
      updated_by: ctx.actor.userId,
      updated_at: now,
    };
    await db.transaction().execute(async (trx) => {
      const before = await readRow(trx, t.scopeKey);
      await saveSettingsRow(trx, row, before.updatedAt !== null);
      await recordAudit(trx, ctx, {
        // Network defaults are recorded under the Academy, so its log shows them.
        action: 'training.settings.updated',
        entityType: 'compliance_settings',
        entityId: t.scopeKey,
        organisationId: t.organisationId ?? ctx.actor.organisationId,
        before: {
          classSizeLimits: before.classSizeLimits,
          positionLists: before.positionLists,
          uncertainDates: before.uncertainDates,
        },
        after: { classSizeLimits: limits, positionLists: lists, uncertainDates: dates ?? before.uncertainDates },
      });
    });
    return getSettings(ctx, t.organisationId);
  }

  return { getSettings, putSettings };
}

export type SettingsService = ReturnType<typeof createSettingsService>;
