/**
 * Registering an incoming document (NĐ 30/2020 Điều 22): the next số đến of the organisation's
 * register (the confidential one for Mật / Tối mật / Tuyệt mật) for the year of receipt — taken from
 * the numbering port (registers module) — duplicate detection, `cites` links from its references,
 * back-links from earlier documents that cited it, the audit row and the `registered` listeners (tasks
 * from requirements, the Academy's delivery status) — all in one transaction.
 *
 * Also two entry points other modules use through documents.ports.ts: `deliverArrival` puts a document
 * into a school's queue as an electronic arrival, `registerInTransaction` registers it inside the
 * caller's transaction.
 */
import type { Transaction } from 'kysely';
import type { DB } from '../../db/types.ts';
import { AppError } from '../../lib/app-error.ts';
import { formatDateVi } from '../../lib/vn.ts';
import { recordAudit } from '../audit/audit.ports.ts';
import type { RequestContext } from '../tenancy/actor.ts';
import { assertCanWrite } from '../tenancy/scope.ts';
import { assertRegistryRole, isConfidential } from './documents.policy.ts';
import type { ArrivalInput, Db, Registration } from './documents.ports.ts';
import { parseJson } from './documents.presenter.ts';
import {
  findDocumentRow,
  findRegisteredIncoming,
  insertDocumentWithRequirements,
  newDocumentRow,
  refreshDerived,
  type DocumentRow,
  updateDocumentIfStatus,
} from './documents.repository.ts';
import type { RegisterBody } from './documents.schemas.ts';
import { type DocumentsDeps, loadVisible } from './documents.service.ts';
import { createCitesLinks, resolvePendingLinks } from './links.repository.ts';
import { issuerKey, symbolKey } from './search-text.ts';

export type RegisterInput = RegisterBody;

async function findDuplicate(trx: Db, doc: DocumentRow) {
  const key = symbolKey(doc.number_symbol);
  if (!key || !doc.document_date) return undefined;
  const candidates = await findRegisteredIncoming(trx, { ...doc, document_date: doc.document_date }, key);
  const issuer = issuerKey(doc.issuer_name);
  return candidates.find((c) => issuerKey(c.issuer_name) === issuer);
}

