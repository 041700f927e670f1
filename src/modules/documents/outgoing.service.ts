/**
 * Outgoing documents (văn bản đi): a draft with its type, subject and recipients, then `issue`, which
 * takes the next number of the right series and its number-symbol from the numbering port (registers
 * module, see registers/numbering.ts), records the document in the outgoing register and links it to
 * the incoming document it answers.
 */
import type { Transaction } from 'kysely';
import type { DB } from '../../db/types.ts';
import { vietnamToday } from '../../lib/dates.ts';
import { assertTypeOfFamily } from './document-types.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import { recordAudit } from '../audit/audit.ports.ts';
import { findOrganisationsByIds } from '../organisations/organisations.ports.ts';
import type { RequestContext } from '../tenancy/actor.ts';
import { assertCanWrite } from '../tenancy/scope.ts';
import type { OutgoingIssueInput, OutgoingNumbering } from './documents.ports.ts';
import { assertRegistryRole, isConfidential } from './documents.policy.ts';
import {
  type DocumentRow,
  findSymbolAndDate,
  findVisibleDocument,
  insertDocument,
  newDocumentRow,
  refreshDerived,
  updateDocumentIfStatus,
} from './documents.repository.ts';
import type { IssueBody, OutgoingBody } from './documents.schemas.ts';
import { assertMayMarkConfidential, loadVisible, targetOrganisation, type DocumentsDeps } from './documents.service.ts';
import { findLinkTo, insertLink, resolvePendingLinks } from './links.repository.ts';
import { symbolKey } from './search-text.ts';

