/**
 * edXML (QCVN 102:2016) in and out. Import: the message is parsed by src/edxml (hostile-input safe);
 * a malformed or hostile file is refused with the library's Vietnamese message before anything is
 * written. A valid one becomes an *arrived* incoming document with the .edxml and its attachments as
 * files; readable attachments are queued for the intake engine to fill the full text and requirements.
 * Export: any document with a number-symbol and a date, with its files as attachments.
 */
import {
  buildEdxml,
  isEdxmlError,
  parseEdxml,
  splitNumberSymbol,
  type EdxmlDocument,
  type EdxmlOrganInput,
} from '../../edxml/index.ts';
import { type ExchangeCodes, exchangeParties } from './edxml-parties.ts';
import { findOrganIdsByName } from './exchange.repository.ts';
import { AppError } from '../../lib/app-error.ts';
import { foldVietnamese } from '../../lib/vn.ts';
import { enqueueJob } from '../../jobs/queue.ts';
import type { RequestContext } from '../tenancy/actor.ts';
import { assertRegistryRole, URGENCY_LEVELS } from './documents.policy.ts';
import { parseJson } from './documents.presenter.ts';
import { findSymbolAndDate, insertFile, listFiles, updateDocument } from './documents.repository.ts';
import { loadVisible, targetOrganisation, type DocumentsDeps } from './documents.service.ts';
import { cleanFileName, detectKind, readStoredFile, storeFile } from './files.storage.ts';
import { INTAKE_JOB } from './intake.job.ts';
import type { DocumentsPorts } from './documents.ports.ts';

const TYPE_CODES: Record<string, string> = {
  'cong van': 'CV',
  'ke hoach': 'KH',
  'thong bao': 'TB',
  'quyet dinh': 'QĐ',
  'huong dan': 'HD',
  'bao cao': 'BC',
  'chi thi': 'CT',
  'quy che': 'QC',
  'nghi quyet': 'NQ',
  'ket luan': 'KL',
  'to trinh': 'TTr',
  'chuong trinh': 'CTr',
  'de an': 'ĐA',
  'giay moi': 'GM',
};

/** Type code from the type name, else the type group of the notation ("CV/HVCTQG" → CV, "QĐ-UBND" → QĐ). */
export function typeCodeOf(typeName: string | null, notation: string): string | null {
  const byName = typeName ? TYPE_CODES[foldVietnamese(typeName)] : undefined;
  if (byName) return byName;
  const first = notation.split(/[-/]/)[0] ?? '';
  return Object.values(TYPE_CODES).includes(first) ? first : null;
}

function urgencyOf(doc: EdxmlDocument): string | null {
  // edXML priority 4 "Hỏa tốc hẹn giờ" is not a Decree 30 mark: the letter is "Hỏa tốc"
  const label = doc.priority?.code === 4 ? 'Hỏa tốc' : doc.priority?.label;
  return label && (URGENCY_LEVELS as readonly string[]).includes(label) ? label : null;
}

