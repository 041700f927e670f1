/** /api/intake…: upload a letter (read in the background), poll its reading, or paste OCR text. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParams } from '../../lib/http-schemas.ts';
import { assertRegistryRole } from './documents.policy.ts';
import { DocumentDetail, IntakeTextBody, OrganisationQuery, UploadResult, UploadState } from './documents.schemas.ts';
import { targetOrganisation } from './documents.service.ts';
import { readUpload } from './documents.http.ts';
import type { DocumentsServices } from './documents.routes.ts';

const scoped = { tenancy: 'scoped' as const };
const tags = ['Tiếp nhận văn bản'];

export const intakeRoutes =
  (m: DocumentsServices): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.post(
      '/intake/uploads',
      {
        config: scoped,
        schema: {
          tags,
          summary:
            'Tải lên văn bản (PDF, PNG, JPEG, TIFF, TXT, edXML; multipart, trường "file"); hệ thống đọc và trích xuất ở nền',
          consumes: ['multipart/form-data'],
          querystring: OrganisationQuery,
          response: { 202: UploadResult },
        },
      },
      async (request, reply) => {
        const organisationId = targetOrganisation(request.ctx, request.query.organisationId);
        assertRegistryRole(request.ctx.actor);
        const upload = await readUpload(request);
        return reply.status(202).send(await m.intake.uploadFile(request.ctx, { organisationId, ...upload }));
      },
    );

    app.get(
      '/intake/uploads/:id',
      {
        config: scoped,
        schema: {
          tags,
          summary: 'Trạng thái đọc tệp tải lên và kết quả trích xuất (độ tin cậy từng trường)',
          params: IdParams,
          response: { 200: UploadState },
        },
      },
      async (request) => m.intake.uploadState(request.ctx, request.params.id),
    );

    app.post(
      '/intake/text',
      {
        config: scoped,
        schema: {
          tags,
          summary: 'Tạo văn bản đến (dự thảo) từ văn bản OCR dán vào; trích xuất ngay',
          body: IntakeTextBody,
          response: { 201: DocumentDetail },
        },
      },
      async (request, reply) => reply.status(201).send(await m.documents.createFromText(request.ctx, request.body)),
    );
  };
