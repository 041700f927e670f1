/** /api/report-regimes…: report regimes as versioned data (reads for everyone; design by the Academy). */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../lib/app-error.ts';
import { addDays, vietnamToday } from '../../lib/dates.ts';
import { FileResponse } from '../../lib/http-schemas.ts';
import { generatePeriods } from '../../reports/index.ts';
import type { RequestContext } from '../tenancy/actor.ts';
import { isAcademyRole } from '../tenancy/actor.ts';
import type { RegimesService } from './regimes.service.ts';
import { presentRegimeSummary } from './reports.presenter.ts';
import {
  ImportRegimeQuery,
  PeriodList,
  PeriodsQuery,
  RegimeCodeParams,
  RegimeDetail,
  RegimeList,
  RegimeParams,
  SaveRegimeBody,
} from './reports.schemas.ts';

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** A design workbook is a few sheets of text: 5 MB is far above any real one. */
const REGIME_UPLOAD_MAX_BYTES = 5 * 1024 * 1024;

export function sendFile(reply: FastifyReply, fileName: string, contentType: string, data: Buffer) {
  reply.header('content-type', contentType);
  reply.header('content-disposition', `attachment; filename="${fileName}"`);
  reply.header('cache-control', 'no-store');
  return reply.send(data);
}

async function readWorkbook(request: FastifyRequest): Promise<Buffer> {
  if (!request.isMultipart())
    throw new AppError('BAD_REQUEST', 'Cần gửi tệp dạng multipart/form-data (trường "file").');
  const part = await request.file({ limits: { fileSize: REGIME_UPLOAD_MAX_BYTES, files: 1 } });
  if (!part) throw new AppError('BAD_REQUEST', 'Chưa chọn tệp để tải lên.');
  const data = await part.toBuffer();
  if (part.file.truncated) throw new AppError('PAYLOAD_TOO_LARGE', 'Tệp mẫu thiết kế quá lớn (tối đa 5 MB).');
  if (data.length === 0) throw new AppError('BAD_REQUEST', 'Tệp tải lên rỗng.');
  if (!/\.xlsx$/i.test(part.filename || '')) throw new AppError('BAD_REQUEST', 'Chỉ nhận tệp Excel (.xlsx).');
  return data;
}

function assertDesigner(ctx: RequestContext) {
  if (!isAcademyRole(ctx.actor.role))
    throw new AppError('FORBIDDEN', 'Chỉ cán bộ Học viện được thiết kế chế độ báo cáo.');
}

export const regimesRoutes =
  (regimes: RegimesService): FastifyPluginAsyncTypebox =>
  async (app) => {
    const tags = ['Báo cáo định kỳ'];
    const detail = async (code: string, version: number) => {
      const s = await regimes.get(code, version);
      return { summary: presentRegimeSummary(s.definition, s.origin), definition: s.definition };
    };

    app.get(
      '/report-regimes',
      {
        config: { tenancy: 'reference' },
        schema: { tags, summary: 'Các chế độ báo cáo và phiên bản', response: { 200: RegimeList } },
      },
      async () => ({ items: (await regimes.stored()).map((s) => presentRegimeSummary(s.definition, s.origin)) }),
    );
    app.get(
      '/report-regimes/template.xlsx',
      {
        config: { tenancy: 'reference' },
        schema: {
          tags,
          summary: 'Mẫu XLSX thiết kế chế độ báo cáo',
          response: { 200: FileResponse('Mẫu thiết kế', [XLSX]) },
        },
      },
      async (_request, reply) => sendFile(reply, 'mau-thiet-ke-che-do-bao-cao.xlsx', XLSX, await regimes.template()),
    );
    app.get(
      '/report-regimes/:code/:version',
      {
        config: { tenancy: 'reference' },
        schema: {
          tags,
          summary: 'Một phiên bản chế độ báo cáo (đầy đủ)',
          params: RegimeParams,
          response: { 200: RegimeDetail },
        },
      },
      async (request) => detail(request.params.code, request.params.version),
    );
    app.get(
      '/report-regimes/:code/:version/export.xlsx',
      {
        config: { tenancy: 'reference' },
        schema: {
          tags,
          summary: 'Xuất phiên bản ra XLSX thiết kế',
          params: RegimeParams,
          response: { 200: FileResponse('Thiết kế', [XLSX]) },
        },
      },
      async (request, reply) =>
        sendFile(
          reply,
          `${request.params.code}-v${request.params.version}.xlsx`.replace(/[^\w.-]/g, '_'),
          XLSX,
          await regimes.exportXlsx(request.params.code, request.params.version),
        ),
    );
    app.get(
      '/report-regimes/:code/periods',
      {
        config: { tenancy: 'reference' },
        schema: {
          tags,
          summary: 'Các kỳ báo cáo của chế độ (kỳ chốt số liệu, hạn gửi)',
          params: RegimeCodeParams,
          querystring: PeriodsQuery,
          response: { 200: PeriodList },
        },
      },
      async (request) => {
        const versions = (await regimes.grouped()).get(request.params.code);
        if (!versions) throw new AppError('NOT_FOUND', 'Không tìm thấy chế độ báo cáo.');
        const today = vietnamToday();
        const from = request.query.from ?? addDays(today, -730);
        const to = request.query.to ?? addDays(today, 366);
        return {
          items: versions
            .flatMap((v) => generatePeriods(v, { from, to }))
            .sort((a, b) => a.cutoffTo.localeCompare(b.cutoffTo))
            .map((p) => ({
              regimeCode: p.regimeCode,
              regimeVersion: p.regimeVersion,
              code: p.code,
              label: p.label,
              cutoffFrom: p.cutoffFrom,
              cutoffTo: p.cutoffTo,
              deadline: p.deadline,
            })),
        };
      },
    );
    app.post(
      '/report-regimes',
      {
        config: { tenancy: 'scoped' },
        schema: {
          tags,
          summary: 'Ban hành chế độ báo cáo mới, hoặc phiên bản mới của chế độ đã có (cán bộ Học viện)',
          body: SaveRegimeBody,
          response: { 201: RegimeDetail },
        },
      },
      async (request, reply) => {
        const v = await regimes.save(request.ctx, request.body.definition, 'designed', request.body.effectiveFrom);
        return reply.status(201).send(await detail(v.code, v.version));
      },
    );
    app.post(
      '/report-regimes/import',
      {
        config: { tenancy: 'scoped' },
        schema: {
          tags,
          summary: 'Nhập chế độ báo cáo từ XLSX thiết kế (mọi lỗi được liệt kê, không ghi gì khi có lỗi)',
          querystring: ImportRegimeQuery,
          consumes: ['multipart/form-data'],
          response: { 201: RegimeDetail },
        },
      },
      async (request, reply) => {
        assertDesigner(request.ctx);
        const v = await regimes.importXlsx(request.ctx, await readWorkbook(request), request.query.effectiveFrom);
        return reply.status(201).send(await detail(v.code, v.version));
      },
    );
  };
