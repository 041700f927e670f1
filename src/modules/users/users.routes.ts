import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParams, NoContent, Paged, pageWindow } from '../../lib/http-schemas.ts';
import type { UsersService } from './users.service.ts';
import { CreatePersonBody, ListPeopleQuery, Person, ResetPasswordBody, UpdatePersonBody } from './users.schemas.ts';

export const usersRoutes =
  (service: UsersService): FastifyPluginAsyncTypebox =>
  async (app) => {
    const tags = ['Cán bộ'];
    app.get(
      '/people',
      {
        config: { tenancy: 'scoped' },
        schema: {
          tags,
          summary: 'Danh sách cán bộ trong phạm vi được xem',
          querystring: ListPeopleQuery,
          response: { 200: Paged(Person) },
        },
      },
      async (request) => {
        const window = pageWindow(request.query);
        const { items, total } = await service.listPeople(request.ctx, {
          organisationId: request.query.organisationId,
          q: request.query.q,
          limit: window.limit,
          offset: window.offset,
        });
        return { items, total, page: window.page, pageSize: window.pageSize };
      },
    );
    app.post(
      '/people',
      {
        config: { tenancy: 'scoped' },
        schema: { tags, summary: 'Thêm cán bộ (quản trị viên)', body: CreatePersonBody, response: { 201: Person } },
      },
      async (request, reply) => reply.status(201).send(await service.createPerson(request.ctx, request.body)),
    );
    app.get(
      '/people/:id',
      {
        config: { tenancy: 'scoped' },
        schema: { tags, summary: 'Thông tin một cán bộ', params: IdParams, response: { 200: Person } },
      },
      async (request) => service.getPerson(request.ctx, request.params.id),
    );
    app.patch(
      '/people/:id',
      {
        config: { tenancy: 'scoped' },
        schema: {
          tags,
          summary: 'Sửa thông tin, vai trò hoặc khóa tài khoản',
          params: IdParams,
          body: UpdatePersonBody,
          response: { 200: Person },
        },
      },
      async (request) => service.updatePerson(request.ctx, request.params.id, request.body),
    );
    app.post(
      '/people/:id/reset-password',
      {
        config: { tenancy: 'scoped' },
        schema: {
          tags,
          summary: 'Đặt lại mật khẩu',
          params: IdParams,
          body: ResetPasswordBody,
          response: { 204: NoContent },
        },
      },
      async (request, reply) => {
        await service.resetPassword(request.ctx, request.params.id, request.body.newPassword);
        return reply.status(204).send();
      },
    );
  };
