/** /api/directives… and /api/obligations…: network directives, the Academy's dashboard, schools' obligations. */
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { sendAttachment } from '../../lib/downloads.ts';
import { FileResponse, IdParams, pageWindow } from '../../lib/http-schemas.ts';
import type { DashboardService } from './dashboard.service.ts';
import { buildDashboardXlsx } from './directives-export.ts';
import {
  CreateDirectiveBody,
  Dashboard,
  DashboardQuery,
  Directive,
  DirectiveDraft,
  DirectivePage,
  EvidenceFile,
  EvidenceFileParams,
  History,
  IssueResult,
  ListDirectivesQuery,
  ListObligationsQuery,
  ObligationDetail,
  ObligationPage,
  UpdateObligationBody,
} from './directives.schemas.ts';
import type { DirectivesService } from './directives.service.ts';
import type { ObligationEvidenceService } from './obligation-evidence.service.ts';
import type { ObligationsService } from './obligations.service.ts';

export type DirectivesServices = {
  directives: DirectivesService;
  dashboard: DashboardService;
  obligations: ObligationsService;
  evidence: ObligationEvidenceService;
};

export const directivesRoutes =
  ({ directives, dashboard, obligations, evidence }: DirectivesServices): FastifyPluginAsyncTypebox =>
  async (app) => {
    const tags = ['Chỉ đạo mạng lưới'];
    app.get(
      '/directives',
      {
        config: { tenancy: 'scoped' },
        schema: {
          tags,
          summary: 'Danh sách chỉ đạo (Học viện: tất cả; trường: chỉ đạo gửi đến trường)',
          querystring: ListDirectivesQuery,
          response: { 200: DirectivePage },
        },
      },
      async (request) => {
        const window = pageWindow(request.query);
        return {
          ...(await directives.listDirectives(request.ctx, window)),
          page: window.page,
          pageSize: window.pageSize,
        };
      },
    );
    app.post(
      '/directives',
      {
        config: { tenancy: 'scoped' },
        schema: {
          tags,
          summary: 'Tạo dự thảo chỉ đạo (cán bộ Học viện)',
          body: CreateDirectiveBody,
          response: { 201: Directive },
        },
      },
      async (request, reply) => {
        const id = await directives.createDirective(request.ctx, request.body);
        return reply.status(201).send(await directives.getDirective(request.ctx, id));
      },
    );
    app.get(
      '/directives/draft-from-document/:id',
      {
        config: { tenancy: 'scoped' },
        schema: {
          tags,
          summary: 'Gợi ý dự thảo chỉ đạo từ một văn bản đã trích xuất',
          params: IdParams,
          response: { 200: DirectiveDraft },
        },
      },
      async (request) => directives.draftFromDocument(request.ctx, request.params.id),
    );
    app.get(
      '/directives/:id',
      {
        config: { tenancy: 'scoped' },
        schema: { tags, summary: 'Một chỉ đạo và các yêu cầu', params: IdParams, response: { 200: Directive } },
      },
      async (request) => directives.getDirective(request.ctx, request.params.id),
    );
    app.post(
      '/directives/:id/issue',
      {
        config: { tenancy: 'scoped' },
        schema: {
          tags,
          summary: 'Ban hành: gửi đến các trường nhận và tạo nhiệm vụ theo từng yêu cầu',
          params: IdParams,
          response: { 200: IssueResult },
        },
      },
      async (request) => directives.issueDirective(request.ctx, request.params.id),
    );
    app.get(
      '/directives/:id/dashboard',
      {
        config: { tenancy: 'scoped' },
        schema: {
          tags,
          summary: 'Ma trận trường × yêu cầu và số liệu tổng hợp (Học viện)',
          params: IdParams,
          querystring: DashboardQuery,
          response: { 200: Dashboard },
        },
      },
      async (request) => dashboard.getDashboard(request.ctx, request.params.id, request.query),
    );
    app.get(
      '/directives/:id/history',
      {
        config: { tenancy: 'scoped' },
        schema: {
          tags,
          summary: 'Diễn biến số liệu theo thời gian (Học viện), theo cùng bộ lọc vùng và loại trường với ma trận',
          params: IdParams,
          querystring: DashboardQuery,
          response: { 200: History },
        },
      },
      async (request) => dashboard.getHistory(request.ctx, request.params.id, request.query),
    );
    app.get(
      '/directives/:id/export.xlsx',
      {
        config: { tenancy: 'scoped' },
        schema: {
          tags,
          summary: 'Xuất bảng theo dõi ra Excel (Học viện)',
          params: IdParams,
          querystring: DashboardQuery,
          response: {
            200: FileResponse('Bảng theo dõi thực hiện', [
              'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            ]),
          },
        },
      },
      async (request, reply) => {
        const data = await dashboard.getDashboard(request.ctx, request.params.id, request.query);
        reply.header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
        reply.header('content-disposition', `attachment; filename="theo-doi-chi-dao.xlsx"`);
        return reply.send(await buildDashboardXlsx(data));
      },
    );
    app.get(
      '/obligations',
      {
        config: { tenancy: 'scoped' },
        schema: {
          tags,
          summary: 'Nhiệm vụ của trường theo các chỉ đạo',
          querystring: ListObligationsQuery,
          response: { 200: ObligationPage },
        },
      },
      async (request) => {
        const window = pageWindow(request.query);
        return {
          ...(await obligations.listObligations(request.ctx, {
            directiveId: request.query.directiveId,
            status: request.query.status,
            limit: window.limit,
            offset: window.offset,
          })),
          page: window.page,
          pageSize: window.pageSize,
        };
      },
    );
    app.get(
      '/obligations/:id',
      {
        config: { tenancy: 'scoped' },
        schema: {
          tags,
          summary: 'Một nhiệm vụ, lịch sử và minh chứng',
          params: IdParams,
          response: { 200: ObligationDetail },
        },
      },
      async (request) => obligations.getObligation(request.ctx, request.params.id),
    );
    app.patch(
      '/obligations/:id',
      {
        config: { tenancy: 'scoped' },
        schema: {
          tags,
          summary: 'Trường cập nhật tình hình thực hiện',
          params: IdParams,
          body: UpdateObligationBody,
          response: { 200: ObligationDetail },
        },
      },
      async (request) => obligations.updateObligation(request.ctx, request.params.id, request.body),
    );
    app.post(
      '/obligations/:id/evidence',
      {
        config: { tenancy: 'scoped' },
        schema: {
          tags,
          summary: 'Trường tải lên tệp minh chứng (multipart, trường "files")',
          params: IdParams,
          response: { 201: Type.Array(EvidenceFile) },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await evidence.addEvidence(request.ctx, request.params.id, request.isMultipart() ? request.files() : null),
          ),
    );
    app.get(
      '/obligations/:id/evidence/:fileId',
      {
        config: { tenancy: 'scoped' },
        schema: {
          tags,
          summary: 'Tải tệp minh chứng',
          params: EvidenceFileParams,
          response: { 200: FileResponse('Tệp minh chứng (luôn tải về)', ['application/octet-stream']) },
        },
      },
      async (request, reply) => {
        return sendAttachment(
          reply,
          await evidence.openEvidence(request.ctx, request.params.id, request.params.fileId),
        );
      },
    );
  };
