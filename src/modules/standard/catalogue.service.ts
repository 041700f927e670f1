/**
 * Catalogue versions: the shipped provisional version (in code, every indicator "Chưa xác minh") and the
 * versions the Academy's administrator imported from XLSX. A version never changes once stored; an
 * assessment keeps the id of the one it was made with.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { UnreadableFileError } from '../../compliance/read-sheets.ts';
import type { DB } from '../../db/types.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import {
  type CatalogueVersion,
  type Confidence,
  catalogueInForce,
  parseCatalogueFile,
  PROVISIONAL_CATALOGUE,
} from '../../standard/index.ts';
import { recordAudit } from '../audit/audit.ports.ts';
import type { RequestContext } from '../tenancy/actor.ts';
import { assertCatalogueAdmin } from './standard.policy.ts';
import { insertCatalogueRow, listCatalogueRows } from './standard.repository.ts';

type Executor = Parameters<typeof listCatalogueRows>[0];
export type CatalogueImportForm = {
  title: string;
  effectiveFrom: string;
  source: string;
  confidence: Confidence;
  note?: string | undefined;
};
export type UploadedFile = { fileName: string; data: Buffer };

export async function loadCatalogues(db: Executor): Promise<CatalogueVersion[]> {
  const rows = await listCatalogueRows(db);
  return [PROVISIONAL_CATALOGUE, ...rows.map((r) => JSON.parse(r.version_json) as CatalogueVersion)];
}

export async function catalogueById(db: Executor, id: string): Promise<CatalogueVersion> {
  const version = (await loadCatalogues(db)).find((v) => v.id === id);
  if (!version) throw notFound('Không tìm thấy phiên bản danh mục tiêu chí.');
  return version;
}

export async function catalogueOn(db: Executor, date: string): Promise<CatalogueVersion> {
  const versions = await loadCatalogues(db);
  return catalogueInForce(versions, date) ?? PROVISIONAL_CATALOGUE;
}

export function createCatalogueService(db: Kysely<DB>) {
  async function parse(ctx: RequestContext, file: UploadedFile, form: CatalogueImportForm) {
    assertCatalogueAdmin(ctx);
    const existing = await loadCatalogues(db);
    const options = {
      id: `danh-muc-${form.effectiveFrom}-${randomUUID().slice(0, 8)}`,
      title: form.title,
      effectiveFrom: form.effectiveFrom,
      source: form.source,
      confidence: form.confidence,
      note: form.note ?? null,
      existingVersionIds: existing.map((v) => v.id),
    };
    try {
      return await parseCatalogueFile(file.data, file.fileName, options);
    } catch (error) {
      if (!(error instanceof UnreadableFileError)) throw error;
      const errors = [{ sheet: file.fileName, row: null, column: null, message: error.message }];
      return { version: null, errors, notices: [] };
    }
  }

  /** Import a new version: every error listed (422) and nothing stored, or the whole version stored. */
  async function importVersion(ctx: RequestContext, file: UploadedFile, form: CatalogueImportForm) {
    const parsed = await parse(ctx, file, form);
    if (!parsed.version)
      throw new AppError(
        'UNPROCESSABLE',
        `Tệp danh mục có ${parsed.errors.length} lỗi: chưa lưu phiên bản nào. Sửa các lỗi rồi nhập lại.`,
        { errors: parsed.errors },
      );
    const version = parsed.version;
    await db.transaction().execute(async (trx) => {
      await insertCatalogueRow(trx, {
        id: version.id,
        title: version.title,
        effective_from: version.effectiveFrom,
        version_json: JSON.stringify(version),
        created_by: ctx.actor.userId,
        created_at: new Date().toISOString(),
      });
      await recordAudit(trx, ctx, {
        action: 'standard.catalogue.imported',
        entityType: 'standard_catalogue_version',
        entityId: version.id,
        organisationId: ctx.actor.organisationId,
        after: {
          title: version.title,
          effectiveFrom: version.effectiveFrom,
          items: version.items.length,
          file: file.fileName,
        },
      });
    });
    return { version, notices: parsed.notices };
  }

  return {
    list: () => loadCatalogues(db),
    get: (id: string) => catalogueById(db, id),
    importVersion,
  };
}

export type CatalogueService = ReturnType<typeof createCatalogueService>;
