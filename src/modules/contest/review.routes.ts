/** HTTP routes of blind marking, overlaps, prizes, the network view and forum articles (thin). */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { contentDisposition } from '../../lib/downloads.ts';
import { AppError } from '../../lib/app-error.ts';
import { FileResponse, IdParams } from '../../lib/http-schemas.ts';
import {
  Allocation,
  Article,
  ArticleCounts,
  ArticlePage,
  AwardList,
  Collective,
  Created,
  JudgeWork,
  JudgeWorks,
  Network,
  OverlapPage,
  Queued,
  SideBySide,
} from './contest.responses.ts';
import {
  ArticleListQuery,
  ArticleStatusBody,
  AwardsBody,
  JudgingQuery,
  MarkBody,
  MediaQuery,
  OverlapQuery,
  NewArticleBody,
  ReferenceBody,
  YearQuery,
} from './contest.schemas.ts';
import type { ContestServices } from './contest.module.ts';
import { buildResultsXlsx } from './results-export.ts';
import { uploadedText } from './upload-text.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const BODY_LIMIT = 21 * 1024 * 1024;

export const reviewRoutes =
  (m: ContestServices): FastifyPluginAsyncTypebox =>
  async (app) => {
    const tags = ['Cuộc thi chính luận'];
    const forumTags = ['Diễn đàn địa phương'];

    app.get(
      '/contest/judging',
      {
        config: { tenancy: 'scoped' },
        schema: {
          tags,
          summary: 'Bài được chấm (chấm kín: chỉ mã phách và nội dung)',
          querystring: JudgingQuery,
          response: { 200: JudgeWorks },
        },
      },
      async (request) => m.judging.works(request.ctx, request.query.editionId, request.query.round, request.query),
    );

    app.get(
      '/contest/judging/media',
      {
        config: { tenancy: 'scoped' },
        schema: {
          tags,
          summary: 'Tệp âm thanh, video của một bài theo mã phách (tên tệp là mã phách)',
          querystring: MediaQuery,
          response: { 200: FileResponse('Tệp nghe nhìn', ['audio/mpeg', 'audio/mp4', 'video/mp4', 'video/webm']) },
        },
      },
      async (request, reply) => {
        const file = await m.judging.media(request.ctx, request.query);
        reply.header('content-type', file.contentType);
        reply.header('content-disposition', contentDisposition(file.fileName));
        reply.header('cache-control', 'no-store');
        return reply.send(file.stream);
      },
    );

    app.post(
      '/contest/judging/marks',
      {
        config: { tenancy: 'scoped' },
        schema: { tags, summary: 'Chấm điểm một bài theo mã phách', body: MarkBody, response: { 201: JudgeWork } },
      },
      async (request, reply) => reply.code(201).send(await m.judging.mark(request.ctx, request.body)),
    );

    app.post(
      '/contest/editions/:id/overlap-check',
      {
        config: { tenancy: 'scoped' },
        schema: {
          tags,
          summary: 'Kiểm tra trùng lặp toàn bộ bài của lần thi (chạy nền)',
          params: IdParams,
          body: Type.Optional(Type.Object({})),
          response: { 202: Queued },
        },
      },
      async (request, reply) => reply.code(202).send(await m.overlaps.queueCheck(request.ctx, request.params.id)),
    );

    app.get(
      '/contest/editions/:id/overlaps',
      {
        config: { tenancy: 'scoped' },
        schema: {
          tags,
          summary: 'Các cặp bài trùng lặp (Ban Thư ký)',
          params: IdParams,
          querystring: OverlapQuery,
          response: { 200: OverlapPage },
        },
      },
      async (request) => m.overlaps.list(request.ctx, request.params.id, request.query),
    );

    app.get(
      '/contest/overlaps/:id',
      {
        config: { tenancy: 'scoped' },
        schema: {
          tags,
          summary: 'Đối chiếu hai văn bản, các đoạn trùng',
          params: IdParams,
          response: { 200: SideBySide },
        },
      },
      async (request) => m.overlaps.sideBySide(request.ctx, request.params.id),
    );

    app.post(
      '/contest/editions/:id/references',
      {
        bodyLimit: BODY_LIMIT,
        config: { tenancy: 'scoped' },
        schema: {
          tags,
          summary: 'Thêm nguồn đối chiếu trùng lặp',
          params: IdParams,
          body: ReferenceBody,
          response: { 201: Created },
        },
      },
      async (request, reply) => {
        const b = request.body;
        const text = b.fileBase64 ? (await uploadedText(b.fileBase64, b.fileName ?? 'nguon.txt')).text : b.text;
        if (!text) throw new AppError('BAD_REQUEST', 'Cần nội dung hoặc tệp nguồn đối chiếu.');
        return reply.code(201).send(await m.overlaps.addReference(request.ctx, request.params.id, b.title, text));
      },
    );

    app.post(
      '/contest/editions/:id/awards',
      {
        config: { tenancy: 'scoped' },
        schema: {
          tags,
          summary: 'Xét giải theo điểm chung khảo, trong cơ cấu giải từng thể loại',
          params: IdParams,
          body: AwardsBody,
          response: { 200: Allocation },
        },
      },
      async (request) => m.awards.allocate(request.ctx, request.params.id, request.body),
    );

    app.get(
      '/contest/editions/:id/awards',
      {
        config: { tenancy: 'scoped' },
        schema: { tags, summary: 'Kết quả giải (Ban Thư ký)', params: IdParams, response: { 200: AwardList } },
      },
      async (request) => ({ items: await m.awards.results(request.ctx, request.params.id) }),
    );

    app.get(
      '/contest/editions/:id/collective',
      {
        config: { tenancy: 'scoped' },
        schema: {
          tags,
          summary: 'Đề xuất giải tập thể theo các giải đã xét (cách xếp hạng chưa xác minh)',
          params: IdParams,
          response: { 200: Collective },
        },
      },
      async (request) => m.awards.collective(request.ctx, request.params.id),
    );

    app.get(
      '/contest/editions/:id/results.xlsx',
      {
        config: { tenancy: 'scoped' },
        schema: {
          tags,
          summary: 'Kết quả và danh sách cấp giấy chứng nhận (XLSX)',
          params: IdParams,
          response: { 200: FileResponse('Kết quả', [XLSX]) },
        },
      },
      async (request, reply) => {
        const results = await m.awards.results(request.ctx, request.params.id);
        const { row } = await m.editions.load(request.params.id);
        reply.header('content-type', XLSX);
        reply.header('content-disposition', contentDisposition(`ket-qua-cuoc-thi-${row.year}.xlsx`));
        reply.header('cache-control', 'no-store');
        const collective = await m.awards.collective(request.ctx, request.params.id);
        return reply.send(await buildResultsXlsx(row.year, results, collective));
      },
    );

    app.get(
      '/contest/editions/:id/network',
      {
        config: { tenancy: 'scoped' },
        schema: {
          tags,
          summary: 'Toàn mạng lưới: bài theo trường, thể loại, vòng; giải; bài Diễn đàn',
          params: IdParams,
          response: { 200: Network },
        },
      },
      async (request) => m.awards.network(request.ctx, request.params.id),
    );

    app.get(
      '/forum-articles',
      {
        config: { tenancy: 'scoped' },
        schema: {
          tags: forumTags,
          summary: 'Bài viết gửi Diễn đàn địa phương',
          querystring: ArticleListQuery,
          response: { 200: ArticlePage },
        },
      },
      async (request) => m.forum.list(request.ctx, request.query),
    );

    app.get(
      '/forum-articles/counts',
      {
        config: { tenancy: 'scoped' },
        schema: {
          tags: forumTags,
          summary: 'Số bài theo trường và năm',
          querystring: YearQuery,
          response: { 200: ArticleCounts },
        },
      },
      async (request) => ({ items: await m.forum.counts(request.ctx, request.query.year) }),
    );

    app.post(
      '/forum-articles',
      {
        bodyLimit: BODY_LIMIT,
        config: { tenancy: 'scoped' },
        schema: { tags: forumTags, summary: 'Gửi bài viết', body: NewArticleBody, response: { 201: Article } },
      },
      async (request, reply) => reply.code(201).send(await m.forum.submit(request.ctx, request.body)),
    );

    app.get(
      '/forum-articles/:id',
      {
        config: { tenancy: 'scoped' },
        schema: { tags: forumTags, summary: 'Một bài viết', params: IdParams, response: { 200: Article } },
      },
      async (request) => m.forum.get(request.ctx, request.params.id),
    );

    app.post(
      '/forum-articles/:id/status',
      {
        config: { tenancy: 'scoped' },
        schema: {
          tags: forumTags,
          summary: 'Nhận đăng, đã đăng (đường dẫn, ngày) hoặc không đăng',
          params: IdParams,
          body: ArticleStatusBody,
          response: { 200: Article },
        },
      },
      async (request) => m.forum.setStatus(request.ctx, request.params.id, request.body),
    );
  };
