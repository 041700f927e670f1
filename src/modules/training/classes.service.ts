/**
 * Classes: the list (filters by level, mode, opening year, host; pagination), one class with its
 * learners and their findings, and re-evaluation with the current settings (findings replaced,
 * audited). A school sees and writes its own classes; the Academy reads all of them.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { notFound } from '../../lib/app-error.ts';
import { recordAudit } from '../audit/audit.ports.ts';
import { isAcademyRole, type Actor, type RequestContext } from '../tenancy/actor.ts';
import { assertCanWrite, canRead } from '../tenancy/scope.ts';
import { classInputFromRow, evaluateStored, findingRows, learnerInputFromRow } from './evaluation.ts';
import { effectiveConfig } from './settings.service.ts';
import { canOverride, canWriteTraining, assertTrainingWriter } from './training.policy.ts';
import {
  overrideKey,
  parseNotices,
  presentClassSummary,
  presentFinding,
  presentLearner,
  type FindingView,
} from './training.presenter.ts';
import { countClassFindings, countsByClass, findClassFindings, loadActiveOverrides } from './findings.repository.ts';
import { findClass, listClasses as findClassPage, loadRosters, replaceFindings } from './training.repository.ts';
import type { ListClassesQuery } from './training.schemas.ts';

/** May the actor change this organisation's training data (its own school, or the Academy's own classes)? */
export function writableBy(actor: Actor, organisationId: string): boolean {
  return canRead(actor, organisationId) && (!isAcademyRole(actor.role) || organisationId === actor.organisationId);
}

const bySeverityThenRule = (a: FindingView, b: FindingView) =>
  Number(a.override !== null) - Number(b.override !== null) ||
  (a.severity === b.severity ? 0 : a.severity === 'blocking' ? -1 : 1) ||
  a.rule.localeCompare(b.rule);

export function createClassesService(db: Kysely<DB>) {
  async function listClasses(ctx: RequestContext, query: ListClassesQuery & { limit: number; offset: number }) {
    const { rows, total, hosts, years } = await findClassPage(db, ctx.actor, query, query);
    const counts = await countsByClass(
      db,
      rows.map((r) => r.id),
    );
    return {
      items: rows.map((r) => presentClassSummary(r, counts.get(r.id)!)),
      total,
      facets: {
        hosts: hosts.map((h) => ({ code: h.host_code, name: h.host_name })),
        years: years.sort((a, b) => b - a),
      },
    };
  }

  async function getClass(ctx: RequestContext, id: string) {
    const row = await findClass(db, ctx.actor, id);
    if (!row) throw notFound('Không tìm thấy lớp học.');
    const roster = (await loadRosters(db, [id])).get(id) ?? [];
    const findingRowsStored = await findClassFindings(db, id);
    const overrides = new Map(
      (await loadActiveOverrides(db, [id])).map((o) => [overrideKey(o.class_id, o.learner_id, o.rule), o]),
    );
    const findings = findingRowsStored.map((f) =>
      presentFinding(f, overrides.get(overrideKey(f.class_id, f.learner_id, f.rule))),
    );
    const byLearner = new Map<string, FindingView[]>();
    for (const f of findings) if (f.learnerId) byLearner.set(f.learnerId, [...(byLearner.get(f.learnerId) ?? []), f]);
    const { config, updatedAt } = await effectiveConfig(db, row.organisation_id);
    const limit = config.classSizeLimits?.find((l) => l.level === row.level && l.mode === row.mode)?.max ?? null;
    const writable = writableBy(ctx.actor, row.organisation_id);
    const open = findings.filter((f) => f.override === null);
    return {
      class: {
        ...presentClassSummary(row, {
          size: roster.length,
          blocking: open.filter((f) => f.severity === 'blocking').length,
          warning: open.filter((f) => f.severity === 'warning').length,
          overridden: findings.length - open.length,
        }),
        partnerCode: row.partner_code,
        notices: parseNotices(row.notices_json),
        classSize: {
          enrolled: roster.length,
          limit,
          configured: limit !== null,
          exceeded: limit !== null && roster.length > limit,
        },
        settingsChangedSinceEvaluation: Boolean(updatedAt && row.evaluated_at && updatedAt > row.evaluated_at),
      },
      classFindings: findings.filter((f) => f.learnerId === null).sort(bySeverityThenRule),
      learners: roster.map((l) => ({
        ...presentLearner(l),
        findings: (byLearner.get(l.id) ?? []).sort(bySeverityThenRule),
      })),
      permissions: {
        evaluate: writable && canWriteTraining(ctx.actor.role),
        override: writable && canOverride(ctx.actor.role),
      },
    };
  }

  async function evaluateClass(ctx: RequestContext, id: string) {
    const row = await findClass(db, ctx.actor, id);
    if (!row) throw notFound('Không tìm thấy lớp học.');
    assertCanWrite(ctx.actor, row.organisation_id);
    assertTrainingWriter(ctx);
    const { organisation_name: _name, ...stored } = row;
    const roster = ((await loadRosters(db, [id])).get(id) ?? []).map(learnerInputFromRow);
    const { config } = await effectiveConfig(db, row.organisation_id);
    const evaluation = evaluateStored(classInputFromRow(stored), roster, config);
    const at = new Date().toISOString();
    const rows = findingRows(evaluation, id, row.organisation_id, roster, at);
    await db.transaction().execute(async (trx) => {
      const before = await countClassFindings(trx, id);
      await replaceFindings(trx, id, rows, {
        regime: evaluation.regime,
        notices_json: JSON.stringify(evaluation.notices),
        evaluated_at: at,
      });
      const tally = (list: { rule: string; severity: string; n: number }[]) =>
        Object.fromEntries(list.map((x) => [`${x.rule} (${x.severity})`, Number(x.n)]));
      const after = new Map<string, { rule: string; severity: string; n: number }>();
      for (const f of rows) {
        const key = `${f.rule}|${f.severity}`;
        after.set(key, { rule: f.rule, severity: f.severity, n: (after.get(key)?.n ?? 0) + 1 });
      }
      await recordAudit(trx, ctx, {
        action: 'training.class.evaluated',
        entityType: 'training_class',
        entityId: id,
        organisationId: row.organisation_id,
        before: { regime: row.regime, evaluatedAt: row.evaluated_at, findings: tally(before) },
        after: {
          regime: evaluation.regime,
          evaluatedAt: at,
          findings: tally([...after.values()]),
          classSizeLimit: evaluation.classSize.limit,
        },
      });
    });
    return getClass(ctx, id);
  }

  return { listClasses, getClass, evaluateClass };
}

export type ClassesService = ReturnType<typeof createClassesService>;
