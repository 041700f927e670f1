/** /api/reports…: a school's periodic reports; /api/report-matrix and /api/report-aggregate: the Academy's views. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { FileResponse, IdParams, Paged } from '../../lib/http-schemas.ts';
import type { AcademyService } from './academy.service.ts';
import { sendFile, XLSX } from './regimes.routes.ts';
import { presentReportListItem } from './reports.presenter.ts';
import {
  ActionBody,
  ActionParams,
  ActionResult,
  AggregateQuery,
  AggregateResponse,
  CreatedReport,
  CreateReportBody,
  DueList,
  DueQuery,
  FiguresBody,
  History,
  Matrix,
  MatrixQuery,
  NarrativeBody,
  ReportDetail,
  ReportListItem,
  ReportListQuery,
  Validation,
} from './reports.schemas.ts';
import type { ReportsService } from './reports.service.ts';
import type { WorkflowService } from './workflow.service.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export type ReportsServices = { reports: ReportsService; workflow: WorkflowService; academy: AcademyService };

export const reportsRoutes =
  ({ reports, workflow, academy }: ReportsServices): FastifyPluginAsyncTypebox =>
  async (app) => {
    const tags = ['Báo cáo định kỳ'];
    const scoped = { tenancy: 'scoped' as const };

    app.get(
      '/reports/due',
      {
        config: scoped,
        schema: {
          tags,
          summary: 'Báo cáo trường phải gửi, hạn sớm nhất trước',
          querystring: DueQuery,
          response: { 200: DueList },
        },
      },
      async (request) => ({
        items: (await reports.due(request.ctx, request.query.onDate)).map((i) => ({
          regimeCode: i.regimeCode,
          regimeVersion: i.regimeVersion,
          regimeName: i.regimeName,
          periodCode: i.period.code,
          periodLabel: i.period.label,
          cutoffFrom: i.period.cutoffFrom,
          cutoffTo: i.period.cutoffTo,
          deadline: i.period.deadline,
          state: i.state,
          daysLeft: i.daysLeft,
          reportId: i.reportId,
          reportState: i.reportState,
        })),
      }),
    );
    app.get(
      '/reports',
      {
        config: scoped,
        schema: {
          tags,
          summary: 'Danh sách báo cáo (trường: của trường; Học viện: tất cả)',
          querystring: ReportListQuery,
          response: { 200: Paged(ReportListItem) },
        },
      },
      async (request) => {
        const r = await reports.list(request.ctx, request.query);
        return { ...r, items: r.items.map(presentReportListItem) };
      },
    );
    app.post(
      '/reports',
      {
        config: scoped,
        schema: {
          tags,
          summary: 'Lập báo cáo cho một kỳ, điền sẵn số liệu từ TCT',
          body: CreateReportBody,
          response: { 201: CreatedReport },
        },
      },
      async (request, reply) => reply.status(201).send(await reports.create(request.ctx, request.body)),
    );
    app.get(
      '/reports/:id',
      {
        config: scoped,
        schema: {
          tags,
          summary: 'Một báo cáo: số liệu (TCT tính và số báo cáo), đề cương, kiểm tra',
          params: IdParams,
          response: { 200: ReportDetail },
        },
      },
      async (request) => reports.get(request.ctx, request.params.id),
    );
    app.patch(
      '/reports/:id/figures',
      {
        config: scoped,
        schema: {
          tags,
          summary: 'Sửa số liệu (khác số TCT tính thì phải ghi lý do)',
          params: IdParams,
          body: FiguresBody,
          response: { 200: ReportDetail },
        },
      },
      async (request) => reports.setFigures(request.ctx, request.params.id, request.body.figures),
    );
    app.patch(
      '/reports/:id/narrative',
      {
        config: scoped,
        schema: {
          tags,
          summary: 'Viết các mục của đề cương',
          params: IdParams,
          body: NarrativeBody,
          response: { 200: ReportDetail },
        },
      },
      async (request) => reports.setSections(request.ctx, request.params.id, request.body.sections),
    );
    app.post(
      '/reports/:id/refresh',
      {
        config: scoped,
        schema: {
          tags,
          summary: 'Tính lại số liệu từ TCT (giữ số đã sửa có lý do)',
          params: IdParams,
          response: { 200: ReportDetail },
        },
      },
      async (request) => reports.refresh(request.ctx, request.params.id),
    );
    app.get(
      '/reports/:id/validation',
      {
        config: scoped,
        schema: {
          tags,
          summary: 'Kiểm tra báo cáo theo các quy tắc của chế độ',
          params: IdParams,
          response: { 200: Validation },
        },
      },
      async (request) => reports.validate(request.ctx, request.params.id),
    );
    app.post(
      '/reports/:id/actions/:action',
      {
        config: scoped,
        schema: {
          tags,
          summary: 'Trình, rút, duyệt, trả lại, gửi Học viện, tiếp nhận, trả lại trường, sửa lại (bản mới)',
          params: ActionParams,
          body: ActionBody,
          response: { 200: ActionResult },
        },
      },
      async (request) =>
        workflow.act(request.ctx, request.params.id, request.params.action as never, request.body?.comment ?? null),
    );
    app.get(
      '/reports/:id/history',
      {
        config: scoped,
        schema: {
          tags,
          summary: 'Lịch sử báo cáo: các bước và các bản đã gửi',
          params: IdParams,
          response: { 200: History },
        },
      },
      async (request) => workflow.history(request.ctx, request.params.id),
    );

    app.get(
      '/report-matrix',
      {
        config: scoped,
        schema: {
          tags,
          summary: 'Học viện: tình hình gửi báo cáo theo kỳ × trường (tỷ lệ gửi, gửi đúng hạn)',
          querystring: MatrixQuery,
          response: { 200: Matrix },
        },
      },
      async (request) => academy.matrix(request.ctx, request.query),
    );
    app.get(
      '/report-matrix.xlsx',
      {
        config: scoped,
        schema: {
          tags,
          summary: 'Học viện: xuất bảng tình hình gửi báo cáo ra XLSX',
          querystring: MatrixQuery,
          response: { 200: FileResponse('Bảng tình hình', [XLSX]) },
        },
      },
      async (request, reply) =>
        sendFile(
          reply,
          `tinh-hinh-bao-cao-${request.query.regimeCode}.xlsx`.replace(/[^\w.-]/g, '_'),
          XLSX,
          await academy.matrixXlsx(request.ctx, request.query),
        ),
    );
    app.get(
      '/report-aggregate',
      {
        config: scoped,
        schema: {
          tags,
          summary: 'Học viện: tổng hợp số liệu các trường (tổng, trung bình, theo vùng, loại trường, từng trường)',
          querystring: AggregateQuery,
          response: { 200: AggregateResponse },
        },
      },
      async (request) => academy.aggregate(request.ctx, request.query.regimeCode, request.query.periodCode),
    );
    app.get(
      '/report-aggregate.docx',
      {
        config: scoped,
        schema: {
          tags,
          summary: 'Học viện: dự thảo báo cáo tổng hợp (DOCX)',
          querystring: AggregateQuery,
          response: { 200: FileResponse('Báo cáo tổng hợp', [DOCX]) },
        },
      },
      async (request, reply) =>
        sendFile(
          reply,
          `tong-hop-${request.query.regimeCode}-${request.query.periodCode}.docx`.replace(/[^\w.-]/g, '_'),
          DOCX,
          await academy.aggregateDocx(request.ctx, request.query.regimeCode, request.query.periodCode),
        ),
    );
  };
