/**
 * Per-school direction settings (issue 16): the leader a clerk usually presents to — preselected in
 * "Vào sổ và trình" — and the stock bút phê phrases a leader picks from. Without a setting the usual
 * leader is the one last presented to, else the only active leader; the phrases are TCT's defaults.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import { recordAudit } from '../audit/audit.ports.ts';
import type { RequestContext } from '../tenancy/actor.ts';
import { assertCanWrite, canRead } from '../tenancy/scope.ts';
import {
  findActiveLeaders,
  findDirectionSettings,
  findLastPresentedLeader,
  upsertDirectionSettings,
} from './direction-settings.repository.ts';
import { LEADER_ROLES } from './tasks.policy.ts';
import type { DirectionSettingsBody } from './direction-settings.schemas.ts';

/** TCT's stock phrases (product defaults, not a regulation); a school replaces them in its settings. */
export const DEFAULT_PHRASES = [
  'Giao chủ trì, tham mưu triển khai thực hiện; báo cáo kết quả đúng hạn.',
  'Đề nghị các bộ phận liên quan nghiên cứu, phối hợp thực hiện.',
  'Phổ biến đến toàn thể cán bộ, giáo viên, nhân viên để biết và thực hiện.',
  'Khẩn trương thực hiện, báo cáo kết quả trước hạn.',
  'Đồng ý. Triển khai theo đúng quy định.',
  'Lưu hồ sơ, các bộ phận để biết.',
];

const EDIT_ROLES = ['school_admin', 'leader', 'academy_admin'];

function parsePhrases(json: string | undefined): string[] | null {
  if (!json) return null;
  try {
    const value = JSON.parse(json);
    return Array.isArray(value) && value.length ? value.map(String) : null;
  } catch {
    return null;
  }
}

export function createDirectionSettingsService(db: Kysely<DB>) {
  async function resolve(organisationId: string) {
    const [row, leaders] = await Promise.all([
      findDirectionSettings(db, organisationId),
      findActiveLeaders(db, organisationId, LEADER_ROLES),
    ]);
    const active = new Set(leaders.map((l) => l.id));
    const last = await findLastPresentedLeader(db, organisationId);
    let usualLeaderId: string | null = null;
    let usualLeaderSource: 'setting' | 'last' | 'only' | null = null;
    if (row?.usual_leader_id && active.has(row.usual_leader_id)) {
      usualLeaderId = row.usual_leader_id;
      usualLeaderSource = 'setting';
    } else if (last && active.has(last)) {
      usualLeaderId = last;
      usualLeaderSource = 'last';
    } else if (leaders.length === 1) {
      usualLeaderId = leaders[0]!.id;
      usualLeaderSource = 'only';
    }
    const phrases = parsePhrases(row?.phrases_json);
    return {
      organisationId,
      usualLeaderId,
      usualLeaderSource,
      configuredLeaderId: row?.usual_leader_id ?? null,
      leaders: leaders.map((l) => ({ id: l.id, fullName: l.full_name, title: l.title })),
      phrases: phrases ?? DEFAULT_PHRASES,
      phrasesAreDefault: !phrases,
      updatedAt: row?.updated_at ?? null,
    };
  }

  async function get(ctx: RequestContext, organisationId: string | undefined) {
    const id = organisationId ?? ctx.actor.organisationId;
    if (!canRead(ctx.actor, id)) throw notFound();
    return resolve(id);
  }

  async function update(ctx: RequestContext, input: DirectionSettingsBody) {
    const id = input.organisationId ?? ctx.actor.organisationId;
    assertCanWrite(ctx.actor, id);
    if (!EDIT_ROLES.includes(ctx.actor.role))
      throw new AppError('FORBIDDEN', 'Chỉ lãnh đạo hoặc quản trị viên được thay đổi thiết lập chỉ đạo.');
    const before = await findDirectionSettings(db, id);
    if (input.usualLeaderId) {
      const leaders = await findActiveLeaders(db, id, LEADER_ROLES);
      if (!leaders.some((l) => l.id === input.usualLeaderId))
        throw new AppError('BAD_REQUEST', 'Người nhận trình thường xuyên phải là lãnh đạo đang hoạt động của đơn vị.');
    }
    const phrases = input.phrases?.map((p) => p.trim()).filter(Boolean);
    const row = {
      organisation_id: id,
      usual_leader_id: input.usualLeaderId !== undefined ? input.usualLeaderId : (before?.usual_leader_id ?? null),
      phrases_json: phrases !== undefined ? JSON.stringify(phrases) : (before?.phrases_json ?? '[]'),
      updated_by: ctx.actor.userId,
      updated_at: new Date().toISOString(),
    };
    await db.transaction().execute(async (trx) => {
      await upsertDirectionSettings(trx, row);
      await recordAudit(trx, ctx, {
        action: 'direction_settings.updated',
        entityType: 'direction_settings',
        entityId: id,
        organisationId: id,
        before: before ?? null,
        after: row,
      });
    });
    return resolve(id);
  }

  return { get, update };
}

export type DirectionSettingsService = ReturnType<typeof createDirectionSettingsService>;
