/** /api/signing-certificates…, /api/trust-anchors and /api/documents/:id/signatures. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParams, NoContent } from '../../lib/http-schemas.ts';
import type { CertificatesService } from './certificates.service.ts';
import {
  Certificate,
  CertificateList,
  DocumentSignatures,
  TrustAnchorList,
  UploadCertificateBody,
} from './letters.schemas.ts';

const scoped = { tenancy: 'scoped' as const };
const tags = ['Văn bản đi (soạn thảo, ký số)'];

export const certificatesRoutes =
  (certificates: CertificatesService): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.get(
      '/signing-certificates',
      { config: scoped, schema: { tags, summary: 'Chứng thư số của đơn vị', response: { 200: CertificateList } } },
      async (request) => certificates.list(request.ctx),
    );
    app.post(
      '/signing-certificates',
      {
        config: scoped,
        schema: {
          tags,
          summary: 'Tải lên chứng thư số PKCS#12 (quản trị trường)',
          body: UploadCertificateBody,
          response: { 201: Certificate },
        },
      },
      async (request, reply) => {
        const id = await certificates.upload(request.ctx, request.body);
        const list = await certificates.list(request.ctx);
        const created = list.items.find((c) => c.id === id);
        if (!created) throw new Error('certificate vanished after insert');
        return reply.status(201).send(created);
      },
    );
    app.delete(
      '/signing-certificates/:id',
      {
        config: scoped,
        schema: { tags, summary: 'Thu hồi chứng thư số', params: IdParams, response: { 204: NoContent } },
      },
      async (request, reply) => {
        await certificates.revoke(request.ctx, request.params.id);
        return reply.status(204).send();
      },
    );
    app.get(
      '/trust-anchors',
      {
        config: { tenancy: 'reference' },
        schema: { tags, summary: 'Chứng thư gốc tin cậy', response: { 200: TrustAnchorList } },
      },
      async () => certificates.anchors(),
    );
    app.get(
      '/documents/:id/signatures',
      {
        config: scoped,
        schema: {
          tags,
          summary: 'Kiểm tra chữ ký số trên các tệp PDF của văn bản',
          params: IdParams,
          response: { 200: DocumentSignatures },
        },
      },
      async (request) => certificates.documentSignatures(request.ctx, request.params.id),
    );
  };
