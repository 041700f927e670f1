/**
 * Import of classes and learners from the template: `preview` plans and evaluates without writing;
 * `commit` plans again from the same file and, only when there is no error at all, writes classes,
 * learners, enrolments and findings in ONE transaction with its audit records (all or nothing).
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB, TrainingClassTable } from '../../db/types.ts';
import { AppError } from '../../lib/app-error.ts';
import { recordAudit } from '../audit/audit.ports.ts';
import type { RequestContext } from '../tenancy/actor.ts';
import { assertCanWrite } from '../tenancy/scope.ts';
import { findingRows, learnerRowFromInput } from './evaluation.ts';
import { planImport, type ImportFile, type ImportPlan, type PlannedClass } from './import-plan.ts';
import { type ImportPreview, presentPlan } from './import.presenter.ts';
import { chunks, insertInBatches } from './batch.repository.ts';
import {
  clearClasses,
  deleteLearners,
  findClassByCodeKeys,
  findClassVersion,
  updateClass,
} from './training.repository.ts';
import { assertTrainingWriter } from './training.policy.ts';

export type ImportOptions = { organisationId?: string | undefined; allowUpdates?: boolean | undefined; today?: string };

function classRowOf(c: PlannedClass, evaluatedAt: string): TrainingClassTable {
  return {
    ...c.stored,
    regime: c.evaluation.regime,
    notices_json: JSON.stringify(c.evaluation.notices),
    evaluated_at: evaluatedAt,
  };
}

export function createImportService(db: Kysely<DB>) {
  /** Checked before the upload is read: the target organisation must be the caller's to write. */
  function assertTarget(ctx: RequestContext, organisationId?: string): void {
    assertCanWrite(ctx.actor, organisationId ?? ctx.actor.organisationId);
    assertTrainingWriter(ctx);
  }

  async function plan(ctx: RequestContext, file: ImportFile, opts: ImportOptions): Promise<ImportPlan> {
    const organisationId = opts.organisationId ?? ctx.actor.organisationId;
    assertTarget(ctx, organisationId);
    return planImport(db, ctx, file, {
      organisationId,
      allowUpdates: opts.allowUpdates === true,
      ...(opts.today ? { today: opts.today } : {}),
    });
  }

  async function preview(ctx: RequestContext, file: ImportFile, opts: ImportOptions = {}): Promise<ImportPreview> {
    return presentPlan(await plan(ctx, file, opts));
  }

  async function commit(ctx: RequestContext, file: ImportFile, opts: ImportOptions = {}) {
    const planned = await plan(ctx, file, opts);
    if (planned.errors.length > 0) {
      throw new AppError(
        'UNPROCESSABLE',
        `Tệp có ${planned.errors.length} lỗi: chưa ghi dữ liệu nào. Sửa các lỗi rồi nhập lại.`,
        { errors: planned.errors },
      );
    }
    const importId = randomUUID();
    const at = planned.evaluatedAt;
    const owner = planned.organisationId;
    await db.transaction().execute(async (trx) => {
      const created = planned.classes.filter((c) => c.action === 'create');
      const existing = planned.classes.filter((c) => c.action !== 'create');
      // Someone may have imported in between: refuse rather than overwrite their work.
      for (const part of chunks(created.map((c) => c.stored.code_key))) {
        const clash = await findClassByCodeKeys(trx, owner, part);
        if (clash)
          throw new AppError(
            'CONFLICT',
            `Lớp "${clash.code}" vừa được nhập bởi người khác: hãy xem trước và nhập lại.`,
          );
      }
      for (const c of existing) {
        const now = await findClassVersion(trx, c.id);
        if (!now || now.updated_at !== c.before!.updated_at)
          throw new AppError('CONFLICT', `Lớp "${c.stored.code}" vừa được thay đổi: hãy xem trước và nhập lại.`);
      }
      await insertInBatches(
        trx,
        'training_classes',
        created.map((c) => classRowOf(c, at)),
      );
      for (const c of existing) {
        const { id: _id, created_at: _c, created_by: _b, ...changes } = classRowOf(c, at);
        await updateClass(trx, c.id, changes);
      }
      await clearClasses(
        trx,
        existing.map((c) => c.id),
      );
      await deleteLearners(
        trx,
        existing.flatMap((c) => c.previousLearnerIds),
      );
      await insertInBatches(
        trx,
        'learners',
        planned.classes.flatMap((c) => c.roster.map((l) => learnerRowFromInput(l, owner, l.createdAt ?? at, at))),
      );
      await insertInBatches(
        trx,
        'enrolments',
        planned.classes.flatMap((c) =>
          c.roster.map((l, i) => ({ class_id: c.id, learner_id: l.id, organisation_id: owner, ordinal: i + 1 })),
        ),
      );
      await insertInBatches(
        trx,
        'compliance_findings',
        planned.classes.flatMap((c) => findingRows(c.evaluation, c.id, owner, c.roster, at)),
      );
      for (const c of planned.classes.filter((x) => x.action === 'update')) {
        await recordAudit(trx, ctx, {
          action: 'training.class.updated',
          entityType: 'training_class',
          entityId: c.id,
          organisationId: owner,
          before: { ...c.before, removedLearners: c.removed.map((l) => `${l.full_name} (${l.birth_date})`) },
          after: { ...c.stored, importId },
        });
      }
      const summary = presentPlan(planned).totals;
      await recordAudit(trx, ctx, {
        action: 'training.imported',
        entityType: 'training_import',
        entityId: importId,
        organisationId: owner,
        after: {
          fileName: planned.fileName,
          allowUpdates: planned.allowUpdates,
          ...summary,
          classesCreated: created.map((c) => c.stored.code),
          classesUpdated: existing.filter((c) => c.action === 'update').map((c) => c.stored.code),
          learnersAddedToClasses: existing.filter((c) => c.action === 'add_learners').map((c) => c.stored.code),
        },
      });
    });
    const result = presentPlan(planned);
    return { importId, ...result, classes: result.classes.map((c, i) => ({ ...c, id: planned.classes[i]!.id })) };
  }

  return { assertTarget, preview, commit };
}

export type ImportService = ReturnType<typeof createImportService>;