export function createRegistrationService(deps: DocumentsDeps) {
  const { db } = deps.database;

  /**
   * Register a draft or arrived incoming document inside `trx`. Takes the next number first (which
   * locks the series on PostgreSQL), so the duplicate check and the status check see every earlier
   * registration of the same register.
   * @throws AppError CONFLICT when already registered, or when a duplicate exists and `confirmDuplicate` is not set.
   */
  async function registerInTransaction(
    trx: Transaction<DB>,
    ctx: RequestContext,
    documentId: string,
    input: RegisterInput,
  ): Promise<Registration> {
    const doc = await findDocumentRow(trx, documentId);
    if (doc?.direction !== 'incoming') throw new AppError('NOT_FOUND', 'Không tìm thấy văn bản đến.');
    if (!['draft', 'arrived'].includes(doc.status)) throw new AppError('CONFLICT', 'Văn bản đã được vào sổ.');
    if (!doc.issuer_name)
      throw new AppError('BAD_REQUEST', 'Chưa có tên cơ quan ban hành; hãy bổ sung trước khi vào sổ.');
    if (!doc.subject) throw new AppError('BAD_REQUEST', 'Chưa có trích yếu; hãy bổ sung trước khi vào sổ.');
    if (doc.document_date && input.receivedDate < doc.document_date) {
      throw new AppError(
        'BAD_REQUEST',
        `Ngày đến (${formatDateVi(input.receivedDate)}) không thể trước ngày văn bản (${formatDateVi(doc.document_date)}).`,
      );
    }

    const confidential = isConfidential(doc.confidentiality);
    const year = Number(input.receivedDate.slice(0, 4));
    const { registerId, registerName, number } = await deps.numbering.takeIncomingNumber(trx, {
      organisationId: doc.organisation_id,
      confidential,
      year,
    });

    if (!input.confirmDuplicate) {
      const duplicate = await findDuplicate(trx, doc);
      if (duplicate) {
        throw new AppError(
          'CONFLICT',
          `Văn bản này có thể đã được vào sổ: số đến ${duplicate.register_number}/${duplicate.register_year}, ngày đến ${formatDateVi(duplicate.received_date)}. Kiểm tra lại, hoặc xác nhận vẫn vào sổ.`,
          {
            duplicate: {
              id: duplicate.id,
              registerNumber: duplicate.register_number,
              registerYear: duplicate.register_year,
              receivedDate: duplicate.received_date,
            },
          },
        );
      }
    }

    const updated = await updateDocumentIfStatus(trx, documentId, ['draft', 'arrived'], {
      status: 'registered',
      register_id: registerId,
      register_number: number,
      register_year: year,
      received_date: input.receivedDate,
      ...(input.forwardedTo !== undefined ? { forwarded_to: input.forwardedTo?.trim() || null } : {}),
      ...(input.fileReference !== undefined ? { file_reference: input.fileReference?.trim() || null } : {}),
      number_symbol_key: symbolKey(doc.number_symbol),
      issuer_key: issuerKey(doc.issuer_name),
      updated_at: new Date().toISOString(),
    });
    if (!updated) throw new AppError('CONFLICT', 'Văn bản đã được vào sổ.');

    const registered = { ...doc, number_symbol_key: symbolKey(doc.number_symbol) };
    const references = parseJson<{ numberSymbol: string; date: string | null }[]>(doc.references_json, []);
    await createCitesLinks(trx, registered, references, ctx.actor.userId);
    await resolvePendingLinks(trx, registered);
    await refreshDerived(trx, documentId);
    await recordAudit(trx, ctx, {
      action: 'document.registered',
      entityType: 'document',
      entityId: documentId,
      organisationId: doc.organisation_id,
      before: { status: doc.status },
      after: {
        status: 'registered',
        registerId,
        registerNumber: number,
        registerYear: year,
        receivedDate: input.receivedDate,
        confirmDuplicate: !!input.confirmDuplicate,
      },
    });
    // Requirements become tasks; a copy delivered by a network directive shows registered (edXML 03).
    for (const listener of deps.events.registered)
      await listener(trx, ctx, { documentId, organisationId: doc.organisation_id });
    return { documentId, registerId, registerName, number, year, confidential };
  }

  /**
   * Put a document into a school's incoming queue as an electronic arrival (status 'arrived'), inside
   * the caller's transaction, audited. It waits there for the school's clerk to register it (or the
   * caller may register it at once with `registerInTransaction`). Returns the new document id.
   */
  async function deliverArrival(
    trx: Transaction<DB>,
    ctx: RequestContext | null,
    input: ArrivalInput,
  ): Promise<string> {
    const row = newDocumentRow({
      organisation_id: input.organisationId,
      direction: 'incoming',
      status: 'arrived',
      source_kind: input.sourceKind ?? 'network',
      family: input.family ?? null,
      issuer_name: input.issuerName,
      issuer_parent: input.issuerParent ?? null,
      number_symbol: input.numberSymbol?.replace(/\s+/g, '') || null,
      number: input.number ?? null,
      type_code: input.typeCode ?? null,
      type_name: input.typeName ?? null,
      place: input.place ?? null,
      document_date: input.documentDate ?? null,
      subject: input.subject,
      recipients_json: JSON.stringify(input.recipients ?? []),
      signer_name: input.signerName ?? null,
      signer_title: input.signerTitle ?? null,
      signer_authority: input.signerAuthority ?? null,
      urgency: input.urgency ?? null,
      confidentiality: input.confidentiality || null,
      due_date: input.dueDate ?? null,
      references_json: JSON.stringify(input.references ?? []),
      extraction_json: input.extraction === undefined ? null : JSON.stringify(input.extraction),
      created_by: ctx?.actor.userId ?? null,
    });
    await insertDocumentWithRequirements(trx, row, input.requirements);
    await recordAudit(trx, ctx, {
      action: 'document.arrived',
      entityType: 'document',
      entityId: row.id,
      organisationId: row.organisation_id,
      after: { id: row.id, sourceKind: row.source_kind, numberSymbol: row.number_symbol, issuerName: row.issuer_name },
    });
    return row.id;
  }

  /** POST /api/documents/:id/register */
  async function registerDocument(ctx: RequestContext, id: string, input: RegisterInput): Promise<Registration> {
    const doc = await loadVisible(db, ctx, id);
    assertCanWrite(ctx.actor, doc.organisation_id);
    assertRegistryRole(ctx.actor);
    return db.transaction().execute((trx) => registerInTransaction(trx, ctx, id, input));
  }

  return { registerDocument, registerInTransaction, deliverArrival };
}

export type RegistrationService = ReturnType<typeof createRegistrationService>;
