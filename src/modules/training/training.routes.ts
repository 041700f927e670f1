/** HTTP routes of training and compliance (thin: validation by TypeBox, work in the services). */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { REGIMES, RULES, buildImportTemplate } from '../../compliance/index.ts';
import { AppError } from '../../lib/app-error.ts';
import { FileResponse, IdParams, NoContent, pageWindow } from '../../lib/http-schemas.ts';
import { vietnamToday } from '../../lib/dates.ts';
import { buildComplianceXlsx } from './compliance-export.ts';
import type { ClassesService } from './classes.service.ts';
import type { ImportService } from './import.service.ts';
import type { OverridesService } from './overrides.service.ts';
import type { SettingsService } from './settings.service.ts';
import type { SummaryService } from './summary.service.ts';
import {
  ClassDetail,
  ClassPage,
  ComplianceSettings,
  ComplianceSummary,
  Finding,
  ImportPreview,
  ImportResult,
  Rules,
} from './training.responses.ts';
import {
  ImportQuery,
  ListClassesQuery,
  OrganisationQuery,
  OverrideBody,
  RevokeQuery,
  SettingsBody,
} from './training.schemas.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The services the training routes call (built by training.module.ts). */
export type TrainingServices = {
  imports: ImportService;
  classes: ClassesService;
  overrides: OverridesService;
  summary: SummaryService;
  settings: SettingsService;
};
/** An import file is a spreadsheet of a few thousand rows: 10 MB is far above any real one. */
export const TRAINING_UPLOAD_MAX_BYTES = 10 * 1024 * 1024;

async function readSpreadsheet(request: FastifyRequest, maxBytes: number): Promise<{ fileName: string; data: Buffer }> {
  if (!request.isMultipart())
    throw new AppError('BAD_REQUEST', 'Cần gửi tệp dạng multipart/form-data (trường "file").');
  const part = await request.file({ limits: { fileSize: maxBytes, files: 1 } });
  if (!part) throw new AppError('BAD_REQUEST', 'Chưa chọn tệp để tải lên.');
  const data = await part.toBuffer();
  if (data.length === 0) throw new AppError('BAD_REQUEST', 'Tệp tải lên rỗng.');
  const fileName = (part.filename || 'tep-nhap.xlsx').slice(0, 200);
  if (!/\.(xlsx|xlsm|csv|txt|xls)$/i.test(fileName))
    throw new AppError('BAD_REQUEST', 'Chỉ nhận tệp Excel (.xlsx) hoặc CSV (UTF-8).');
  return { fileName, data };
}

function sendXlsx(reply: FastifyReply, fileName: string, data: Buffer) {
  reply.header('content-type', XLSX);
  reply.header('content-disposition', `attachment; filename="${fileName}"`);
  reply.header('cache-control', 'no-store');
  return reply.send(data);
}

