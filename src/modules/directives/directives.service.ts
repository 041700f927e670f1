/**
 * Issuing a directive: the Academy drafts it (from a letter or by hand), reviews its requirements,
 * picks recipients, and issues it. Issuing delivers an electronic arrival into each recipient school's
 * incoming queue and creates one obligation per requirement × school — all in one transaction.
 */
import { vietnamToday } from '../../lib/dates.ts';
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/types.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { isAcademyRole, type RequestContext } from '../tenancy/actor.ts';
import { scoped } from '../tenancy/scope.ts';
import { resolveRecipients } from './recipients.ts';
import { deliverArrival } from '../documents/registration.service.ts';
import type { CreateDirectiveBody } from './directives.schemas.ts';

function assertAcademyEditor(ctx: RequestContext): void {
  if (!isAcademyRole(ctx.actor.role))
    throw new AppError('FORBIDDEN', 'Chỉ cán bộ Học viện được ban hành chỉ đạo mạng lưới.');
}

/** Party number-symbols read "2174-CV/HVCTQG": the type is between the hyphen and the slash. */
function typeFromSymbol(symbol: string | null): string | null {
  return symbol ? (/^\d+-([A-ZĐa-zđ]+)\//.exec(symbol)?.[1] ?? /^\d+\/([A-ZĐa-zđ]+)-/.exec(symbol)?.[1] ?? null) : null;
}

export function createDirectivesService(db: Kysely<DB>) {
  async function createDirective(ctx: RequestContext, input: CreateDirectiveBody) {
    assertAcademyEditor(ctx);
    if (input.sourceDocumentId) {
      const source = await scoped(db.selectFrom('documents').select('id'), ctx.actor, 'documents.organisation_id')
        .where('id', '=', input.sourceDocumentId)
        .executeTakeFirst();
      if (!source) throw notFound('Không tìm thấy văn bản nguồn.');
    }
    const numbers = input.requirements.map((r) => r.no).filter((n): n is number => n !== null);
    if (new Set(numbers).size !== numbers.length) throw new AppError('BAD_REQUEST', 'Số thứ tự các yêu cầu bị trùng.');
    const now = new Date().toISOString();
    const id = randomUUID();
    await db.transaction().execute(async (trx) => {
      const directive = {
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
      await trx.insertInto('directives').values(directive).execute();
      await trx
        .insertInto('directive_requirements')
        .values(
          input.requirements.map((r, i) => ({
            id: randomUUID(),
            directive_id: id,
            ordinal: i + 1,
            no: r.no,
            text: r.text.trim(),
            deadline: r.deadline,
            answer_type: r.answerType ?? 'status',
          })),
        )
        .execute();
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
    const doc = await scoped(db.selectFrom('documents').selectAll(), ctx.actor, 'documents.organisation_id')
      .where('id', '=', documentId)
      .executeTakeFirst();
    if (!doc) throw notFound('Không tìm thấy văn bản.');
    assertAcademyEditor(ctx);
    const reqs = await db
      .selectFrom('requirements')
      .selectAll()
      .where('document_id', '=', documentId)
      .orderBy('ordinal')
      .execute();
    return {
      title: doc.subject ?? '',
      numberSymbol: doc.number_symbol,
      issuedDate: doc.document_date ?? vietnamToday(),
      sourceDocumentId: doc.id,
      requirements: reqs.map((r) => ({ no: r.no, text: r.text, deadline: r.deadline, answerType: 'status' as const })),
      recipientMode: 'provincial_and_sector' as const,
    };
  }

  async function issueDirective(ctx: RequestContext, id: string, opts: { now?: Date } = {}) {
    const directive = await scoped(db.selectFrom('directives').selectAll(), ctx.actor, 'directives.organisation_id')
      .where('id', '=', id)
      .executeTakeFirst();
    if (!directive) throw notFound('Không tìm thấy chỉ đạo.');
    assertAcademyEditor(ctx);
    if (directive.status !== 'draft') throw new AppError('CONFLICT', 'Chỉ đạo đã được ban hành.');
    const recipients = await resolveRecipients(
      db,
      directive.recipient_mode,
      directive.issued_date,
      JSON.parse(directive.custom_recipients_json),
    );
    const now = (opts.now ?? new Date()).toISOString();
    await db.transaction().execute(async (trx) => {
      await deliver(trx, ctx, directive, recipients, now);
      await trx.updateTable('directives').set({ status: 'issued', issued_at: now }).where('id', '=', id).execute();
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
    directive: DB['directives'] & { id: string },
    recipients: { id: string }[],
    now: string,
  ) {
    const issuer = await trx
      .selectFrom('organisations')
      .select(['name'])
      .where('id', '=', directive.organisation_id)
      .executeTakeFirstOrThrow();
    const requirements = await trx
      .selectFrom('directive_requirements')
      .selectAll()
      .where('directive_id', '=', directive.id)
      .orderBy('ordinal')
      .execute();
    const typeCode = typeFromSymbol(directive.number_symbol);
    for (const school of recipients) {
      const documentId = await deliverArrival(trx, ctx, {
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
      await trx
        .insertInto('directive_recipients')
        .values({
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
        })
        .execute();
      const obligations = requirements.map((r) => ({
        id: randomUUID(),
        directive_id: directive.id,
        requirement_id: r.id,
        organisation_id: school.id,
        status: 'not_started',
        deadline: r.deadline,
        note: null,
        answer_json: JSON.stringify({ stage: 'not_started' }),
        updated_by: null,
        updated_at: now,
      }));
      await trx.insertInto('obligations').values(obligations).execute();
      await trx
        .insertInto('obligation_events')
        .values(
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
        )
        .execute();
    }
  }

  /** Academy: every directive. A school: the directives it (or a school it succeeded) received. */
  async function listDirectives(ctx: RequestContext, window: { limit: number; offset: number }) {
    // The Academy also sees its drafts; a school sees only what was issued to it.
    const q = isAcademyRole(ctx.actor.role)
      ? db.selectFrom('directives')
      : db
          .selectFrom('directives')
          .where('status', '=', 'issued')
          .where(
            'id',
            'in',
            scoped(
              db.selectFrom('directive_recipients').select('directive_id'),
              ctx.actor,
              'directive_recipients.organisation_id',
            ),
          );
    const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const rows = await q
      .selectAll()
      .orderBy('issued_date', 'desc')
      .orderBy('created_at', 'desc')
      .limit(window.limit)
      .offset(window.offset)
      .execute();
    const counts = rows.length
      ? await db
          .selectFrom('directive_recipients')
          .select(['directive_id', (eb) => eb.fn.countAll<number>().as('n')])
          .where(
            'directive_id',
            'in',
            rows.map((r) => r.id),
          )
          .groupBy('directive_id')
          .execute()
      : [];
    const recipientCount = new Map(counts.map((c) => [c.directive_id, Number(c.n)]));
    return {
      total: Number(total.n),
      items: rows.map((r) => ({
        id: r.id,
        title: r.title,
        numberSymbol: r.number_symbol,
        issuedDate: r.issued_date,
        status: r.status,
        recipientMode: r.recipient_mode,
        recipients: recipientCount.get(r.id) ?? 0,
      })),
    };
  }

  async function getDirective(ctx: RequestContext, id: string) {
    const directive = await db.selectFrom('directives').selectAll().where('id', '=', id).executeTakeFirst();
    if (!directive) throw notFound('Không tìm thấy chỉ đạo.');
    if (!isAcademyRole(ctx.actor.role)) {
      const mine = await scoped(
        db.selectFrom('directive_recipients').select('id'),
        ctx.actor,
        'directive_recipients.organisation_id',
      )
        .where('directive_id', '=', id)
        .executeTakeFirst();
      if (!mine || directive.status !== 'issued') throw notFound('Không tìm thấy chỉ đạo.');
    }
    const requirements = await db
      .selectFrom('directive_requirements')
      .selectAll()
      .where('directive_id', '=', id)
      .orderBy('ordinal')
      .execute();
    return {
      id: directive.id,
      title: directive.title,
      numberSymbol: directive.number_symbol,
      issuedDate: directive.issued_date,
      status: directive.status,
      recipientMode: directive.recipient_mode,
      sourceDocumentId: directive.source_document_id,
      issuedAt: directive.issued_at,
      ...(isAcademyRole(ctx.actor.role)
        ? { recipientIds: JSON.parse(directive.custom_recipients_json) as string[] }
        : {}), // hand-picked recipients, for the review page
      requirements: requirements.map((r) => ({
        id: r.id,
        no: r.no,
        text: r.text,
        deadline: r.deadline,
        answerType: r.answer_type,
      })),
    };
  }

  return { createDirective, draftFromDocument, issueDirective, listDirectives, getDirective };
}

export type DirectivesService = ReturnType<typeof createDirectivesService>;
