/** Audit rows → API shape (camelCase, JSON columns parsed). */
import type { findAuditEntries } from './audit.repository.ts';

type AuditRow = Awaited<ReturnType<typeof findAuditEntries>>['rows'][number];

const parse = (s: string | null): unknown => (s ? JSON.parse(s) : null);

export function presentAuditEntry(r: AuditRow, organisationName: string | null) {
  return {
    id: Number(r.id),
    at: r.at,
    actorName: r.actor_name ?? null,
    actorUserId: r.actor_user_id,
    action: r.action,
    entityType: r.entity_type,
    entityId: r.entity_id,
    organisationId: r.organisation_id,
    organisationName,
    before: parse(r.before_json),
    after: parse(r.after_json),
    requestId: r.request_id,
  };
}
