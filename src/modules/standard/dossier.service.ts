/**
 * A school's dossier: dated step records (append-only, audited), its stage as a fold of them
 * (src/standard/lifecycle), the steps the caller may record next, and the answer item 1 of letter 2174
 * reads from it. Every new record is checked by the engine inside the transaction that writes it; a wrong
 * step is a 400 with the engine's Vietnamese message naming what is missing.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/types.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import { vietnamToday } from '../../lib/dates.ts';
import {
  answerFromDossier,
  type DirectiveAnswer,
  recordsFromAnswer,
  checkStep,
  LEVEL_LABELS,
  STAGE_LABELS,
  stateOn,
  STEP_KINDS,
  STEPS,
  type StepRecord,
  TRANSITIONS,
} from '../../standard/index.ts';
import { recordAudit } from '../audit/audit.ports.ts';
import type { RequestContext } from '../tenancy/actor.ts';
import { assertCanWrite } from '../tenancy/scope.ts';
import { catalogueOn, loadCatalogues } from './catalogue.service.ts';
import type { DossierChangedListener, StandardPorts } from './standard.ports.ts';
import { presentRecord, recordOf } from './standard.presenter.ts';
import { assertSchoolWriter, canWriteSchoolSide, sideOf } from './standard.policy.ts';
import { dossierRecords, findSchool, insertDossierRecords, predecessorsOf } from './standard.repository.ts';

type Executor = Kysely<DB> | Transaction<DB>;
export type RecordInput = {
  kind: string;
  date: string;
  data: unknown;
  documents?: { title: string; reference: string | null; fileId: string | null }[] | undefined;
  note?: string | null | undefined;
};

/**
 * Check and append records to a school's dossier inside `trx` (the caller's transaction), with an audit row
 * each. Used by the dossier route, the assessment submission and the directive answer (one truth).
 */
export async function appendRecords(
  trx: Executor,
  ctx: RequestContext,
  organisationId: string,
  records: StepRecord[],
  opts: { side: 'school' | 'academy'; today?: string; listeners?: readonly DossierChangedListener[] } = {
    side: 'school',
  },
): Promise<string[]> {
  const existing = (await dossierRecords(trx, ctx.actor, organisationId)).map(recordOf);
  const today = opts.today ?? vietnamToday();
  const catalogues = await loadCatalogues(trx);
  const ids: string[] = [];
  let dossier = existing;
  for (const record of records) {
    const catalogue = await catalogueOn(trx, record.date);
    const check = checkStep(dossier, record, {
      actor: opts.side,
      today,
      indicatorCodes: new Set(catalogue.items.map((i) => i.code)),
      catalogueIds: new Set(catalogues.map((c) => c.id)),
    });
    if (!check.ok) throw new AppError('BAD_REQUEST', `${check.message}.`, { problems: check.problems });
    const id = randomUUID();
    const row = {
      id,
      organisation_id: organisationId,
      kind: record.kind,
      date: record.date,
      recorded_by: record.recordedBy,
      data_json: JSON.stringify(record.data),
      documents_json: JSON.stringify(record.documents),
      note: record.note,
      illustrative: record.illustrative ? 1 : 0,
      created_by: ctx.actor.userId,
      created_at: new Date().toISOString(),
    };
    await insertDossierRecords(trx, [row]);
    await recordAudit(trx, ctx, {
      action: `standard.dossier.${record.kind}`,
      entityType: 'standard_dossier_record',
      entityId: id,
      organisationId,
      after: { ...record, id, warnings: check.warnings },
    });
    dossier = [...dossier, { ...record, id }];
    ids.push(id);
  }
  const before = answerFromDossier(stateOn(existing));
  const after = answerFromDossier(stateOn(dossier));
  if (JSON.stringify(before) !== JSON.stringify(after))
    for (const listener of opts.listeners ?? []) await listener(trx, ctx, { organisationId, ...after });
  return ids;
}

/** The dossier of a school the actor reads, folded; 404 outside the actor's scope. */
export async function loadDossier(db: Executor, ctx: RequestContext, organisationId: string) {
  const school = await findSchool(db, ctx.actor, organisationId);
  if (!school) throw notFound('Không tìm thấy trường.');
  const rows = await dossierRecords(db, ctx.actor, organisationId);
  return { school, rows, records: rows.map(recordOf) };
}