export const trainingRoutes =
  (m: TrainingServices, opts: { uploadMaxBytes: number }): FastifyPluginAsyncTypebox =>
  async (app) => {
    const tags = ['Đào tạo và tuân thủ'];
    const maxBytes = Math.min(opts.uploadMaxBytes, TRAINING_UPLOAD_MAX_BYTES);

    app.get(
      '/training/template.xlsx',
      {
        config: { tenancy: 'reference' },
        schema: {
          tags,
          summary: 'Tải mẫu nhập lớp học và học viên (XLSX)',
          response: { 200: FileResponse('Mẫu nhập', [XLSX]) },
        },
      },
      async (_request, reply) => sendXlsx(reply, 'mau-nhap-lop-hoc-va-hoc-vien.xlsx', await buildImportTemplate()),
    );

    app.get(
      '/training/rules',
      {
        config: { tenancy: 'reference' },
        schema: { tags, summary: 'Các quy tắc tuân thủ, bộ quy tắc và căn cứ', response: { 200: Rules } },
      },
      async () => ({
        regimes: REGIMES.map((r) => ({
          id: r.id,
          name: r.name,
          effectiveFrom: r.effectiveFrom,
          effectiveTo: r.effectiveTo,
          source: r.source,
          unknowns: r.unknowns.map((u) => u.message),
        })),
        rules: RULES.map((r) => ({
          code: r.code,
          origin: r.origin,
          title: r.title,
          levels: r.levels,
          modes: r.modes,
          severity: r.severity,
          confidence: r.confidence,
          effectiveFrom: r.effectiveFrom,
          effectiveTo: r.effectiveTo,
          source: r.source,
          note: r.note ?? null,
        })),
      }),
    );

    app.post(
      '/training/imports/preview',
      {
        config: { tenancy: 'scoped' },
        schema: {
          tags,
          summary:
            'Xem trước tệp nhập: mọi lỗi (sheet, dòng, cột) hoặc các lớp, số học viên và phát hiện — không ghi gì',
          querystring: ImportQuery,
          consumes: ['multipart/form-data'],
          response: { 200: ImportPreview },
        },
      },
      async (request) => {
        m.imports.assertTarget(request.ctx, request.query.organisationId);
        return m.imports.preview(request.ctx, await readSpreadsheet(request, maxBytes), request.query);
      },
    );

    app.post(
      '/training/imports',
      {
        config: { tenancy: 'scoped' },
        schema: {
          tags,
          summary:
            'Nhập tệp: ghi lớp, học viên, ghi danh và phát hiện trong một giao dịch; có lỗi thì trả về toàn bộ lỗi (422) và không ghi gì',
          querystring: ImportQuery,
          consumes: ['multipart/form-data'],
          response: { 201: ImportResult },
        },
      },
      async (request, reply) => {
        m.imports.assertTarget(request.ctx, request.query.organisationId);
        return reply
          .status(201)
          .send(await m.imports.commit(request.ctx, await readSpreadsheet(request, maxBytes), request.query));
      },
    );

    app.get(
      '/training/classes',
      {
        config: { tenancy: 'scoped' },
        schema: {
          tags,
          summary: 'Danh sách lớp (lọc theo chương trình, hình thức, năm khai giảng, cơ sở đào tạo)',
          querystring: ListClassesQuery,
          response: { 200: ClassPage },
        },
      },
      async (request) => {
        const window = pageWindow(request.query);
        const result = await m.classes.listClasses(request.ctx, {
          ...request.query,
          limit: window.limit,
          offset: window.offset,
        });
        return { ...result, page: window.page, pageSize: window.pageSize };
      },
    );

    app.get(
      '/training/classes/:id',
      {
        config: { tenancy: 'scoped' },
        schema: {
          tags,
          summary: 'Một lớp: học viên, phát hiện của từng học viên, sĩ số, bộ quy tắc, lưu ý',
          params: IdParams,
          response: { 200: ClassDetail },
        },
      },
      async (request) => m.classes.getClass(request.ctx, request.params.id),
    );

    app.post(
      '/training/classes/:id/evaluate',
      {
        config: { tenancy: 'scoped' },
        schema: {
          tags,
          summary: 'Kiểm tra lại lớp theo cấu hình hiện hành (thay các phát hiện cũ)',
          params: IdParams,
          response: { 200: ClassDetail },
        },
      },
      async (request) => m.classes.evaluateClass(request.ctx, request.params.id),
    );

    app.post(
      '/training/findings/:id/override',
      {
        config: { tenancy: 'scoped' },
        schema: {
          tags,
          summary:
            'Chấp thuận ngoại lệ theo quyết định (lãnh đạo trường, quản trị trường); bắt buộc số, ký hiệu quyết định',
          params: IdParams,
          body: OverrideBody,
          response: { 201: Finding },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await m.overrides.overrideFinding(request.ctx, request.params.id, request.body)),
    );

    app.delete(
      '/training/overrides/:id',
      {
        config: { tenancy: 'scoped' },
        schema: {
          tags,
          summary: 'Thu hồi chấp thuận ngoại lệ (được ghi nhật ký)',
          params: IdParams,
          querystring: RevokeQuery,
          response: { 204: NoContent },
        },
      },
      async (request, reply) => {
        await m.overrides.revokeOverride(request.ctx, request.params.id, request.query.reason);
        return reply.status(204).send();
      },
    );

    app.get(
      '/training/compliance/summary',
      {
        config: { tenancy: 'scoped' },
        schema: {
          tags,
          summary:
            'Tổng hợp tuân thủ: trường (theo quy tắc, mức độ, lớp) hoặc toàn mạng lưới cho Học viện (theo quy tắc, theo trường)',
          querystring: OrganisationQuery,
          response: { 200: ComplianceSummary },
        },
      },
      async (request) => m.summary.summary(request.ctx, request.query.organisationId),
    );

    app.get(
      '/training/compliance/export.xlsx',
      {
        config: { tenancy: 'scoped' },
        schema: {
          tags,
          summary: 'Xuất tổng hợp tuân thủ ra Excel',
          querystring: OrganisationQuery,
          response: { 200: FileResponse('Tổng hợp tuân thủ', [XLSX]) },
        },
      },
      async (request, reply) => {
        const summary = await m.summary.summary(request.ctx, request.query.organisationId);
        const details =
          summary.scope === 'organisation'
            ? await m.summary.findingDetails(request.ctx, request.query.organisationId)
            : null;
        return sendXlsx(
          reply,
          summary.scope === 'network' ? 'tuan-thu-dao-tao-mang-luoi.xlsx' : 'tuan-thu-dao-tao.xlsx',
          await buildComplianceXlsx(summary, details, vietnamToday()),
        );
      },
    );

    app.get(
      '/training/settings',
      {
        config: { tenancy: 'scoped' },
        schema: {
          tags,
          summary: 'Cấu hình tuân thủ: sĩ số tối đa theo chương trình và hình thức, danh sách chức vụ',
          querystring: OrganisationQuery,
          response: { 200: ComplianceSettings },
        },
      },
      async (request) => m.settings.getSettings(request.ctx, request.query.organisationId),
    );

    app.put(
      '/training/settings',
      {
        config: { tenancy: 'scoped' },
        schema: {
          tags,
          summary: 'Sửa cấu hình tuân thủ (quản trị trường; quản trị Học viện cho cấu hình chung)',
          body: SettingsBody,
          response: { 200: ComplianceSettings },
        },
      },
      async (request) => m.settings.putSettings(request.ctx, request.body),
    );
  };
