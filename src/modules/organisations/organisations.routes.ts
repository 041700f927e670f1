import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParams, Paged, pageWindow } from '../../lib/http-schemas.ts';
import { vietnamToday } from '../../lib/dates.ts';
import type { OrganisationsService } from './organisations.service.ts';
import {
  CreateSectorSchoolBody,
  CreateUnitBody,
  ListOrganisationsQuery,
  Organisation,
  Unit,
  UpdateOrganisationBody,
} from './organisations.schemas.ts';

const OrganisationDetail = Type.Intersect([Organisation, Type.Object({ units: Type.Array(Unit) })]);

export const organisationsRoutes =
  (service: OrganisationsService): FastifyPluginAsyncTypebox =>
  async (app) => {
    const tags = ['Mạng lưới'];
    app.get(
      '/network/organisations',
      {
        config: { tenancy: 'reference' },
        schema: {
          tags,
          summary: 'Danh mục đơn vị trong mạng lưới, lọc theo ngày hiệu lực và loại',
          querystring: ListOrganisationsQuery,
          response: { 200: Paged(Organisation) },
        },
      },
      async (request) => {
        const window = pageWindow(request.query);
        const { items, total } = await service.listDirectory({
          at: request.query.allPeriods ? undefined : (request.query.at ?? vietnamToday()),
          kind: request.query.kind,
          q: request.query.q,
          limit: window.limit,
          offset: window.offset,
        });
        return { items, total, page: window.page, pageSize: window.pageSize };
      },
    );
    app.get(
      '/network/organisations/:id',
      {
        config: { tenancy: 'reference' },
        schema: {
          tags,
          summary: 'Thông tin một đơn vị (dữ liệu danh mục)',
          params: IdParams,
          response: { 200: OrganisationDetail },
        },
      },
      async (request) => service.getDirectoryEntry(request.params.id),
    );
    app.post(
      '/network/organisations',
      {
        config: { tenancy: 'reference' },
        schema: {
          tags,
          summary: 'Thêm trường cán bộ của bộ, ngành, đoàn thể Trung ương (quản trị Học viện)',
          body: CreateSectorSchoolBody,
          response: { 201: OrganisationDetail },
        },
      },
      async (request, reply) => reply.status(201).send(await service.createSectorSchool(request.ctx, request.body)),
    );
    app.patch(
      '/network/organisations/:id',
      {
        config: { tenancy: 'reference' },
        schema: {
          tags,
          summary: 'Sửa thông tin danh mục đơn vị (quản trị Học viện)',
          params: IdParams,
          body: UpdateOrganisationBody,
          response: { 200: OrganisationDetail },
        },
      },
      async (request) => service.updateOrganisation(request.ctx, request.params.id, request.body),
    );
    app.get(
      '/organisations/:id',
      {
        config: { tenancy: 'scoped' },
        schema: {
          tags,
          summary: 'Không gian làm việc của một đơn vị',
          params: IdParams,
          response: {
            200: Type.Object({ organisation: Organisation, units: Type.Array(Unit), peopleCount: Type.Integer() }),
          },
        },
      },
      async (request) => service.getWorkspace(request.ctx, request.params.id),
    );
    app.post(
      '/organisations/:id/units',
      {
        config: { tenancy: 'scoped' },
        schema: {
          tags,
          summary: 'Thêm phòng, khoa vào đơn vị',
          params: IdParams,
          body: CreateUnitBody,
          response: { 201: Unit },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await service.createUnit(request.ctx, request.params.id, request.body)),
    );
  };
