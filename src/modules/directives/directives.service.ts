/**
 * Issuing a directive: the Academy drafts it (from a letter or by hand), reviews its requirements,
 * picks recipients, and issues it. Issuing delivers an electronic arrival into each recipient school's
 * incoming queue (documents port) and creates one obligation per requirement × school — all in one
 * transaction.
 */
import { vietnamToday } from '../../lib/dates.ts';
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/types.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import { recordAudit } from '../audit/audit.ports.ts';
import type { DocumentsPorts } from '../documents/documents.ports.ts';
import { findOrganisationsByIds } from '../organisations/organisations.ports.ts';
import { isAcademyRole, type RequestContext } from '../tenancy/actor.ts';
import { presentDirective, presentDirectiveSummary } from './directives.presenter.ts';
import {
  countRecipients,
  type DirectiveRow,
  findDirective,
  findDocumentRequirements,
  findOwnDirective,
  findRequirements,
  findScopedDocument,
  insertDelivery,
  insertDirective,
  listDirectives as findDirectivesPage,
  markIssued,
  receivedInScope,
} from './directives.repository.ts';
import type { CreateDirectiveBody } from './directives.schemas.ts';
import { checkAudience, inAudience, splitByAudience } from './audience.ts';
import { resolveRecipients } from './recipients.service.ts';

function assertAcademyEditor(ctx: RequestContext): void {
  if (!isAcademyRole(ctx.actor.role))
    throw new AppError('FORBIDDEN', 'Chỉ cán bộ Học viện được ban hành chỉ đạo mạng lưới.');
}