export function createOutgoingService(deps: DocumentsDeps) {
  const { db } = deps.database;

  async function createOutgoing(ctx: RequestContext, input: OutgoingBody): Promise<{ id: string }> {
    const organisationId = targetOrganisation(ctx, input.organisationId);
    assertMayMarkConfidential(ctx, organisationId, input.confidentiality);
    if (input.answersDocumentId) {
      const answered = await findVisibleDocument(db, ctx.actor, input.answersDocumentId);
      if (!answered || answered.organisation_id !== organisationId || answered.direction !== 'incoming') {
        throw new AppError('BAD_REQUEST', 'Văn bản được trả lời không tồn tại hoặc không phải văn bản đến của đơn vị.');
      }
    }
    const [org] = await findOrganisationsByIds(db, [organisationId]);
    if (!org) throw notFound();
    assertTypeOfFamily(input.family, input.typeCode.trim());
    const row = newDocumentRow({
      organisation_id: organisationId,
      direction: 'outgoing',
      status: 'draft',
      source_kind: 'manual',
      family: input.family,
      issuer_name: org.name,
      type_code: input.typeCode.trim(),
      type_name: input.typeName.trim(),
      subject: input.subject.normalize('NFC').trim(),
      recipients_json: JSON.stringify(input.recipients.map((r) => r.trim()).filter(Boolean)),
      answers_document_id: input.answersDocumentId ?? null,
      drafting_unit: input.draftingUnit?.trim() || null,
      place: input.place ?? null,
      signer_name: input.signerName ?? null,
      signer_title: input.signerTitle ?? null,
      signer_authority: input.signerAuthority ?? null,
      urgency: input.urgency ?? null,
      confidentiality: input.confidentiality ?? null,
      created_by: ctx.actor.userId,
    });
    await db.transaction().execute(async (trx) => {
      await insertDocument(trx, row);
      await recordAudit(trx, ctx, {
        action: 'document.drafted',
        entityType: 'document',
        entityId: row.id,
        organisationId,
        after: row,
      });
    });
    return { id: row.id };
  }

  /**
   * Number and issue a draft.
   * @throws AppError CONFLICT when it is already issued.
   */
  async function issueDocument(ctx: RequestContext, id: string, input: IssueBody): Promise<{ id: string }> {
    const doc = await loadVisible(db, ctx, id);
    if (doc.direction !== 'outgoing') throw notFound('Không tìm thấy văn bản đi.');
    assertCanWrite(ctx.actor, doc.organisation_id);
    assertRegistryRole(ctx.actor);
    if (doc.status !== 'draft')
      throw new AppError('CONFLICT', `Văn bản đã được ban hành với số ${doc.number_symbol ?? ''}.`);
    if (!doc.family || !doc.type_code)
      throw new AppError('BAD_REQUEST', 'Chưa chọn khối (Đảng/Nhà nước) hoặc loại văn bản.');
    const settings = await deps.numbering.settings(db, doc.organisation_id);
    const issueDate = input.issueDate ?? vietnamToday();
    const numbering = {
      family: doc.family as 'party' | 'state',
      typeCode: doc.type_code,
      issueDate,
      confidential: isConfidential(doc.confidentiality),
      orgAbbr: settings.symbolAbbr,
      unitCode: input.draftingUnit ?? doc.drafting_unit ?? settings.defaultUnit,
      partyTermAnchor: settings.partyTermAnchor,
    };

    await db.transaction().execute((trx) => numberInTransaction(trx, ctx, doc, { issueDate, numbering }));
    return { id };
  }

  /** Take the next outgoing number for `doc` (a draft) inside `trx`, link what it answers, audit. */
  async function numberInTransaction(
    trx: Transaction<DB>,
    ctx: RequestContext,
    doc: Pick<DocumentRow, 'id' | 'organisation_id' | 'answers_document_id'>,
    opts: { issueDate: string; numbering: OutgoingNumbering },
  ): Promise<{ numberSymbol: string; registerNumber: number }> {
    const { id } = doc;
    const { issueDate, numbering } = opts;
    const {
      registerId,
      number: value,
      numberSymbol,
      series,
    } = await deps.numbering.takeOutgoingNumber(trx, { organisationId: doc.organisation_id, numbering });
    const patch: Partial<DocumentRow> = {
      status: 'issued',
      register_id: registerId,
      register_number: value,
      register_year: Number(issueDate.slice(0, 4)),
      number: numberSymbol.split(/[-/]/)[0] ?? String(value),
      number_symbol: numberSymbol,
      number_symbol_key: symbolKey(numberSymbol),
      document_date: issueDate,
      drafting_unit: numbering.unitCode,
      updated_at: new Date().toISOString(),
    };
    if (!(await updateDocumentIfStatus(trx, id, ['draft'], patch)))
      throw new AppError('CONFLICT', 'Văn bản đã được ban hành.');
    if (doc.answers_document_id) {
      const existing = await findLinkTo(trx, id, 'answers', doc.answers_document_id);
      if (!existing) {
        const answered = await findSymbolAndDate(trx, doc.answers_document_id);
        await insertLink(trx, {
          organisationId: doc.organisation_id,
          fromDocumentId: id,
          kind: 'answers',
          toDocumentId: doc.answers_document_id,
          toNumberSymbol: answered?.number_symbol ?? null,
          toDate: answered?.document_date ?? null,
          createdBy: ctx.actor.userId,
        });
      }
    }
    await resolvePendingLinks(trx, {
      id,
      organisation_id: doc.organisation_id,
      number_symbol_key: patch.number_symbol_key ?? null,
      document_date: issueDate,
    });
    await refreshDerived(trx, id);
    await recordAudit(trx, ctx, {
      action: 'document.issued',
      entityType: 'document',
      entityId: id,
      organisationId: doc.organisation_id,
      before: { status: 'draft' },
      after: {
        status: 'issued',
        numberSymbol,
        registerNumber: value,
        series,
        // which Party rules numbered it (by the document's date); the 2026 set is not verified
        ...(numbering.family === 'party' ? { partyRules: deps.numbering.partyRules(issueDate) } : {}),
      },
    });
    return { numberSymbol, registerNumber: value };
  }

  /**
   * For the letters module (documents port `issueOutgoing`): record an approved, signed letter as an outgoing
   * document and number it, inside the caller's transaction.
   */
  async function issueNewOutgoing(trx: Transaction<DB>, ctx: RequestContext, input: OutgoingIssueInput) {
    const settings = await deps.numbering.settings(trx, input.organisationId);
    const row = newDocumentRow({
      organisation_id: input.organisationId,
      direction: 'outgoing',
      status: 'draft',
      source_kind: 'manual',
      family: input.family,
      issuer_name: input.issuerName,
      type_code: input.typeCode,
      type_name: input.typeName,
      subject: input.subject,
      recipients_json: JSON.stringify(input.recipients),
      answers_document_id: input.answersDocumentId,
      drafting_unit: input.draftingUnit ?? settings.defaultUnit,
      place: input.place,
      signer_name: input.signerName,
      signer_title: input.signerTitle,
      signer_authority: input.signerAuthority,
      urgency: input.urgency,
      confidentiality: input.confidentiality,
      created_by: ctx.actor.userId,
    });
    await insertDocument(trx, row);
    await recordAudit(trx, ctx, {
      action: 'document.drafted',
      entityType: 'document',
      entityId: row.id,
      organisationId: input.organisationId,
      after: row,
    });
    const numbering: OutgoingNumbering = {
      family: input.family,
      typeCode: input.typeCode,
      issueDate: input.issueDate,
      confidential: isConfidential(input.confidentiality),
      orgAbbr: settings.symbolAbbr,
      unitCode: row.drafting_unit,
      partyTermAnchor: settings.partyTermAnchor,
    };
    const issued = await numberInTransaction(trx, ctx, row, { issueDate: input.issueDate, numbering });
    return { documentId: row.id, ...issued };
  }

  return { createOutgoing, issueDocument, issueNewOutgoing };
}

export type OutgoingService = ReturnType<typeof createOutgoingService>;
