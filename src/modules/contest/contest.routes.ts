/** HTTP routes of contest editions, judges and entries (thin: schemas here, rules in the services). */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { sendAttachment } from '../../lib/downloads.ts';
import { FileResponse, IdParams } from '../../lib/http-schemas.ts';
import { presentEditionSummary, presentJudge } from './contest.presenter.ts';
import {
  Authors,
  EditionDetail,
  EditionList,
  EntryDetail,
  EntryPage,
  JudgeList,
  Registered,
} from './contest.responses.ts';
import { CopyBody, EditionBody, EntryListQuery, JudgeBody, NewEntryBody, ScreenBody } from './contest.schemas.ts';
import type { ContestServices } from './contest.module.ts';

/** An entry's file travels base64 in JSON: 15 MB of file is about 20 MB of text. */
const ENTRY_BODY_LIMIT = 21 * 1024 * 1024;

export const contestRoutes =
  (m: ContestServices): FastifyPluginAsyncTypebox =>
  async (app) => {
    const tags = ['Cuộc thi chính luận'];

    const detail = async (id: string) => {
      const { row, edition } = await m.editions.load(id);
      return { edition: presentEditionSummary(row), data: edition };
    };

    app.get(
      '/contest/editions',
      { config: { tenancy: 'reference' }, schema: { tags, summary: 'Các lần thi', response: { 200: EditionList } } },
      async () => ({ items: (await m.editions.list()).map(presentEditionSummary) }),
    );

    app.get(
      '/contest/editions/:id',
      {
        config: { tenancy: 'reference' },
        schema: {
          tags,
          summary: 'Thể lệ một lần thi (mỗi dữ kiện có nguồn, độ tin cậy)',
          params: IdParams,
          response: { 200: EditionDetail },
        },
      },
      async (request) => detail(request.params.id),
    );

    app.put(
      '/contest/editions/:id',
      {
        config: { tenancy: 'reference' },
        schema: {
          tags,
          summary: 'Sửa thể lệ lần thi (quản trị Học viện)',
          params: IdParams,
          body: EditionBody,
          response: { 200: EditionDetail },
        },
      },
      async (request) => {
        await m.editions.update(request.ctx, request.params.id, request.body.data, request.body.status);
        return detail(request.params.id);
      },
    );

    app.post(
      '/contest/editions/:id/copy',
      {
        config: { tenancy: 'reference' },
        schema: {
          tags,
          summary: 'Tạo lần thi mới bằng cách sao chép lần thi này',
          params: IdParams,
          body: CopyBody,
          response: { 201: EditionDetail },
        },
      },
      async (request, reply) => {
        const { row } = await m.editions.copy(request.ctx, request.params.id, request.body.year);
        return reply.code(201).send(await detail(row.id));
      },
    );

    app.get(
      '/contest/editions/:id/judges',
      {
        config: { tenancy: 'scoped' },
        schema: { tags, summary: 'Giám khảo được phân công', params: IdParams, response: { 200: JudgeList } },
      },
      async (request) => ({ items: (await m.editions.judges(request.ctx, request.params.id)).map(presentJudge) }),
    );

    app.post(
      '/contest/editions/:id/judges',
      {
        config: { tenancy: 'scoped' },
        schema: {
          tags,
          summary: 'Phân công giám khảo cho một vòng',
          params: IdParams,
          body: JudgeBody,
          response: { 201: JudgeList },
        },
      },
      async (request, reply) => {
        const rows = await m.editions.assignJudge(
          request.ctx,
          request.params.id,
          request.body.round,
          request.body.userId,
        );
        return reply.code(201).send({ items: rows.map(presentJudge) });
      },
    );

    app.get(
      '/contest/authors',
      {
        config: { tenancy: 'scoped' },
        schema: { tags, summary: 'Cán bộ và học viên của trường (chọn tác giả)', response: { 200: Authors } },
      },
      async (request) => m.entries.authors(request.ctx),
    );

    app.get(
      '/contest/editions/:id/entries',
      {
        config: { tenancy: 'scoped' },
        schema: {
          tags,
          summary: 'Bài dự thi (của trường; Học viện: mọi trường)',
          params: IdParams,
          querystring: EntryListQuery,
          response: { 200: EntryPage },
        },
      },
      async (request) => m.rounds.list(request.ctx, request.params.id, request.query),
    );

    app.post(
      '/contest/editions/:id/entries',
      {
        bodyLimit: ENTRY_BODY_LIMIT,
        config: { tenancy: 'scoped' },
        schema: {
          tags,
          summary: 'Đăng ký bài dự thi (giới hạn số bài, đối tượng dự thi kiểm tra theo thể lệ)',
          params: IdParams,
          body: NewEntryBody,
          response: { 201: Registered },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await m.entries.register(request.ctx, request.params.id, request.body)),
    );

    app.get(
      '/contest/entries/:id',
      {
        config: { tenancy: 'scoped' },
        schema: {
          tags,
          summary: 'Một bài dự thi, với tác giả và nội dung',
          params: IdParams,
          response: { 200: EntryDetail },
        },
      },
      async (request) => m.rounds.detail(request.ctx, request.params.id),
    );

    app.get(
      '/contest/entries/:id/file',
      {
        config: { tenancy: 'scoped' },
        schema: {
          tags,
          summary: 'Tệp gốc của bài dự thi (trường, Học viện; không cho giám khảo)',
          params: IdParams,
          response: { 200: FileResponse('Tệp bài dự thi', ['application/octet-stream']) },
        },
      },
      async (request, reply) => sendAttachment(reply, await m.rounds.file(request.ctx, request.params.id)),
    );

    for (const [action, summary] of [
      ['withdraw', 'Rút bài dự thi (vòng trường)'],
      ['promote', 'Chuyển bài lên vòng sau (trường → sơ khảo; sơ khảo → chung khảo)'],
    ] as const)
      app.post(
        `/contest/entries/:id/${action}`,
        {
          config: { tenancy: 'scoped' },
          schema: {
            tags,
            summary,
            params: IdParams,
            body: Type.Optional(Type.Object({})),
            response: { 200: EntryDetail },
          },
        },
        async (request) => m.rounds[action](request.ctx, request.params.id),
      );

    app.post(
      '/contest/entries/:id/screen',
      {
        config: { tenancy: 'scoped' },
        schema: {
          tags,
          summary: 'Loại bài (hình thức, trùng lặp) với lý do',
          params: IdParams,
          body: ScreenBody,
          response: { 200: EntryDetail },
        },
      },
      async (request) => m.rounds.screen(request.ctx, request.params.id, request.body.reason),
    );
  };
