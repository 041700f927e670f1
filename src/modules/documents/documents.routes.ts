/** /api/documents…: review, register, outgoing, links, search, files, edXML. Handlers stay thin. */
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ErrorResponse, FileResponse, IdParams, NoContent } from '../../lib/http-schemas.ts';
import { assertRegistryRole } from './documents.policy.ts';
import {
  DocumentDetail,
  ExportEdxmlQuery,
  FileParams,
  IssueBody,
  LinkBody,
  LinkParams,
  ManualDocumentBody,
  OrganisationQuery,
  OutgoingBody,
  PatchDocumentBody,
  RegisterBody,
  SearchQuery,
  SearchResult,
} from './documents.schemas.ts';
import { targetOrganisation } from './documents.service.ts';
import { readUpload } from './documents.http.ts';
import type { DocumentsService } from './documents.service.ts';
import type { DraftsService } from './drafts.service.ts';
import type { IntakeService } from './intake.service.ts';
import type { LinksService } from './links.service.ts';
import type { OutgoingService } from './outgoing.service.ts';
import type { RegistrationService } from './registration.service.ts';
import type { SearchService } from './search.service.ts';

/** The services the documents and intake routes call (built by documents.module.ts). */
export type DocumentsServices = {
  documents: DocumentsService;
  registration: RegistrationService;
  outgoing: OutgoingService;
  links: LinksService;
  search: SearchService;
  intake: IntakeService;
  drafts: DraftsService;
};
import { contentDisposition, sendAttachment } from '../../lib/downloads.ts';

const scoped = { tenancy: 'scoped' as const };
const tags = ['Văn bản'];
const Conflict = { 409: ErrorResponse };

