/**
 * HTTP routes of the standard-school capability (thin: TypeBox validation, work in the services):
 * catalogue versions and templates, a school's dossier and its step records, the staff roster, the
 * Academy's network picture. Self-assessment routes are in assessment.routes.ts.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { AppError } from '../../lib/app-error.ts';
import { vietnamToday } from '../../lib/dates.ts';
import { sendAttachment } from '../../lib/downloads.ts';
import { FileResponse } from '../../lib/http-schemas.ts';
import { buildCatalogueTemplate, buildRosterTemplate, PROVISIONAL_VERSION_ID } from '../../standard/index.ts';
import type { AssessmentService } from './assessment.service.ts';
import { assessmentRoutes } from './assessment.routes.ts';
import type { CatalogueService, UploadedFile } from './catalogue.service.ts';
import type { StandardDocumentsService } from './documents.service.ts';
import type { DossierService } from './dossier.service.ts';
import { buildNetworkXlsx } from './network-export.ts';
import type { NetworkService } from './network.service.ts';
import type { RosterService } from './roster.service.ts';
import { assertCatalogueAdmin } from './standard.policy.ts';
import { presentCatalogue } from './standard.presenter.ts';
import {
  CatalogueImportQuery,
  CatalogueImportResult,
  CatalogueList,
  CatalogueView,
  DossierView,
  NetworkQuery,
  NetworkView,
  RecordBody,
  RosterPreview,
  RosterQuery,
  RosterView,
  SchoolParams,
} from './standard.schemas.ts';
import { Type } from '@sinclair/typebox';

/** Every download goes through src/lib/downloads.ts: an attachment, application/octet-stream. */
const XLSX = 'application/octet-stream';
const MAX_BYTES = 10 * 1024 * 1024;

export type StandardServices = {
  catalogues: CatalogueService;
  dossiers: DossierService;
  roster: RosterService;
  assessments: AssessmentService;
  documents: StandardDocumentsService;
  network: NetworkService;
};

export async function readSpreadsheet(request: FastifyRequest): Promise<UploadedFile> {
  if (!request.isMultipart())
    throw new AppError('BAD_REQUEST', 'Cần gửi tệp dạng multipart/form-data (trường "file").');
  const part = await request.file({ limits: { fileSize: MAX_BYTES, files: 1 } });
  if (!part) throw new AppError('BAD_REQUEST', 'Chưa chọn tệp để tải lên.');
  const data = await part.toBuffer();
  if (data.length === 0) throw new AppError('BAD_REQUEST', 'Tệp tải lên rỗng.');
  const fileName = (part.filename || 'tep-nhap.xlsx').slice(0, 200);
  if (!/\.(xlsx|xlsm|csv|txt|xls)$/i.test(fileName))
    throw new AppError('BAD_REQUEST', 'Chỉ nhận tệp Excel (.xlsx) hoặc CSV (UTF-8).');
  return { fileName, data };
}

export const sendFile = (reply: FastifyReply, fileName: string, data: Buffer) =>
  sendAttachment(reply, { fileName, data });

