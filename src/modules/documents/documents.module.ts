/** Wires the documents capability: one place builds every service from the database, config and intake engine. */
import type { FastifyRequest } from 'fastify';
import type { Config } from '../../config.ts';
import type { Database } from '../../db/database.ts';
import { AppError } from '../../lib/app-error.ts';
import { createRegistersService } from '../registers/registers.service.ts';
import { createDocumentsService } from './documents.service.ts';
import { defaultIntakeEngine, type IntakeEngine } from './intake-engine.ts';
import { createIntakeService } from './intake.service.ts';
import { createLinksService } from './links.service.ts';
import { createOutgoingService } from './outgoing.service.ts';
import { createRegistrationService } from './registration.service.ts';
import { createSearchService } from './search.service.ts';

export function createDocumentsModule(database: Database, config: Config, engine: IntakeEngine = defaultIntakeEngine) {
  const deps = { database, config, engine };
  return {
    documents: createDocumentsService(deps),
    registration: createRegistrationService(deps),
    outgoing: createOutgoingService(deps),
    links: createLinksService(deps),
    search: createSearchService(deps),
    intake: createIntakeService(deps),
    registers: createRegistersService(deps),
  };
}

export type DocumentsModule = ReturnType<typeof createDocumentsModule>;

/** The uploaded file of a multipart request (field "file"), within config.uploadMaxBytes (413 beyond). */
export async function readUpload(request: FastifyRequest): Promise<{ fileName: string; data: Buffer }> {
  if (!request.isMultipart())
    throw new AppError('BAD_REQUEST', 'Cần gửi tệp dạng multipart/form-data (trường "file").');
  const part = await request.file();
  if (!part) throw new AppError('BAD_REQUEST', 'Chưa chọn tệp để tải lên.');
  const data = await part.toBuffer();
  if (data.length === 0) throw new AppError('BAD_REQUEST', 'Tệp tải lên rỗng.');
  return { fileName: part.filename, data };
}