export const documentsRoutes =
  (m: DocumentsServices): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.get(
      '/documents/search',
      {
        config: scoped,
        schema: {
          tags,
          summary: 'Tìm kiếm toàn văn (không cần dấu) với bộ lọc',
          querystring: SearchQuery,
          response: { 200: SearchResult },
        },
      },
      async (request) => m.search.search(request.ctx, request.query),
    );

    app.post(
      '/documents/manual',
      {
        config: scoped,
        schema: {
          tags,
          summary: 'Tạo văn bản đến (dự thảo) từ thông tin nhập tay',
          body: ManualDocumentBody,
          response: { 201: DocumentDetail },
        },
      },
      async (request, reply) => {
        const created = await m.documents.createManual(request.ctx, request.body);
        return reply.status(201).send(created);
      },
    );

    app.post(
      '/documents/import-edxml',
      {
        config: scoped,
        schema: {
          tags,
          summary: 'Nhận văn bản điện tử edXML (multipart, trường "file")',
          consumes: ['multipart/form-data'],
          querystring: OrganisationQuery,
          response: { 201: DocumentDetail },
        },
      },
      async (request, reply) => {
        const organisationId = targetOrganisation(request.ctx, request.query.organisationId);
        assertRegistryRole(request.ctx.actor);
        const upload = await readUpload(request);
        const { documentId } = await m.intake.importEdxml(request.ctx, { organisationId, ...upload });
        return reply.status(201).send(await m.documents.getDocument(request.ctx, documentId));
      },
    );

    app.post(
      '/documents/outgoing',
      {
        config: scoped,
        schema: { tags, summary: 'Soạn văn bản đi (dự thảo)', body: OutgoingBody, response: { 201: DocumentDetail } },
      },
      async (request, reply) => {
        const { id } = await m.outgoing.createOutgoing(request.ctx, request.body);
        return reply.status(201).send(await m.documents.getDocument(request.ctx, id));
      },
    );

    app.get(
      '/documents/:id',
      {
        config: scoped,
        schema: {
          tags,
          summary: 'Văn bản: thông tin, độ tin cậy trích xuất, tệp, yêu cầu, liên kết hai chiều, thông tin sổ',
          params: IdParams,
          response: { 200: DocumentDetail },
        },
      },
      async (request) => m.documents.getDocument(request.ctx, request.params.id),
    );

    app.patch(
      '/documents/:id',
      {
        config: scoped,
        schema: {
          tags,
          summary: 'Văn thư sửa thông tin khi văn bản chưa vào sổ',
          params: IdParams,
          body: PatchDocumentBody,
          response: { 200: DocumentDetail, ...Conflict },
        },
      },
      async (request) => m.documents.patchDocument(request.ctx, request.params.id, request.body),
    );

    app.delete(
      '/documents/:id',
      {
        config: scoped,
        schema: {
          tags,
          summary: 'Xóa dự thảo nhầm (người tạo hoặc văn thư); chỉ dự thảo chưa vào sổ, chưa ban hành',
          params: IdParams,
          response: { 204: NoContent, ...Conflict },
        },
      },
      async (request, reply) => {
        await m.drafts.deleteDraft(request.ctx, request.params.id);
        return reply.status(204).send();
      },
    );

    app.get(
      '/documents/:id/files/:fileId',
      {
        config: scoped,
        schema: {
          tags,
          summary: 'Tải hoặc xem tệp (ảnh trang, bản gốc, đính kèm)',
          params: FileParams,
          // `download` is accepted for old links: every uploaded file is a download now (lib/downloads.ts).
          querystring: Type.Object({ download: Type.Optional(Type.Boolean()) }),
          response: {
            200: FileResponse('Tệp của văn bản (hiển thị trực tiếp khi an toàn, nếu không thì tải về)', [
              'application/pdf',
              'image/png',
              'image/jpeg',
              'text/plain',
              'application/octet-stream',
            ]),
          },
        },
      },
      async (request, reply) => {
        const { file, data } = await m.documents.getFile(request.ctx, request.params.id, request.params.fileId);
        return sendAttachment(reply, { fileName: file.file_name, data });
      },
    );

    app.post(
      '/documents/:id/register',
      {
        config: scoped,
        schema: {
          tags,
          summary: 'Vào sổ văn bản đến: cấp số đến tiếp theo (409 nếu nghi trùng, trừ khi confirmDuplicate)',
          params: IdParams,
          body: RegisterBody,
          response: { 200: DocumentDetail, ...Conflict },
        },
      },
      async (request) => {
        await m.registration.registerDocument(request.ctx, request.params.id, request.body);
        return m.documents.getDocument(request.ctx, request.params.id);
      },
    );

    app.post(
      '/documents/:id/issue',
      {
        config: scoped,
        schema: {
          tags,
          summary: 'Ban hành văn bản đi: cấp số và ký hiệu',
          params: IdParams,
          body: IssueBody,
          response: { 200: DocumentDetail, ...Conflict },
        },
      },
      async (request) => {
        await m.outgoing.issueDocument(request.ctx, request.params.id, request.body);
        return m.documents.getDocument(request.ctx, request.params.id);
      },
    );

    app.post(
      '/documents/:id/links',
      {
        config: scoped,
        schema: {
          tags,
          summary: 'Thêm liên kết (viện dẫn, trả lời, thay thế, thu hồi)',
          params: IdParams,
          body: LinkBody,
          response: { 201: DocumentDetail, ...Conflict },
        },
      },
      async (request, reply) => {
        await m.links.addLink(request.ctx, request.params.id, request.body);
        return reply.status(201).send(await m.documents.getDocument(request.ctx, request.params.id));
      },
    );

    app.delete(
      '/documents/:id/links/:linkId',
      {
        config: scoped,
        schema: { tags, summary: 'Xóa liên kết', params: LinkParams, response: { 204: NoContent } },
      },
      async (request, reply) => {
        await m.links.deleteLink(request.ctx, request.params.id, request.params.linkId);
        return reply.status(204).send();
      },
    );

    app.get(
      '/documents/:id/export-edxml',
      {
        config: scoped,
        schema: {
          tags,
          summary: 'Xuất văn bản dạng edXML (QCVN 102:2016) kèm tệp',
          description:
            'Khi thiếu mã định danh của bên gửi hoặc bên nhận, trả 400 với details.missingOrganIds; gửi lại kèm fromCode, toCodes (theo thứ tự nơi nhận, cách nhau bởi dấu phẩy).',
          params: IdParams,
          querystring: ExportEdxmlQuery,
          response: { 200: FileResponse('Thông điệp edXML', ['application/xml']) },
        },
      },
      async (request, reply) => {
        const { fileName, xml } = await m.intake.exportEdxml(request.ctx, request.params.id, {
          fromCode: request.query.fromCode || undefined,
          toCodes: request.query.toCodes ? request.query.toCodes.split(',').map((c) => c.trim()) : undefined,
        });
        reply.header('content-type', 'application/xml; charset=utf-8');
        reply.header('content-disposition', contentDisposition(fileName));
        return reply.send(xml);
      },
    );
  };