/** `deliverArrival` comes from the registration service (documents.module.ts builds both). */
export function createEdxmlService(deps: DocumentsDeps, deliverArrival: DocumentsPorts['deliverArrival']) {
  const { db } = deps.database;
  const { config } = deps;

  /**
   * Import an edXML message as an arrived incoming document.
   * @throws AppError BAD_REQUEST with the edXML library's Vietnamese message when the file is not a valid edXML document.
   */
  async function importEdxml(
    ctx: RequestContext,
    input: { organisationId?: string | undefined; fileName: string; data: Buffer },
  ) {
    const organisationId = targetOrganisation(ctx, input.organisationId);
    assertRegistryRole(ctx.actor);
    let doc: EdxmlDocument;
    try {
      doc = parseEdxml(input.data, { maxBytes: config.uploadMaxBytes });
    } catch (error) {
      if (isEdxmlError(error))
        throw new AppError('BAD_REQUEST', error.message, { code: error.code, field: error.field ?? null });
      throw error;
    }
    const original = await storeFile(deps.files, organisationId, input.data);
    const attachments = await Promise.all(
      doc.attachments.map(async (a, i) => ({
        a,
        name: cleanFileName(a.name, `dinh-kem-${i + 1}`),
        stored: await storeFile(deps.files, organisationId, a.data),
      })),
    );
    return db.transaction().execute(async (trx) => {
      const documentId = await deliverArrival(trx, ctx, {
        organisationId,
        sourceKind: 'edxml',
        family: /^\d+-/.test(doc.numberSymbol) ? 'party' : 'state',
        issuerName: doc.from.organName ?? doc.from.organId,
        issuerParent: doc.from.organizationInCharge,
        numberSymbol: doc.numberSymbol,
        number: doc.codeNumber,
        typeCode: typeCodeOf(doc.typeName, doc.codeNotation),
        typeName: doc.typeName,
        place: doc.place,
        documentDate: doc.promulgationDate,
        subject: doc.subject,
        recipients: doc.toPlaces.length ? doc.toPlaces : doc.to.map((t) => t.organName ?? t.organId),
        signerName: doc.signer.fullName,
        signerTitle: doc.signer.position,
        signerAuthority: doc.signer.competence,
        urgency: urgencyOf(doc),
        dueDate: doc.dueDate,
        references: doc.responseFor
          .filter((r) => r.code)
          .map((r) => ({ numberSymbol: r.code!, date: r.promulgationDate })),
        extraction: {
          source: 'edxml',
          edxml: {
            documentId: doc.documentId,
            from: doc.from,
            to: doc.to,
            businessDocType: doc.businessDocType,
            hasSignature: doc.hasSignature,
            responseFor: doc.responseFor,
          },
        },
      });
      await insertFile(trx, {
        document_id: documentId,
        organisation_id: organisationId,
        kind: 'original',
        file_name: cleanFileName(input.fileName, 'van-ban.edxml'),
        content_type: 'application/xml',
        size: original.size,
        sha256: original.sha256,
        storage_path: original.storagePath,
        created_by: ctx.actor.userId,
      });
      let readable: string | null = null;
      for (const { a, name, stored } of attachments) {
        const fileId = await insertFile(trx, {
          document_id: documentId,
          organisation_id: organisationId,
          kind: 'attachment',
          file_name: name,
          content_type: a.contentType.slice(0, 100),
          size: stored.size,
          sha256: stored.sha256,
          storage_path: stored.storagePath,
          created_by: ctx.actor.userId,
        });
        if (!readable && isReadable(a.data, name)) readable = fileId;
      }
      if (readable) {
        const jobId = await enqueueJob(trx, {
          name: INTAKE_JOB,
          payload: { documentId, fileId: readable, enrichOnly: true },
          organisationId,
        });
        await updateDocument(trx, documentId, { intake_job_id: jobId });
      }
      return { documentId };
    });
  }

  /** The document as an edXML message, with its files (except page renderings and received .edxml) attached. */
  async function exportEdxml(
    ctx: RequestContext,
    id: string,
    codes?: ExchangeCodes,
  ): Promise<{ fileName: string; xml: string }> {
    const doc = await loadVisible(db, ctx, id);
    const code = doc.number_symbol ? splitNumberSymbol(doc.number_symbol) : null;
    if (!code || !doc.document_date || !doc.subject)
      throw new AppError('BAD_REQUEST', 'Văn bản chưa có đủ số, ký hiệu, ngày và trích yếu để xuất edXML.');
    const settings = await deps.numbering.settings(db, doc.organisation_id);
    const received = parseJson<{ edxml?: { from?: EdxmlOrganInput } } | null>(doc.extraction_json, null)?.edxml?.from;
    const recipients = parseJson<string[]>(doc.recipients_json, []);
    const files = (await listFiles(db, id)).filter(
      (f) => f.kind !== 'page_image' && !(f.kind === 'original' && f.content_type === 'application/xml'),
    );
    const attachments = await Promise.all(
      files.map(async (f) => ({
        name: f.file_name,
        contentType: f.content_type,
        data: await readStoredFile(deps.files, f),
      })),
    );
    const answered = doc.answers_document_id ? await findSymbolAndDate(db, doc.answers_document_id) : undefined;
    const known = await findOrganIdsByName(db, recipients);
    const { from, to } = exchangeParties(doc, settings.edxmlOrganId, received, recipients, codes ?? {}, known);
    const xml = buildOrRefuse({
      from,
      to,
      codeNumber: code.codeNumber,
      codeNotation: code.codeNotation,
      place: doc.place,
      promulgationDate: doc.document_date,
      typeName: doc.type_name,
      subject: doc.subject,
      signer: { competence: doc.signer_authority, position: doc.signer_title, fullName: doc.signer_name },
      dueDate: doc.due_date,
      priority: doc.urgency ? Math.max(0, URGENCY_LEVELS.indexOf(doc.urgency as never) + 1) : 0,
      responseFor: answered?.number_symbol
        ? [{ code: answered.number_symbol, promulgationDate: answered.document_date }]
        : [],
      toPlaces: recipients,
      attachments,
    });
    return { fileName: `${doc.number_symbol!.replace(/[/\\]/g, '-')}.edxml`, xml };
  }

  return { importEdxml, exportEdxml };
}

function buildOrRefuse(input: Parameters<typeof buildEdxml>[0]): string {
  try {
    return buildEdxml(input);
  } catch (error) {
    if (isEdxmlError(error)) throw new AppError('BAD_REQUEST', error.message);
    throw error;
  }
}

function isReadable(data: Buffer, name: string): boolean {
  try {
    const kind = detectKind(data, name);
    return kind !== 'edxml';
  } catch {
    return false;
  }
}
