/** /api/letters…: drafts, versions, the approval chain, downloads, signing and issue. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { contentDisposition } from '../../lib/downloads.ts';
import { FileResponse, IdParams, pageWindow } from '../../lib/http-schemas.ts';
import type { ApprovalService } from './approval.service.ts';
import type { CertificatesService } from './certificates.service.ts';
import {
  ApproveBody,
  ColleagueList,
  CommentBody,
  CreateLetterBody,
  IssueBody,
  LetterCatalog,
  LetterDetail,
  LetterPage,
  LetterVersionDetail,
  LetterVersionList,
  ListLettersQuery,
  SignBody,
  SubmitBody,
  UpdateLetterBody,
  VersionParams,
} from './letters.schemas.ts';
import { letterCatalog } from './letters.presenter.ts';
import type { LettersService } from './letters.service.ts';
import type { SigningService } from './signing.service.ts';

export type LettersServices = {
  letters: LettersService;
  approval: ApprovalService;
  signing: SigningService;
  certificates: CertificatesService;
};

const scoped = { tenancy: 'scoped' as const };
const tags = ['Văn bản đi (soạn thảo, ký số)'];

export const lettersRoutes =
  ({ letters, approval, signing }: LettersServices): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.get(
      '/letters',
      {
        config: scoped,
        schema: {
          tags,
          summary: 'Danh sách văn bản soạn thảo',
          querystring: ListLettersQuery,
          response: { 200: LetterPage },
        },
      },
      async (request) => {
        const window = pageWindow(request.query);
        const { status, mine } = request.query;
        return {
          ...(await letters.listLetters(request.ctx, { status, mine }, window)),
          page: window.page,
          pageSize: window.pageSize,
        };
      },
    );
    app.post(
      '/letters',
      {
        config: scoped,
        schema: {
          tags,
          summary: 'Soạn văn bản (hoặc văn bản trả lời)',
          body: CreateLetterBody,
          response: { 201: LetterDetail },
        },
      },
      async (request, reply) => {
        const id = await letters.createLetter(request.ctx, request.body as CreateLetterBody);
        return reply.status(201).send(await letters.getLetter(request.ctx, id));
      },
    );
    app.get(
      '/letters/catalog',
      {
        config: { tenancy: 'reference' },
        schema: { tags, summary: 'Loại văn bản, thẩm quyền ký, độ khẩn, độ mật', response: { 200: LetterCatalog } },
      },
      async () => letterCatalog(),
    );
    app.get(
      '/letters/colleagues',
      {
        config: scoped,
        schema: { tags, summary: 'Cán bộ của đơn vị (chọn người duyệt, người ký)', response: { 200: ColleagueList } },
      },
      async (request) => letters.colleagues(request.ctx),
    );
    app.get(
      '/letters/:id',
      { config: scoped, schema: { tags, summary: 'Một văn bản', params: IdParams, response: { 200: LetterDetail } } },
      async (request) => letters.getLetter(request.ctx, request.params.id),
    );
    app.patch(
      '/letters/:id',
      {
        config: scoped,
        schema: {
          tags,
          summary: 'Lưu phiên bản mới của dự thảo',
          params: IdParams,
          body: UpdateLetterBody,
          response: { 200: LetterDetail },
        },
      },
      async (request) => {
        await letters.updateLetter(request.ctx, request.params.id, request.body as UpdateLetterBody);
        return letters.getLetter(request.ctx, request.params.id);
      },
    );
    app.get(
      '/letters/:id/versions',
      {
        config: scoped,
        schema: { tags, summary: 'Các phiên bản', params: IdParams, response: { 200: LetterVersionList } },
      },
      async (request) => letters.versions(request.ctx, request.params.id),
    );
    app.get(
      '/letters/:id/versions/:version',
      {
        config: scoped,
        schema: { tags, summary: 'Một phiên bản', params: VersionParams, response: { 200: LetterVersionDetail } },
      },
      async (request) => letters.version(request.ctx, request.params.id, request.params.version),
    );

    app.post(
      '/letters/:id/submit',
      {
        config: scoped,
        schema: {
          tags,
          summary: 'Trình duyệt (trưởng đơn vị, rồi người ký)',
          params: IdParams,
          body: SubmitBody,
          response: { 200: LetterDetail },
        },
      },
      async (request) => {
        await approval.submit(request.ctx, request.params.id, request.body);
        return letters.getLetter(request.ctx, request.params.id);
      },
    );
    app.post(
      '/letters/:id/comment',
      {
        config: scoped,
        schema: { tags, summary: 'Góp ý', params: IdParams, body: CommentBody, response: { 200: LetterDetail } },
      },
      async (request) => {
        await approval.comment(request.ctx, request.params.id, request.body);
        return letters.getLetter(request.ctx, request.params.id);
      },
    );
    app.post(
      '/letters/:id/return',
      {
        config: scoped,
        schema: {
          tags,
          summary: 'Trả lại người soạn',
          params: IdParams,
          body: CommentBody,
          response: { 200: LetterDetail },
        },
      },
      async (request) => {
        await approval.returnLetter(request.ctx, request.params.id, request.body);
        return letters.getLetter(request.ctx, request.params.id);
      },
    );
    app.post(
      '/letters/:id/approve',
      {
        config: scoped,
        schema: { tags, summary: 'Duyệt', params: IdParams, body: ApproveBody, response: { 200: LetterDetail } },
      },
      async (request) => {
        await approval.approve(request.ctx, request.params.id, request.body);
        return letters.getLetter(request.ctx, request.params.id);
      },
    );
    app.post(
      '/letters/:id/sign',
      {
        config: scoped,
        schema: {
          tags,
          summary: 'Ký số (người ký)',
          params: IdParams,
          body: SignBody,
          response: { 200: LetterDetail },
        },
      },
      async (request) => {
        await signing.sign(request.ctx, request.params.id, request.body);
        return letters.getLetter(request.ctx, request.params.id);
      },
    );
    app.post(
      '/letters/:id/issue',
      {
        config: scoped,
        schema: {
          tags,
          summary: 'Cấp số, ký số cơ quan và phát hành (văn thư)',
          params: IdParams,
          body: IssueBody,
          response: { 200: LetterDetail },
        },
      },
      async (request) => {
        await signing.issue(request.ctx, request.params.id, request.body);
        return letters.getLetter(request.ctx, request.params.id);
      },
    );
    for (const format of ['pdf', 'docx'] as const) {
      const type =
        format === 'pdf'
          ? 'application/pdf'
          : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
      app.get(
        `/letters/:id/file.${format}`,
        {
          config: scoped,
          schema: {
            tags,
            summary: format === 'pdf' ? 'Tải PDF (bản xem trước, bản đã ký hoặc đã phát hành)' : 'Tải DOCX',
            params: IdParams,
            response: { 200: FileResponse(`Tệp ${format.toUpperCase()}`, [type]) },
          },
        },
        async (request, reply) => {
          const file = await signing.preview(request.ctx, request.params.id, format);
          reply.header('content-type', type);
          reply.header('content-disposition', contentDisposition(file.fileName));
          return reply.send(file.data);
        },
      );
    }
  };
