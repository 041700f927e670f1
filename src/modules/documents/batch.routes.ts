/** /api/intake/batches…: a scanner batch (one PDF of several letters), its split review and confirmation. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParams } from '../../lib/http-schemas.ts';
import {
  BatchConfirmResult,
  BatchDetail,
  BatchList,
  BatchListQuery,
  BatchStartsBody,
  BatchUploadResult,
} from './batch.schemas.ts';
import type { BatchService } from './batch.service.ts';
import { readUpload } from './documents.http.ts';
import { OrganisationQuery } from './documents.schemas.ts';
import { targetOrganisation } from './documents.service.ts';

const scoped = { tenancy: 'scoped' as const };
const tags = ['Tiếp nhận văn bản'];

export const batchRoutes =
  (batches: BatchService): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.post(
      '/intake/batches',
      {
        config: scoped,
        schema: {
          tags,
          summary: 'Tải lên một lô văn bản quét (một tệp PDF nhiều văn bản); hệ thống đọc và đề xuất cách tách ở nền',
          consumes: ['multipart/form-data'],
          querystring: OrganisationQuery,
          response: { 202: BatchUploadResult },
        },
      },
      async (request, reply) => {
        // Out-of-scope organisation → 404 before the body is read.
        const organisationId = targetOrganisation(request.ctx, request.query.organisationId);
        const upload = await readUpload(request);
        return reply.status(202).send(await batches.uploadBatch(request.ctx, { organisationId, ...upload }));
      },
    );

    app.get(
      '/intake/batches',
      {
        config: scoped,
        schema: { tags, summary: 'Các lô văn bản quét', querystring: BatchListQuery, response: { 200: BatchList } },
      },
      async (request) => batches.list(request.ctx, request.query),
    );

    app.get(
      '/intake/batches/:id',
      {
        config: scoped,
        schema: {
          tags,
          summary: 'Một lô văn bản quét: tiến độ đọc, các văn bản được tách với trang và thông tin dự thảo',
          params: IdParams,
          response: { 200: BatchDetail },
        },
      },
      async (request) => batches.getBatch(request.ctx, request.params.id),
    );

    app.put(
      '/intake/batches/:id/starts',
      {
        config: scoped,
        schema: {
          tags,
          summary: 'Dời ranh giới giữa các văn bản (trang bắt đầu của từng văn bản); không đọc lại',
          params: IdParams,
          body: BatchStartsBody,
          response: { 200: BatchDetail },
        },
      },
      async (request) => batches.setStarts(request.ctx, request.params.id, request.body),
    );

    app.post(
      '/intake/batches/:id/confirm',
      {
        config: scoped,
        schema: {
          tags,
          summary: 'Xác nhận cách tách: tạo một văn bản đến (dự thảo) cho mỗi văn bản trong lô',
          params: IdParams,
          response: { 201: BatchConfirmResult },
        },
      },
      async (request, reply) => reply.status(201).send(await batches.confirm(request.ctx, request.params.id)),
    );
  };