export const standardRoutes =
  (m: StandardServices): FastifyPluginAsyncTypebox =>
  async (app) => {
    const tags = ['Trường chính trị chuẩn'];
    const school = { params: SchoolParams };

    app.get(
      '/standard/catalogues',
      {
        config: { tenancy: 'reference' },
        schema: {
          tags,
          summary: 'Các phiên bản danh mục tiêu chí, chỉ tiêu (Quy định 11-QĐ/TW)',
          response: { 200: CatalogueList },
        },
      },
      async () => ({
        items: (await m.catalogues.list()).map((v) => presentCatalogue(v, v.id === PROVISIONAL_VERSION_ID)),
      }),
    );
    app.get(
      '/standard/catalogues/:id',
      {
        config: { tenancy: 'reference' },
        schema: { tags, summary: 'Một phiên bản danh mục', params: SchoolParams, response: { 200: CatalogueView } },
      },
      async (request) => {
        const v = await m.catalogues.get(request.params.id);
        return presentCatalogue(v, v.id === PROVISIONAL_VERSION_ID);
      },
    );
    app.get(
      '/standard/catalogue-template.xlsx',
      {
        config: { tenancy: 'reference' },
        schema: {
          tags,
          summary: 'Tải mẫu nhập danh mục tiêu chí (XLSX; điền sẵn một phiên bản nếu có ?version=)',
          querystring: Type.Object({ version: Type.Optional(Type.String({ maxLength: 100 })) }),
          response: { 200: FileResponse('Mẫu danh mục', [XLSX]) },
        },
      },
      async (request, reply) => {
        const version = request.query.version ? await m.catalogues.get(request.query.version) : undefined;
        return sendFile(
          reply,
          'mau-danh-muc-tieu-chi-truong-chinh-tri-chuan.xlsx',
          await buildCatalogueTemplate(version),
        );
      },
    );
    app.post(
      '/standard/catalogues',
      {
        config: { tenancy: 'reference' },
        // The role is checked before the query is validated: a school user gets 403 whatever it sends.
        preValidation: async (request) => assertCatalogueAdmin(request.ctx),
        schema: {
          tags,
          summary: 'Quản trị Học viện nhập danh mục chính thức từ XLSX thành phiên bản mới (có lỗi: 422, không lưu gì)',
          querystring: CatalogueImportQuery,
          consumes: ['multipart/form-data'],
          response: { 201: CatalogueImportResult },
        },
      },
      async (request, reply) => {
        const result = await m.catalogues.importVersion(request.ctx, await readSpreadsheet(request), request.query);
        return reply.status(201).send({ version: presentCatalogue(result.version, false), notices: result.notices });
      },
    );
    app.get(
      '/standard/roster-template.xlsx',
      {
        config: { tenancy: 'reference' },
        schema: {
          tags,
          summary: 'Tải mẫu danh sách cán bộ, giảng viên (XLSX)',
          response: { 200: FileResponse('Mẫu danh sách', [XLSX]) },
        },
      },
      async (_request, reply) => sendFile(reply, 'mau-danh-sach-can-bo-giang-vien.xlsx', await buildRosterTemplate()),
    );

    app.get(
      '/standard/schools/:id/dossier',
      {
        config: { tenancy: 'scoped' },
        schema: {
          tags,
          summary: 'Hồ sơ trường chính trị chuẩn của một trường: các bước, giai đoạn, bước tiếp theo',
          ...school,
          response: { 200: DossierView },
        },
      },
      async (request) => m.dossiers.getDossier(request.ctx, request.params.id),
    );
    app.post(
      '/standard/schools/:id/dossier/records',
      {
        config: { tenancy: 'scoped' },
        schema: {
          tags,
          summary:
            'Ghi một bước của hồ sơ (trường: đề án, ban chỉ đạo, đăng ký; Học viện: khảo sát, hội đồng, công nhận, trao Bằng)',
          ...school,
          body: RecordBody,
          response: { 201: DossierView },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await m.dossiers.addRecord(request.ctx, request.params.id, request.body)),
    );

    app.get(
      '/standard/schools/:id/roster',
      {
        config: { tenancy: 'scoped' },
        schema: {
          tags,
          summary: 'Danh sách cán bộ, giảng viên của trường (phân trang) và số liệu tổng hợp',
          ...school,
          querystring: RosterQuery,
          response: { 200: RosterView },
        },
      },
      async (request) => m.roster.list(request.ctx, request.params.id, request.query),
    );
    app.post(
      '/standard/schools/:id/roster/preview',
      {
        config: { tenancy: 'scoped' },
        schema: {
          tags,
          summary: 'Xem trước tệp danh sách: mọi lỗi hoặc số liệu — không ghi gì',
          ...school,
          consumes: ['multipart/form-data'],
          response: { 200: RosterPreview },
        },
      },
      async (request) => {
        await m.roster.assertTarget(request.ctx, request.params.id);
        return m.roster.preview(request.ctx, request.params.id, await readSpreadsheet(request));
      },
    );
    app.post(
      '/standard/schools/:id/roster',
      {
        config: { tenancy: 'scoped' },
        schema: {
          tags,
          summary: 'Nhập danh sách cán bộ, giảng viên (thay danh sách cũ; có lỗi: 422 liệt kê mọi lỗi, không ghi gì)',
          ...school,
          consumes: ['multipart/form-data'],
          response: { 201: RosterView },
        },
      },
      async (request, reply) => {
        await m.roster.assertTarget(request.ctx, request.params.id);
        return reply
          .status(201)
          .send(await m.roster.importRoster(request.ctx, request.params.id, await readSpreadsheet(request)));
      },
    );

    app.get(
      '/standard/network',
      {
        config: { tenancy: 'scoped' },
        schema: {
          tags,
          summary:
            'Học viện: tình hình toàn mạng lưới vào một ngày (giai đoạn, mức, vùng, loại, dòng thời gian, danh sách trường)',
          querystring: NetworkQuery,
          response: { 200: NetworkView },
        },
      },
      async (request) => m.network.picture(request.ctx, request.query.date ?? vietnamToday(), request.query),
    );
    app.get(
      '/standard/network/export.xlsx',
      {
        config: { tenancy: 'scoped' },
        schema: {
          tags,
          summary: 'Xuất tình hình toàn mạng lưới ra Excel',
          querystring: NetworkQuery,
          response: { 200: FileResponse('Tình hình mạng lưới', [XLSX]) },
        },
      },
      async (request, reply) => {
        const date = request.query.date ?? vietnamToday();
        const picture = await m.network.picture(request.ctx, date, request.query);
        return sendFile(reply, `truong-chinh-tri-chuan-${date}.xlsx`, await buildNetworkXlsx(picture));
      },
    );

    await app.register(assessmentRoutes(m));
  };
