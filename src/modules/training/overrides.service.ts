/**
 * Overrides: a finding accepted by a decision of the competent level. The decision reference is
 * required (the regulations let only "cấp có thẩm quyền" decide special cases, and that decision must
 * be citable). An override is keyed by class + learner + rule, so it survives re-evaluation; it is
 * revoked, never deleted. Both are audited in the same transaction.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import { recordAudit } from '../audit/audit.ports.ts';
import type { RequestContext } from '../tenancy/actor.ts';
import { assertCanWrite } from '../tenancy/scope.ts';
import { assertOverrider } from './training.policy.ts';
import { overrideKey, presentFinding } from './training.presenter.ts';
import { findClassName, findLearnerName } from './training.repository.ts';
import {
  findFinding,
  findOverride,
  insertOverride,
  loadActiveOverrides,
  revokeOverrideRow,
} from './findings.repository.ts';
import type { OverrideBody } from './training.schemas.ts';

export function checkDecisionReference(text: string | undefined | null): string {
  const value = (text ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!value) throw new AppError('BAD_REQUEST', 'Cần nhập số, ký hiệu và ngày của quyết định cho phép ngoại lệ.');
  if (!/\d/.test(value))
    throw new AppError(
      'BAD_REQUEST',
      'Số, ký hiệu quyết định phải có số hiệu, ví dụ "Quyết định 123/QĐ-TCT ngày 15/9/2025".',
    );
  return value;
}

export function createOverridesService(db: Kysely<DB>) {
  async function overrideFinding(ctx: RequestContext, findingId: string, body: OverrideBody) {
    const finding = await findFinding(db, ctx.actor, findingId);
    if (!finding) throw notFound('Không tìm thấy phát hiện.');
    assertCanWrite(ctx.actor, finding.organisation_id);
    assertOverrider(ctx);
    const decisionReference = checkDecisionReference(body.decisionReference);
    const reason = body.reason?.normalize('NFC').trim() || null;
    const row = {
      id: randomUUID(),
      organisation_id: finding.organisation_id,
      class_id: finding.class_id,
      learner_id: finding.learner_id,
      rule: finding.rule,
      decision_reference: decisionReference,
      reason,
      created_by: ctx.actor.userId,
      created_at: new Date().toISOString(),
      revoked_at: null,
      revoked_by: null,
    };
    await db.transaction().execute(async (trx) => {
      const active = (await loadActiveOverrides(trx, [finding.class_id])).find(
        (o) =>
          overrideKey(o.class_id, o.learner_id, o.rule) ===
          overrideKey(finding.class_id, finding.learner_id, finding.rule),
      );
      if (active) throw new AppError('CONFLICT', `Phát hiện này đã được chấp thuận theo ${active.decision_reference}.`);
      const cls = await findClassName(trx, finding.class_id);
      const learner = finding.learner_id ? await findLearnerName(trx, finding.learner_id) : undefined;
      await insertOverride(trx, row);
      await recordAudit(trx, ctx, {
        action: 'compliance.override.created',
        entityType: 'compliance_override',
        entityId: row.id,
        organisationId: finding.organisation_id,
        after: {
          classCode: cls.code,
          className: cls.name,
          learner: learner ? `${learner.full_name} (${learner.birth_date})` : null,
          rule: finding.rule,
          severity: finding.severity,
          regime: finding.regime,
          message: finding.message,
          decisionReference,
          reason,
        },
      });
    });
    return presentFinding(finding, { ...row, created_by_name: ctx.actor.fullName });
  }

  async function revokeOverride(ctx: RequestContext, overrideId: string, reason?: string) {
    const override = await findOverride(db, ctx.actor, overrideId);
    if (!override) throw notFound('Không tìm thấy quyết định chấp thuận.');
    assertCanWrite(ctx.actor, override.organisation_id);
    assertOverrider(ctx);
    if (override.revoked_at) throw new AppError('CONFLICT', 'Quyết định chấp thuận này đã được thu hồi.');
    const now = new Date().toISOString();
    await db.transaction().execute(async (trx) => {
      if (!(await revokeOverrideRow(trx, overrideId, ctx.actor.userId, now)))
        throw new AppError('CONFLICT', 'Quyết định chấp thuận này đã được thu hồi.');
      await recordAudit(trx, ctx, {
        action: 'compliance.override.revoked',
        entityType: 'compliance_override',
        entityId: overrideId,
        organisationId: override.organisation_id,
        before: override,
        after: { revokedAt: now, reason: reason?.trim() || null },
      });
    });
  }

  return { overrideFinding, revokeOverride };
}

export type OverridesService = ReturnType<typeof createOverridesService>;