export function createDossierService(db: Kysely<DB>, listeners: readonly DossierChangedListener[] = []) {
  async function getDossier(ctx: RequestContext, organisationId: string) {
    const { school, rows, records } = await loadDossier(db, ctx, organisationId);
    const state = stateOn(records);
    const side = sideOf(ctx);
    const mayWrite = side === 'academy' || canWriteSchoolSide(ctx.actor.role);
    const nextSteps = STEP_KINDS.filter(
      (kind) =>
        mayWrite &&
        STEPS[kind].recordedBy.includes(side) &&
        TRANSITIONS.some((t) => t.step === kind && t.from.includes(state.stage)),
    ).map((kind) => ({ kind, label: STEPS[kind].label, fields: STEPS[kind].fields }));
    const directive = answerFromDossier(state);
    // A merged school shows its predecessors' recognitions and needs its own appraisal (§6 of the docs).
    const predecessors = await predecessorsOf(db, organisationId);
    const inherited = [];
    for (const p of predecessors) {
      const own = stateOn((await dossierRecords(db, ctx.actor, p.id)).map(recordOf));
      if (own.recognition && own.level)
        inherited.push({ schoolName: p.name, level: own.level, date: own.recognition.date });
    }
    return {
      school: { id: school.id, code: school.code, name: school.name, province: school.province_name },
      stage: state.stage,
      stageLabel: STAGE_LABELS[state.stage],
      level: state.level,
      levelLabel: state.level ? LEVEL_LABELS[state.level] : null,
      registration: state.registration
        ? { targetYear: state.registration.data.targetYear, level: state.registration.data.level }
        : null,
      records: rows.map(presentRecord),
      inherited,
      needsOwnAppraisal: predecessors.length > 0 && state.level === null,
      nextSteps,
      directiveAnswer: { ...directive.answer, incomplete: directive.incomplete },
    };
  }

  async function addRecord(ctx: RequestContext, organisationId: string, input: RecordInput) {
    const side = sideOf(ctx);
    if (!(await findSchool(db, ctx.actor, organisationId))) throw notFound('Không tìm thấy trường.');
    // The Academy writes only its own steps on a school's dossier; schools only theirs.
    assertCanWrite(ctx.actor, organisationId, { academyMayWrite: side === 'academy' });
    if (side === 'school') assertSchoolWriter(ctx);
    if (input.kind === 'self_assessment')
      throw new AppError('BAD_REQUEST', 'Lần tự đánh giá được ghi vào hồ sơ khi nộp bản tự đánh giá.');
    const record = {
      kind: input.kind,
      date: input.date,
      recordedBy: side,
      documents: input.documents ?? [],
      note: input.note ?? null,
      data: input.data,
    } as StepRecord;
    await db.transaction().execute((trx) => appendRecords(trx, ctx, organisationId, [record], { side, listeners }));
    return getDossier(ctx, organisationId);
  }

  return { getDossier, addRecord };
}

export type DossierService = ReturnType<typeof createDossierService>;

/** The ports the directives module uses (standard.ports.ts). */
export function createStandardPorts(dossierChanged: DossierChangedListener[]): StandardPorts {
  const answerOf = (records: StepRecord[]) => {
    const { answer, incomplete } = answerFromDossier(stateOn(records));
    return { answer, incomplete };
  };
  return {
    events: { dossierChanged },
    answerFor: async (db, ctx, organisationId) => answerOf((await loadDossier(db, ctx, organisationId)).records),
    recordAnswer: async (trx, ctx, organisationId, answer: DirectiveAnswer) => {
      const { records } = await loadDossier(trx, ctx, organisationId);
      const today = vietnamToday();
      const side = sideOf(ctx);
      const result = recordsFromAnswer(answer, { state: stateOn(records), answeredOn: today, today, actor: side });
      if (!result.ok) throw new AppError('BAD_REQUEST', `${result.message}.`);
      await appendRecords(trx, ctx, organisationId, result.records, { side, today });
      return answerOf((await loadDossier(trx, ctx, organisationId)).records);
    },
  };
}
