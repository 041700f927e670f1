/** /api/registers…: incoming and outgoing registers, the printable incoming register, numbering settings. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { FileResponse } from '../../lib/http-schemas.ts';
import { contentDisposition } from '../../lib/downloads.ts';
import type { RegistersService } from './registers.service.ts';
import {
  PrintQuery,
  RegisterListQuery,
  RegisterPage,
  Settings,
  SettingsBody,
  SettingsQuery,
} from './registers.schemas.ts';

const scoped = { tenancy: 'scoped' as const };
const tags = ['Sổ đăng ký văn bản'];

export const registersRoutes =
  (service: RegistersService): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.get(
      '/registers/incoming',
      {
        config: scoped,
        schema: {
          tags,
          summary: 'Sổ văn bản đến (mới nhất trước), lọc theo năm, sổ mật, trạng thái, ngày đến',
          querystring: RegisterListQuery,
          response: { 200: RegisterPage },
        },
      },
      async (request) => service.listRegister(request.ctx, 'incoming', request.query),
    );

    app.get(
      '/registers/outgoing',
      {
        config: scoped,
        schema: {
          tags,
          summary: 'Sổ văn bản đi (mới nhất trước)',
          querystring: RegisterListQuery,
          response: { 200: RegisterPage },
        },
      },
      async (request) => service.listRegister(request.ctx, 'outgoing', request.query),
    );

    app.get(
      '/registers/incoming/print',
      {
        config: scoped,
        schema: {
          tags,
          summary: 'In sổ đăng ký văn bản đến (NĐ 30/2020 Phụ lục IV) dạng XLSX hoặc DOCX',
          querystring: PrintQuery,
          response: {
            200: FileResponse('Sổ đăng ký văn bản đến để in', [
              'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
              'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
            ]),
          },
        },
      },
      async (request, reply) => {
        const file = await service.printIncoming(request.ctx, request.query);
        reply.header('content-type', file.contentType);
        reply.header('content-disposition', contentDisposition(file.fileName));
        return reply.send(file.data);
      },
    );

    app.get(
      '/registers/settings',
      {
        config: scoped,
        schema: {
          tags,
          summary: 'Thiết lập đánh số văn bản đi của đơn vị (chữ viết tắt, nhiệm kỳ, mã định danh)',
          querystring: SettingsQuery,
          response: { 200: Settings },
        },
      },
      async (request) => service.getSettings(request.ctx, request.query.organisationId),
    );

    app.put(
      '/registers/settings',
      {
        config: scoped,
        schema: {
          tags,
          summary: 'Sửa thiết lập đánh số (quản trị viên, văn thư)',
          body: SettingsBody,
          response: { 200: Settings },
        },
      },
      async (request) => service.updateSettings(request.ctx, request.body),
    );
  };
