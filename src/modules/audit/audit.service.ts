/** Reading the audit log (administrators only, within their scope) and the home card about recent changes. */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { AppError } from '../../lib/app-error.ts';
import type { HomeCardProvider } from '../module.ts';
import { ADMIN_ROLES, type RequestContext } from '../tenancy/actor.ts';
import { presentAuditEntry } from './audit.presenter.ts';
import { type AuditFilter, countChangesSince, findAuditEntries, findOrganisationNames } from './audit.repository.ts';

export function createAuditService(db: Kysely<DB>) {
  async function list(ctx: RequestContext, filter: AuditFilter) {
    if (!ADMIN_ROLES.includes(ctx.actor.role))
      throw new AppError('FORBIDDEN', 'Chỉ quản trị viên được xem nhật ký hệ thống.');
    const { rows, total } = await findAuditEntries(db, ctx, filter);
    const orgIds = [...new Set(rows.map((r) => r.organisation_id).filter((x): x is string => Boolean(x)))];
    const orgName = new Map((await findOrganisationNames(db, orgIds)).map((o) => [o.id, o.name]));
    return {
      items: rows.map((r) => presentAuditEntry(r, r.organisation_id ? (orgName.get(r.organisation_id) ?? null) : null)),
      total,
    };
  }

  /** Administrators: how many changes were recorded in their scope in the last 7 days. */
  const homeCards: HomeCardProvider = async (ctx) => {
    if (!ADMIN_ROLES.includes(ctx.actor.role)) return [];
    const since = new Date(Date.now() - 7 * 86_400_000).toISOString();
    const changes = await countChangesSince(db, ctx.actor, since);
    return [{ label: 'Thay đổi trong 7 ngày qua', value: String(changes), href: '/nhat-ky' }];
  };

  return { list, homeCards };
}

export type AuditService = ReturnType<typeof createAuditService>;
