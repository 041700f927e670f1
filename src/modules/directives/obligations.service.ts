/**
 * A school's obligations under directives: one per requirement. The school updates its own (status,
 * typed answer, note, evidence); the Academy reads all. Every change appends an obligation event,
 * which feeds the dashboard's history chart, and an audit row.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { DB, ObligationStatusValue } from '../../db/types.ts';
import { notFound } from '../../lib/app-error.ts';
import { vietnamToday } from '../../lib/dates.ts';
import type { DirectiveAnswer } from '../../standard/index.ts';
import { recordAudit } from '../audit/audit.ports.ts';
import type { StandardPorts } from '../standard/standard.ports.ts';
import type { RequestContext } from '../tenancy/actor.ts';
import { assertCanWrite } from '../tenancy/scope.ts';
import { type Answer, validateAnswer } from './answer-types.ts';
import { presentEvidenceFile, presentObligation, presentObligationEvent } from './directives.presenter.ts';
import type { UpdateObligationBody } from './directives.schemas.ts';
import {
  findEvidenceFiles,
  findHistory,
  findObligation,
  findObligations,
  writeObligationChange,
} from './obligations.repository.ts';

export function createObligationsService(db: Kysely<DB>, standard: StandardPorts | null = null) {
  async function listObligations(
    ctx: RequestContext,
    query: {
      directiveId?: string | undefined;
      status?: ObligationStatusValue | undefined;
      limit: number;
      offset: number;
    },
  ) {
    const rows = await findObligations(db, ctx.actor, query);
    const today = vietnamToday();
    return {
      total: rows.length,
      items: rows.slice(query.offset, query.offset + query.limit).map((r) => presentObligation(r, today)),
    };
  }

  async function getObligation(ctx: RequestContext, id: string) {
    const row = await findObligation(db, ctx.actor, id);
    if (!row) throw notFound('Không tìm thấy nhiệm vụ.');
    const [events, evidence] = await Promise.all([findHistory(db, id), findEvidenceFiles(db, id)]);
    return {
      ...presentObligation(row, vietnamToday()),
      history: events.map(presentObligationEvent),
      evidence: evidence.map(presentEvidenceFile),
    };
  }

  async function updateObligation(
    ctx: RequestContext,
    id: string,
    input: UpdateObligationBody,
    opts: { at?: string } = {},
  ) {
    const row = await findObligation(db, ctx.actor, id);
    if (!row) throw notFound('Không tìm thấy nhiệm vụ.');
    assertCanWrite(ctx.actor, row.organisation_id);
    const answer: Answer = {
      stage: input.stage,
      approvalDate: input.approvalDate ?? null,
      decisionNumber: input.decisionNumber?.trim() || null,
      targetYear: input.targetYear || null,
    }; // || : a JSON null arrives coerced to 0 (ajv coerceTypes)
    const stage = validateAnswer(row.answer_type, answer, vietnamToday());
    await db.transaction().execute(async (trx) => {
      // 2174 item 1: the dossier is the truth; the answer is written there first (refused if it contradicts it).
      if (row.answer_type === 'standard_school_project' && standard)
        await standard.recordAnswer(trx, ctx, row.organisation_id, answer as DirectiveAnswer);
      await applyObligationChange(trx, ctx, row, {
        answer,
        status: stage.status,
        note: input.note ?? row.note,
        at: opts.at,
      });
    });
    return getObligation(ctx, id);
  }

  return { listObligations, getObligation, updateObligation };
}

export type ObligationsService = ReturnType<typeof createObligationsService>;

/** Write the new state, its history event and the audit row together. Also used by the demo seed. */
export async function applyObligationChange(
  trx: Transaction<DB> | Kysely<DB>,
  ctx: RequestContext | null,
  row: {
    id: string;
    directive_id: string;
    organisation_id: string;
    status: ObligationStatusValue;
    answer_json: string | null;
    note: string | null;
  },
  change: { answer: Answer; status: ObligationStatusValue; note: string | null; at?: string | undefined },
): Promise<void> {
  const at = change.at ?? new Date().toISOString();
  const answerJson = JSON.stringify(change.answer);
  await writeObligationChange(
    trx,
    row.id,
    {
      status: change.status,
      answer_json: answerJson,
      note: change.note,
      updated_by: ctx?.actor.userId ?? null,
      updated_at: at,
      illustrative: 0,
    },
    {
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
    },
  );
  await recordAudit(trx, ctx, {
    action: 'obligation.updated',
    entityType: 'obligation',
    entityId: row.id,
    organisationId: row.organisation_id,
    before: { status: row.status, answer: row.answer_json ? JSON.parse(row.answer_json) : null, note: row.note },
    after: { status: change.status, answer: change.answer, note: change.note },
  });
}
