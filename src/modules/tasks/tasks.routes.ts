import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { sendAttachment } from '../../lib/downloads.ts';
import { FileResponse, IdParams } from '../../lib/http-schemas.ts';
import type { DeadlinesService } from './deadlines.service.ts';
import type { EvidenceService } from './evidence.service.ts';
import type { TaskFlowService } from './task-flow.service.ts';
import type { TasksService } from './tasks.service.ts';
import {
  CompleteBody,
  DeadlinesQuery,
  Deadlines,
  DecideBody,
  EvidenceFile,
  ExtensionBody,
  FileParams,
  MineQuery,
  PatchTaskBody,
  ProgressBody,
  ReturnBody,
  TaskDetail,
  TaskSummary,
} from './tasks.schemas.ts';

export type TaskRouteServices = {
  tasks: TasksService;
  flow: TaskFlowService;
  evidence: EvidenceService;
  deadlines: DeadlinesService;
};

export const tasksRoutes =
  ({ tasks, flow, evidence, deadlines }: TaskRouteServices): FastifyPluginAsyncTypebox =>
  async (app) => {
    const tags = ['Nhiệm vụ'];
    const scoped = { tenancy: 'scoped' as const };
    app.get(
      '/tasks/mine',
      {
        config: scoped,
        schema: {
          tags,
          summary: 'Việc của tôi: nhiệm vụ tôi hoặc phòng, khoa của tôi chủ trì, phối hợp, để biết',
          querystring: MineQuery,
          response: { 200: Type.Object({ items: Type.Array(TaskSummary), total: Type.Integer() }) },
        },
      },
      async (request) => tasks.mine(request.ctx, request.query),
    );
    app.get(
      '/tasks/:id',
      {
        config: scoped,
        schema: {
          tags,
          summary: 'Một nhiệm vụ: người được giao, lịch sử, tài liệu kết quả',
          params: IdParams,
          response: { 200: TaskDetail },
        },
      },
      async (request) => tasks.get(request.ctx, request.params.id),
    );
    app.post(
      '/tasks/:id/acknowledge',
      {
        config: scoped,
        schema: {
          tags,
          summary: 'Xác nhận đã nhận nhiệm vụ (trang nhiệm vụ gửi khi người được giao mở ra)',
          params: IdParams,
          response: { 200: Type.Object({ acknowledged: Type.Integer() }) },
        },
      },
      async (request) => tasks.acknowledge(request.ctx, request.params.id),
    );
    app.patch(
      '/tasks/:id',
      {
        config: scoped,
        schema: {
          tags,
          summary: 'Sửa tên, nội dung hoặc hạn xử lý (văn thư, lãnh đạo)',
          params: IdParams,
          body: PatchTaskBody,
          response: { 200: TaskDetail },
        },
      },
      async (request) => tasks.patch(request.ctx, request.params.id, request.body),
    );
    app.post(
      '/tasks/:id/progress',
      {
        config: scoped,
        schema: {
          tags,
          summary: 'Cập nhật tiến độ (chủ trì) hoặc gửi ý kiến',
          params: IdParams,
          body: ProgressBody,
          response: { 200: TaskDetail },
        },
      },
      async (request) => tasks.progress(request.ctx, request.params.id, request.body),
    );
    app.post(
      '/tasks/:id/files',
      {
        config: scoped,
        schema: {
          tags,
          summary: 'Tải lên tài liệu kết quả (multipart/form-data, trường "files")',
          params: IdParams,
          consumes: ['multipart/form-data'],
          response: { 201: Type.Array(EvidenceFile) },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await evidence.addFiles(request.ctx, request.params.id, request.isMultipart() ? request.files() : null),
          ),
    );
    app.get(
      '/tasks/:id/files/:fileId',
      {
        config: scoped,
        schema: {
          tags,
          summary: 'Tải xuống một tài liệu kết quả',
          params: FileParams,
          response: { 200: FileResponse('Tài liệu kết quả (luôn tải về)', ['application/octet-stream']) },
        },
      },
      async (request, reply) => {
        return sendAttachment(reply, await evidence.openFile(request.ctx, request.params.id, request.params.fileId));
      },
    );
    app.post(
      '/tasks/:id/complete',
      {
        config: scoped,
        schema: {
          tags,
          summary: 'Hoàn thành nhiệm vụ với báo cáo kết quả (chủ trì); fileIds là các tệp đã tải lên nhiệm vụ',
          params: IdParams,
          body: CompleteBody,
          response: { 200: TaskDetail },
        },
      },
      async (request) => {
        await flow.complete(request.ctx, request.params.id, request.body);
        return tasks.get(request.ctx, request.params.id);
      },
    );
    app.post(
      '/tasks/:id/return',
      {
        config: scoped,
        schema: {
          tags,
          summary: 'Trả lại nhiệm vụ cho lãnh đạo, nêu lý do (chủ trì)',
          params: IdParams,
          body: ReturnBody,
          response: { 200: TaskDetail },
        },
      },
      async (request) => {
        await flow.giveBack(request.ctx, request.params.id, request.body.reason.trim());
        return tasks.get(request.ctx, request.params.id);
      },
    );
    app.post(
      '/tasks/:id/extension',
      {
        config: scoped,
        schema: {
          tags,
          summary: 'Xin gia hạn (chủ trì)',
          params: IdParams,
          body: ExtensionBody,
          response: { 200: TaskDetail },
        },
      },
      async (request) => {
        await flow.requestExtension(request.ctx, request.params.id, request.body);
        return tasks.get(request.ctx, request.params.id);
      },
    );
    app.post(
      '/tasks/:id/extension/decide',
      {
        config: scoped,
        schema: {
          tags,
          summary: 'Lãnh đạo đồng ý hoặc không đồng ý gia hạn',
          params: IdParams,
          body: DecideBody,
          response: { 200: TaskDetail },
        },
      },
      async (request) => {
        await flow.decideExtension(request.ctx, request.params.id, request.body);
        return tasks.get(request.ctx, request.params.id);
      },
    );
    app.get(
      '/deadlines',
      {
        config: scoped,
        schema: {
          tags,
          summary: 'Việc sắp đến hạn và quá hạn của tôi, của phòng, khoa hoặc của đơn vị',
          querystring: DeadlinesQuery,
          response: { 200: Deadlines },
        },
      },
      async (request) => deadlines.list(request.ctx, request.query),
    );
  };
