/**
 * What the letters module asks of documents (documents.ports.ts): keep a file with a document, read a
 * visible document for "Soạn văn bản trả lời", and read a visible document's PDFs for signature checks.
 */
import type { FileStore } from '../../lib/file-store/index.ts';
import type { RequestContext } from '../tenancy/actor.ts';
import type { AnsweredDocument, AttachFileInput, Db } from './documents.ports.ts';
import { findVisibleDocument, insertFile, listFiles } from './documents.repository.ts';
import { loadVisible } from './documents.service.ts';
import { cleanFileName, isMissingFile, readStoredFile, storeFile } from './files.storage.ts';

export function createLetterBridge(store: FileStore) {
  async function attachFile(trx: Db, input: AttachFileInput): Promise<string> {
    const stored = await storeFile(store, input.organisationId, input.data);
    return insertFile(trx, {
      document_id: input.documentId,
      organisation_id: input.organisationId,
      kind: input.kind,
      file_name: cleanFileName(input.fileName, 'van-ban.pdf'),
      content_type: input.contentType,
      size: stored.size,
      sha256: stored.sha256,
      storage_path: stored.storagePath,
      created_by: input.createdBy,
    });
  }

  async function findVisible(db: Db, ctx: RequestContext, id: string): Promise<AnsweredDocument | undefined> {
    const row = await findVisibleDocument(db, ctx.actor, id);
    if (!row) return undefined;
    return {
      id: row.id,
      organisationId: row.organisation_id,
      direction: row.direction,
      numberSymbol: row.number_symbol,
      documentDate: row.document_date,
      typeName: row.type_name,
      issuerName: row.issuer_name,
      subject: row.subject,
      confidentiality: row.confidentiality,
    };
  }

  async function readPdfFiles(db: Db, ctx: RequestContext, id: string) {
    await loadVisible(db, ctx, id);
    const files = (await listFiles(db, id)).filter((f) => f.content_type === 'application/pdf');
    const out: { id: string; fileName: string; kind: string; data: Buffer }[] = [];
    for (const f of files) {
      try {
        out.push({ id: f.id, fileName: f.file_name, kind: f.kind, data: await readStoredFile(store, f) });
      } catch (e) {
        // a missing file is reported as absent, not as a server error; a damaged one is an error
        if (!isMissingFile(e)) throw e;
      }
    }
    return out;
  }

  return { attachFile, findVisible, readPdfFiles };
}
