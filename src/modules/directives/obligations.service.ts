/**
 * A school's obligations under directives: one per requirement. The school updates its own (status,
 * typed answer, note, evidence); the Academy reads all. Every change appends an obligation event,
 * which feeds the dashboard's history chart, and an audit row.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/types.ts';
import { notFound } from '../../lib/app-error.ts';
import { vietnamToday } from '../../lib/dates.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import type { RequestContext } from '../tenancy/actor.ts';
import { assertCanWrite, scoped } from '../tenancy/scope.ts';
import { answerTypeOf, validateAnswer, type Answer } from './answer-types.ts';
import type { UpdateObligationBody } from './directives.schemas.ts';

type ObligationJoined = {
  id: string;
  directive_id: string;
  requirement_id: string;
  organisation_id: string;
  status: string;
  deadline: string | null;
  note: string | null;
  answer_json: string | null;
  updated_at: string;
  req_no: number | null;
  req_text: string;
  answer_type: string;
  directive_title: string;
  number_symbol: string | null;
  organisation_name: string;
};

export function presentObligation(row: ObligationJoined, today = vietnamToday()) {
  const answer = row.answer_json ? (JSON.parse(row.answer_json) as Answer) : { stage: row.status };
  const type = answerTypeOf(row.answer_type);
  const stage = type.stages.find((s) => s.code === answer.stage);
  return {
    id: row.id,
    directiveId: row.directive_id,
    directiveTitle: row.directive_title,
    numberSymbol: row.number_symbol,
    requirementId: row.requirement_id,
    requirementNo: row.req_no,
    requirementText: row.req_text,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    status: row.status,
    stage: answer.stage,
    stageLabel: stage?.label ?? answer.stage,
    answerType: row.answer_type,
    stages: type.stages.map((s) => ({ code: s.code, label: s.label, requires: s.requires })),
    answer,
    deadline: row.deadline,
    overdue: Boolean(row.deadline && row.deadline < today && row.status !== 'done'),
    note: row.note,
    updatedAt: row.updated_at,
  };
}

export function createObligationsService(db: Kysely<DB>) {
  function baseQuery(ctx: RequestContext) {
    return scoped(
      db
        .selectFrom('obligations')
        .innerJoin('directive_requirements as r', 'r.id', 'obligations.requirement_id')
        .innerJoin('directives as d', 'd.id', 'obligations.directive_id')
        .innerJoin('organisations as o', 'o.id', 'obligations.organisation_id')
        .select([
          'obligations.id',
          'obligations.directive_id',
          'obligations.requirement_id',
          'obligations.organisation_id',
          'obligations.status',
          'obligations.deadline',
          'obligations.note',
          'obligations.answer_json',
          'obligations.updated_at',
          'r.no as req_no',
          'r.text as req_text',
          'r.answer_type',
          'd.title as directive_title',
          'd.number_symbol',
          'o.name as organisation_name',
        ]),
      ctx.actor,
      'obligations.organisation_id',
    );
  }

  async function listObligations(
    ctx: RequestContext,
    query: { directiveId?: string | undefined; status?: string | undefined; limit: number; offset: number },
  ) {
    let q = baseQuery(ctx);
    if (query.directiveId) q = q.where('obligations.directive_id', '=', query.directiveId);
    if (query.status) q = q.where('obligations.status', '=', query.status);
    const rows = await q.orderBy('obligations.deadline').orderBy('r.ordinal').execute();
    return {
      total: rows.length,
      items: rows.slice(query.offset, query.offset + query.limit).map((r) => presentObligation(r)),
    };
  }

  async function getObligation(ctx: RequestContext, id: string) {
    const row = await baseQuery(ctx).where('obligations.id', '=', id).executeTakeFirst();
    if (!row) throw notFound('Không tìm thấy nhiệm vụ.');
    const events = await db
      .selectFrom('obligation_events')
      .leftJoin('users', 'users.id', 'obligation_events.actor_user_id')
      .select([
        'obligation_events.at',
        'obligation_events.status',
        'obligation_events.stage',
        'obligation_events.note',
        'obligation_events.answer_json',
        'users.full_name',
      ])
      .where('obligation_id', '=', id)
      .orderBy('obligation_events.at')
      .execute();
    const evidence = await db
      .selectFrom('obligation_evidence')
      .innerJoin('document_files as f', 'f.id', 'obligation_evidence.file_id')
      .select(['f.id', 'f.file_name', 'f.size', 'f.created_at'])
      .where('obligation_evidence.obligation_id', '=', id)
      .execute();
    return {
      ...presentObligation(row),
      history: events.map((e) => ({
        at: e.at,
        status: e.status,
        stage: e.stage,
        note: e.note,
        answer: e.answer_json ? JSON.parse(e.answer_json) : null,
        actorName: e.full_name ?? null,
      })),
      evidence: evidence.map((f) => ({ id: f.id, fileName: f.file_name, size: f.size, createdAt: f.created_at })),
    };
  }

  async function updateObligation(
    ctx: RequestContext,
    id: string,
    input: UpdateObligationBody,
    opts: { at?: string } = {},
  ) {
    const row = await baseQuery(ctx).where('obligations.id', '=', id).executeTakeFirst();
    if (!row) throw notFound('Không tìm thấy nhiệm vụ.');
    assertCanWrite(ctx.actor, row.organisation_id);
    const answer: Answer = {
      stage: input.stage,
      approvalDate: input.approvalDate ?? null,
      decisionNumber: input.decisionNumber?.trim() || null,
      targetYear: input.targetYear || null,
    }; // || : a JSON null arrives coerced to 0 (ajv coerceTypes)
    const stage = validateAnswer(row.answer_type, answer, vietnamToday());
    await db.transaction().execute((trx) =>
      applyObligationChange(trx, ctx, row, {
        answer,
        status: stage.status,
        note: input.note ?? row.note,
        at: opts.at,
      }),
    );
    return getObligation(ctx, id);
  }

  return { listObligations, getObligation, updateObligation };
}

/** Write the new state, its history event and the audit row together. Also used by the demo seed. */
export async function applyObligationChange(
  trx: Transaction<DB> | Kysely<DB>,
  ctx: RequestContext | null,
  row: {
    id: string;
    directive_id: string;
    organisation_id: string;
    status: string;
    answer_json: string | null;
    note: string | null;
  },
  change: { answer: Answer; status: string; note: string | null; at?: string | undefined },
): Promise<void> {
  const at = change.at ?? new Date().toISOString();
  const answerJson = JSON.stringify(change.answer);
  await trx
    .updateTable('obligations')
    .set({
      status: change.status,
      answer_json: answerJson,
      note: change.note,
      updated_by: ctx?.actor.userId ?? null,
      updated_at: at,
    })
    .where('id', '=', row.id)
    .execute();
  await trx
    .insertInto('obligation_events')
    .values({
      id: randomUUID(),
      obligation_id: row.id,
      directive_id: row.directive_id,
      organisation_id: row.organisation_id,
      at,
      actor_user_id: ctx?.actor.userId ?? null,
      status: change.status,
      stage: change.answer.stage,
      answer_json: answerJson,
      note: change.note,
    })
    .execute();
  await recordAudit(trx, ctx, {
    action: 'obligation.updated',
    entityType: 'obligation',
    entityId: row.id,
    organisationId: row.organisation_id,
    before: { status: row.status, answer: row.answer_json ? JSON.parse(row.answer_json) : null, note: row.note },
    after: { status: change.status, answer: change.answer, note: change.note },
  });
}