/** Party number-symbols read "2174-CV/HVCTQG": the type is between the hyphen and the slash. */
function typeFromSymbol(symbol: string | null): string | null {
  return symbol ? (/^\d+-([A-ZĐa-zđ]+)\//.exec(symbol)?.[1] ?? /^\d+\/([A-ZĐa-zđ]+)-/.exec(symbol)?.[1] ?? null) : null;
}

export function createDirectivesService(db: Kysely<DB>, documents: Pick<DocumentsPorts, 'deliverArrival'>) {
  async function createDirective(ctx: RequestContext, input: CreateDirectiveBody) {
    assertAcademyEditor(ctx);
    if (input.sourceDocumentId && !(await findScopedDocument(db, ctx.actor, input.sourceDocumentId)))
      throw notFound('Không tìm thấy văn bản nguồn.');
    // one numbered item may be split per audience (2174 item 3); the same number twice for one audience is a slip
    const numbers = input.requirements.filter((r) => r.no !== null).map((r) => `${r.no}:${r.audience ?? 'all'}`);
    if (new Set(numbers).size !== numbers.length) throw new AppError('BAD_REQUEST', 'Số thứ tự các yêu cầu bị trùng.');
    const audiences = input.requirements.map((r) => checkAudience(r, input.recipientMode));
    const listIds = [...new Set(audiences.flatMap((a) => JSON.parse(a.audience_ids_json ?? '[]') as string[]))];
    if (listIds.length) {
      if ((await findOrganisationsByIds(db, listIds)).length !== listIds.length)
        throw new AppError('BAD_REQUEST', 'Danh sách áp dụng của một yêu cầu có đơn vị không tồn tại.');
      const custom = new Set(input.recipientIds ?? []);
      if (input.recipientMode === 'custom' && listIds.some((x) => !custom.has(x)))
        throw new AppError('BAD_REQUEST', 'Đơn vị trong danh sách áp dụng của một yêu cầu phải là đơn vị nhận.');
    }
    const now = new Date().toISOString();
    const id = randomUUID();
    const directive: DirectiveRow = {
      id,
      organisation_id: ctx.actor.organisationId,
      source_document_id: input.sourceDocumentId || null,
      number_symbol: input.numberSymbol?.replace(/\s+/g, '') || null,
      title: input.title.trim(),
      issued_date: input.issuedDate,
      status: 'draft',
      recipient_mode: input.recipientMode,
      custom_recipients_json: JSON.stringify(input.recipientIds ?? []),
      created_by: ctx.actor.userId,
      created_at: now,
      issued_at: null,
    };
    await db.transaction().execute(async (trx) => {
      await insertDirective(
        trx,
        directive,
        input.requirements.map((r, i) => ({
          id: randomUUID(),
          directive_id: id,
          ordinal: i + 1,
          no: r.no,
          text: r.text.trim(),
          deadline: r.deadline,
          answer_type: r.answerType ?? 'status',
          ...audiences[i]!,
        })),
      );
      await recordAudit(trx, ctx, {
        action: 'directive.created',
        entityType: 'directive',
        entityId: id,
        organisationId: ctx.actor.organisationId,
        after: { ...directive, requirements: input.requirements },
      });
    });
    return id;
  }

  /** Prefill a draft from a registered or extracted letter: its number, date, subject and requirements. */
  async function draftFromDocument(ctx: RequestContext, documentId: string) {
    const doc = await findScopedDocument(db, ctx.actor, documentId);
    if (!doc) throw notFound('Không tìm thấy văn bản.');
    assertAcademyEditor(ctx);
    const reqs = await findDocumentRequirements(db, documentId);
    return {
      title: doc.subject ?? '',
      numberSymbol: doc.number_symbol,
      issuedDate: doc.document_date ?? vietnamToday(),
      sourceDocumentId: doc.id,
      requirements: reqs.flatMap((r) =>
        splitByAudience(r.text).map((part) => ({
          no: r.no,
          text: part.text,
          deadline: r.deadline,
          answerType: 'status' as const,
          audience: part.audience,
        })),
      ),
      recipientMode: 'provincial_and_sector' as const,
    };
  }

  async function issueDirective(ctx: RequestContext, id: string, opts: { now?: Date } = {}) {
    const directive = await findOwnDirective(db, ctx.actor, id);
    if (!directive) throw notFound('Không tìm thấy chỉ đạo.');
    assertAcademyEditor(ctx);
    if (directive.status !== 'draft') throw new AppError('CONFLICT', 'Chỉ đạo đã được ban hành.');
    const recipients = await resolveRecipients(
      db,
      directive.recipient_mode,
      directive.issued_date,
      JSON.parse(directive.custom_recipients_json),
    );
    const recipientIds = new Set(recipients.map((r) => r.id));
    for (const req of await findRequirements(db, id)) {
      const listed = JSON.parse(req.audience_ids_json ?? '[]') as string[];
      if (listed.some((x) => !recipientIds.has(x)))
        throw new AppError(
          'BAD_REQUEST',
          `Yêu cầu ${req.no ?? '(không đánh số)'}: có đơn vị trong danh sách áp dụng không nhận chỉ đạo vào ngày ban hành.`,
        );
    }
    const now = (opts.now ?? new Date()).toISOString();
    await db.transaction().execute(async (trx) => {
      await deliver(trx, ctx, directive, recipients, now);
      await markIssued(trx, id, now);
      await recordAudit(trx, ctx, {
        action: 'directive.issued',
        entityType: 'directive',
        entityId: id,
        organisationId: directive.organisation_id,
        after: { recipients: recipients.length },
      });
    });
    return { recipients: recipients.length };
  }

  async function deliver(
    trx: Transaction<DB>,
    ctx: RequestContext,
    directive: DirectiveRow,
    recipients: { id: string; kind: string }[],
    now: string,
  ) {
    const [issuer] = await findOrganisationsByIds(trx, [directive.organisation_id]);
    if (!issuer) throw notFound('Không tìm thấy đơn vị ban hành.');
    const requirements = await findRequirements(trx, directive.id);
    const typeCode = typeFromSymbol(directive.number_symbol);
    for (const school of recipients) {
      const documentId = await documents.deliverArrival(trx, ctx, {
        organisationId: school.id,
        sourceKind: 'network',
        family: 'party',
        issuerName: issuer.name.toUpperCase(),
        issuerParent: 'BAN CHẤP HÀNH TRUNG ƯƠNG',
        numberSymbol: directive.number_symbol,
        number: directive.number_symbol?.match(/^\d+/)?.[0] ?? null,
        typeCode,
        typeName: typeCode === 'CV' ? 'Công văn' : null,
        place: 'Hà Nội',
        documentDate: directive.issued_date,
        subject: directive.title,
        requirements: requirements.map((r) => ({ no: r.no, text: r.text, deadline: r.deadline })),
      });
      const obligations = requirements
        .filter((r) => inAudience(r, school))
        .map((r) => ({
          id: randomUUID(),
          directive_id: directive.id,
          requirement_id: r.id,
          organisation_id: school.id,
          status: 'not_started' as const,
          deadline: r.deadline,
          note: null,
          answer_json: JSON.stringify({ stage: 'not_started' }),
          updated_by: null,
          updated_at: now,
        }));
      await insertDelivery(
        trx,
        {
          id: randomUUID(),
          directive_id: directive.id,
          organisation_id: school.id,
          document_id: documentId,
          status_code: '01',
          arrived_at: now,
          registered_at: null,
          assigned_at: null,
          in_progress_at: null,
          done_at: null,
        },
        obligations,
        obligations.map((o) => ({
          id: randomUUID(),
          obligation_id: o.id,
          directive_id: directive.id,
          organisation_id: school.id,
          at: now,
          actor_user_id: null,
          status: 'not_started',
          stage: 'not_started',
          answer_json: o.answer_json,
          note: null,
        })),
      );
    }
  }

  /** Academy: every directive. A school: the directives it (or a school it succeeded) received. */
  async function listDirectives(ctx: RequestContext, window: { limit: number; offset: number }) {
    const { total, rows } = await findDirectivesPage(db, ctx.actor, isAcademyRole(ctx.actor.role), window);
    const recipientCount = await countRecipients(
      db,
      rows.map((r) => r.id),
    );
    return { total, items: rows.map((r) => presentDirectiveSummary(r, recipientCount.get(r.id) ?? 0)) };
  }

  async function getDirective(ctx: RequestContext, id: string) {
    const directive = await findDirective(db, id);
    if (!directive) throw notFound('Không tìm thấy chỉ đạo.');
    const academy = isAcademyRole(ctx.actor.role);
    if (!academy && (!(await receivedInScope(db, ctx.actor, id)) || directive.status !== 'issued'))
      throw notFound('Không tìm thấy chỉ đạo.');
    return presentDirective(directive, await findRequirements(db, id), { withRecipients: academy });
  }

  return { createDirective, draftFromDocument, issueDirective, listDirectives, getDirective };
}

export type DirectivesService = ReturnType<typeof createDirectivesService>;
