/**
 * Letter drafts: create (blank, or "Soạn văn bản trả lời" pre-filled from an incoming document), edit (each
 * save is a new version; versions are kept), read, list. The approval chain is approval.service.ts; signing,
 * numbering and sending are signing.service.ts.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Config } from '../../config.ts';
import type { DB } from '../../db/types.ts';
import type { FileStore } from '../../lib/file-store/index.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import { checkLetter } from '../../letters/validate.ts';
import type { Letter } from '../../letters/model.ts';
import { prefillReply } from '../../letters/reply.ts';
import { recordAudit } from '../audit/audit.ports.ts';
import type { DocumentsPorts } from '../documents/documents.ports.ts';
import { findOrganisationsByIds } from '../organisations/organisations.ports.ts';
import type { RequestContext } from '../tenancy/actor.ts';
import { assertCanWrite, canRead } from '../tenancy/scope.ts';
import {
  findOrganisationIdByName,
  findUsers,
  findVersion,
  insertLetter,
  insertStep,
  insertVersion,
  type LetterRow,
  listColleagues,
  listDeliveries,
  listSteps,
  listVersions,
  listVisibleLetters,
  updateLetterIfStatus,
} from './letters.repository.ts';
import { parseLetter, presentDelivery, presentLetterSummary, presentStep } from './letters.presenter.ts';
import { allowedActions, assertLetterValid, blankLetter, issuerOf, loadLetter, stepRow } from './letters.rules.ts';
import type { CreateLetterBody, UpdateLetterBody } from './letters.schemas.ts';

export type LettersDeps = {
  db: Kysely<DB>;
  config: Config;
  files: FileStore;
  documents: Pick<DocumentsPorts, 'deliverArrival' | 'issueOutgoing' | 'attachFile' | 'findVisible' | 'readPdfFiles'>;
};

export function createLettersService(deps: LettersDeps) {
  const { db } = deps;

  async function checkRecipients(ids: string[] | undefined): Promise<string[]> {
    const unique = [...new Set(ids ?? [])];
    const found = await findOrganisationsByIds(db, unique);
    if (found.length !== unique.length) throw new AppError('BAD_REQUEST', 'Có đơn vị nhận không có trong mạng lưới.');
    return unique;
  }

  async function createLetter(ctx: RequestContext, input: CreateLetterBody): Promise<string> {
    const organisationId = ctx.actor.organisationId;
    assertCanWrite(ctx.actor, organisationId);
    const [org] = await findOrganisationsByIds(db, [organisationId]);
    if (!org) throw notFound();
    let letter = input.letter;
    let answersDocumentId: string | null = null;
    if (input.answersDocumentId) {
      const answered = await deps.documents.findVisible(db, ctx, input.answersDocumentId);
      if (!answered) throw notFound('Không tìm thấy văn bản được trả lời.');
      if (answered.direction !== 'incoming')
        throw new AppError('BAD_REQUEST', 'Văn bản được trả lời không phải văn bản đến.');
      if (!answered.numberSymbol) throw new AppError('BAD_REQUEST', 'Văn bản được trả lời chưa có số, ký hiệu.');
      answersDocumentId = answered.id;
      const leaders = (await listColleagues(db, organisationId)).filter((p) => p.role === 'leader');
      const { parent, place } = issuerOf(org);
      letter ??= prefillReply(
        {
          numberSymbol: answered.numberSymbol,
          date: answered.documentDate,
          typeName: answered.typeName,
          issuerName: answered.issuerName ?? '',
          subject: answered.subject,
        },
        {
          family: 'party',
          issuer: { name: org.name, parent },
          place,
          signer: { authority: null, onBehalfOf: null, title: 'Hiệu trưởng', name: leaders[0]?.full_name ?? '…' },
          draftSymbol: `CV/${org.short_name ?? 'TCT'}`,
          knownNames: [org.name, 'Học viện Chính trị quốc gia Hồ Chí Minh'],
        },
      );
    }
    if (!letter) {
      // "Soạn văn bản mới": a công văn of the school, to be filled in
      const leaders = (await listColleagues(db, organisationId)).filter((p) => p.role === 'leader');
      letter = blankLetter(org, leaders[0]?.full_name ?? '…');
    }
    letter = { ...letter, numberSymbol: null, date: null, draftMark: true };
    assertLetterValid(letter);
    let recipientIds = input.networkRecipientIds;
    if (!recipientIds && input.answersDocumentId && letter.addressees[0]) {
      // an answer goes back to the body that wrote, when that body is in the network
      const sender = await findOrganisationIdByName(db, letter.addressees[0]);
      recipientIds = sender ? [sender.id] : [];
    }
    const recipients = await checkRecipients(recipientIds);
    const now = new Date().toISOString();
    const json = JSON.stringify(letter);
    const row: LetterRow = {
      id: randomUUID(),
      organisation_id: organisationId,
      status: 'draft',
      current_step: null,
      family: letter.family,
      type_code: letter.typeCode,
      subject: letter.subject,
      confidentiality: letter.confidentiality,
      letter_json: json,
      version_no: 1,
      approved_version: null,
      answers_document_id: answersDocumentId,
      drafter_id: ctx.actor.userId,
      reviewer_id: null,
      signer_id: null,
      network_recipients_json: JSON.stringify(recipients),
      render_json: null,
      signed_pdf_path: null,
      signed_at: null,
      issued_pdf_path: null,
      issued_at: null,
      document_id: null,
      created_at: now,
      updated_at: now,
    };
    await db.transaction().execute(async (trx) => {
      await insertLetter(trx, row, {
        letter_id: row.id,
        version_no: 1,
        organisation_id: organisationId,
        letter_json: json,
        author_id: ctx.actor.userId,
        note: answersDocumentId ? 'Soạn văn bản trả lời' : null,
        created_at: now,
      });
      await insertStep(trx, stepRow(row, ctx, null, 'create', null, now));
      await recordAudit(trx, ctx, {
        action: 'letter.created',
        entityType: 'letter',
        entityId: row.id,
        organisationId,
        after: { subject: row.subject, typeCode: row.type_code, answersDocumentId },
      });
    });
    return row.id;
  }

  async function updateLetter(ctx: RequestContext, id: string, input: UpdateLetterBody): Promise<void> {
    const row = await loadLetter(db, ctx, id);
    if (!allowedActions(ctx.actor, row).includes('edit'))
      throw new AppError('FORBIDDEN', 'Chỉ người soạn được sửa dự thảo khi chưa trình hoặc bị trả lại.');
    const letter: Letter = { ...input.letter, numberSymbol: null, date: null, draftMark: true };
    assertLetterValid(letter);
    const recipients = input.networkRecipientIds
      ? await checkRecipients(input.networkRecipientIds)
      : (JSON.parse(row.network_recipients_json) as string[]);
    const now = new Date().toISOString();
    const json = JSON.stringify(letter);
    const versionNo = row.version_no + 1;
    await db.transaction().execute(async (trx) => {
      const patch = {
        letter_json: json,
        version_no: versionNo,
        family: letter.family,
        type_code: letter.typeCode,
        subject: letter.subject,
        confidentiality: letter.confidentiality,
        network_recipients_json: JSON.stringify(recipients),
        updated_at: now,
      };
      if (!(await updateLetterIfStatus(trx, id, ['draft', 'returned'], patch)))
        throw new AppError('CONFLICT', 'Văn bản vừa được trình duyệt; không sửa được nữa.');
      await insertVersion(trx, {
        letter_id: id,
        version_no: versionNo,
        organisation_id: row.organisation_id,
        letter_json: json,
        author_id: ctx.actor.userId,
        note: input.note?.trim() || null,
        created_at: now,
      });
      await insertStep(trx, {
        ...stepRow(row, ctx, null, 'save', input.note?.trim() || null, now),
        version_no: versionNo,
      });
      await recordAudit(trx, ctx, {
        action: 'letter.saved',
        entityType: 'letter',
        entityId: id,
        organisationId: row.organisation_id,
        before: { versionNo: row.version_no, subject: row.subject },
        after: { versionNo, subject: letter.subject },
      });
    });
  }

  async function getLetter(ctx: RequestContext, id: string) {
    const row = await loadLetter(db, ctx, id);
    const letter = parseLetter(row);
    const check = checkLetter(letter);
    const recipientIds = JSON.parse(row.network_recipients_json) as string[];
    const [people, orgs, steps, deliveries] = await Promise.all([
      findUsers(
        db,
        [row.drafter_id, row.reviewer_id, row.signer_id].filter((x): x is string => !!x),
      ),
      findOrganisationsByIds(db, recipientIds),
      listSteps(db, id),
      listDeliveries(db, id),
    ]);
    const person = (uid: string | null) => {
      const p = uid ? people.find((u) => u.id === uid) : undefined;
      return p ? { id: p.id, name: p.full_name } : null;
    };
    return {
      ...presentLetterSummary(row),
      family: row.family,
      letter,
      warnings: check.warnings,
      errors: check.errors,
      approvedVersion: row.approved_version,
      answersDocumentId: row.answers_document_id,
      documentId: row.document_id,
      drafter: person(row.drafter_id) ?? { id: row.drafter_id, name: '' },
      reviewer: person(row.reviewer_id),
      signer: person(row.signer_id),
      networkRecipients: orgs.map((o) => ({ id: o.id, name: o.name })),
      signedAt: row.signed_at,
      issuedAt: row.issued_at,
      steps: steps.map(presentStep),
      deliveries: deliveries.map(presentDelivery),
      actions: allowedActions(ctx.actor, row),
    };
  }

  async function listLetters(
    ctx: RequestContext,
    filter: { status?: string | undefined; mine?: boolean | undefined },
    window: { limit: number; offset: number },
  ) {
    const { total, rows } = await listVisibleLetters(db, ctx.actor, filter, window);
    return { total, items: rows.map(presentLetterSummary) };
  }

  async function versions(ctx: RequestContext, id: string) {
    await loadLetter(db, ctx, id);
    const rows = await listVersions(db, id);
    return {
      items: rows.map((v) => ({
        versionNo: v.version_no,
        note: v.note,
        createdAt: v.created_at,
        authorName: v.author_name,
      })),
    };
  }

  async function version(ctx: RequestContext, id: string, versionNo: number) {
    await loadLetter(db, ctx, id);
    const v = await findVersion(db, id, versionNo);
    if (!v) throw notFound('Không có phiên bản này.');
    const [author] = await findUsers(db, [v.author_id]);
    return {
      versionNo: v.version_no,
      note: v.note,
      createdAt: v.created_at,
      authorName: author?.full_name ?? null,
      letter: parseLetter(v),
    };
  }

  async function colleagues(ctx: RequestContext) {
    if (!canRead(ctx.actor, ctx.actor.organisationId)) throw notFound();
    const rows = await listColleagues(db, ctx.actor.organisationId);
    return { items: rows.map((p) => ({ id: p.id, name: p.full_name, role: p.role, title: p.title })) };
  }

  return { createLetter, updateLetter, getLetter, listLetters, versions, version, colleagues };
}

export type LettersService = ReturnType<typeof createLettersService>;
