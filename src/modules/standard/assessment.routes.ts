/** HTTP routes of self-assessments: list, create, read with computed values, entries, evidence files, submit, documents out. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { sendAttachment } from '../../lib/downloads.ts';
import { FileResponse, IdParams } from '../../lib/http-schemas.ts';
import type { StandardServices } from './standard.routes.ts';
import {
  AssessmentList,
  AssessmentView,
  CreateAssessmentBody,
  EntryBody,
  EntryParams,
  FileParams,
  SchoolParams,
  UploadedFiles,
} from './standard.schemas.ts';

const OCTET = ['application/octet-stream'];

export const assessmentRoutes =
  (m: StandardServices): FastifyPluginAsyncTypebox =>
  async (app) => {
    const tags = ['Trường chính trị chuẩn'];
    const scoped = { tenancy: 'scoped' as const };

    app.get(
      '/standard/schools/:id/assessments',
      {
        config: scoped,
        schema: {
          tags,
          summary: 'Các lần tự đánh giá của trường',
          params: SchoolParams,
          response: { 200: AssessmentList },
        },
      },
      async (request) => m.assessments.list(request.ctx, request.params.id),
    );
    app.post(
      '/standard/schools/:id/assessments',
      {
        config: scoped,
        schema: {
          tags,
          summary: 'Bắt đầu một lần tự đánh giá (theo phiên bản danh mục hiện hành vào ngày nộp hồ sơ)',
          params: SchoolParams,
          body: CreateAssessmentBody,
          response: { 201: AssessmentView },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await m.assessments.create(request.ctx, request.params.id, request.body)),
    );
    app.get(
      '/standard/assessments/:id',
      {
        config: scoped,
        schema: {
          tags,
          summary:
            'Bản tự đánh giá: từng chỉ tiêu (giá trị tính sẵn kèm cách tính, mức tự đánh giá, minh chứng), dòng tiến độ, những gì còn thiếu',
          params: IdParams,
          response: { 200: AssessmentView },
        },
      },
      async (request) => m.assessments.get(request.ctx, request.params.id),
    );
    app.put(
      '/standard/assessments/:id/entries/:code',
      {
        config: scoped,
        schema: {
          tags,
          summary: 'Ghi kết quả một chỉ tiêu: giá trị, mức tự đánh giá, nhận xét, minh chứng có mã (H2.05.01.03)',
          params: EntryParams,
          body: EntryBody,
          response: { 200: AssessmentView },
        },
      },
      async (request) => m.assessments.setEntry(request.ctx, request.params.id, request.params.code, request.body),
    );
    app.post(
      '/standard/assessments/:id/submit',
      {
        config: scoped,
        schema: {
          tags,
          summary: 'Nộp bản tự đánh giá (ghi bước "Tự đánh giá" vào hồ sơ trong cùng giao dịch)',
          params: IdParams,
          response: { 200: AssessmentView },
        },
      },
      async (request) => m.assessments.submit(request.ctx, request.params.id),
    );
    app.post(
      '/standard/assessments/:id/files',
      {
        config: scoped,
        schema: {
          tags,
          summary: 'Tải lên tệp minh chứng (multipart, trường "files"); gắn vào minh chứng bằng mã tệp',
          params: IdParams,
          consumes: ['multipart/form-data'],
          response: { 201: UploadedFiles },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await m.documents.uploadEvidence(
              request.ctx,
              request.params.id,
              request.isMultipart() ? request.files() : null,
            ),
          ),
    );
    app.get(
      '/standard/assessments/:id/files/:fileId',
      {
        config: scoped,
        schema: {
          tags,
          summary: 'Tải tệp minh chứng',
          params: FileParams,
          response: { 200: FileResponse('Tệp minh chứng', OCTET) },
        },
      },
      async (request, reply) =>
        sendAttachment(reply, await m.documents.openEvidence(request.ctx, request.params.id, request.params.fileId)),
    );
    app.get(
      '/standard/assessments/:id/report.docx',
      {
        config: scoped,
        schema: {
          tags,
          summary: 'Báo cáo tự đánh giá (DOCX, thể thức văn bản của Đảng)',
          params: IdParams,
          response: { 200: FileResponse('Báo cáo', OCTET) },
        },
      },
      async (request, reply) => sendAttachment(reply, await m.documents.reportDocx(request.ctx, request.params.id)),
    );
    app.get(
      '/standard/assessments/:id/evidence.xlsx',
      {
        config: scoped,
        schema: {
          tags,
          summary: 'Danh mục minh chứng (XLSX)',
          params: IdParams,
          response: { 200: FileResponse('Danh mục minh chứng', OCTET) },
        },
      },
      async (request, reply) => sendAttachment(reply, await m.documents.evidenceXlsx(request.ctx, request.params.id)),
    );
  };
