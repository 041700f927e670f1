import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParams } from '../../lib/http-schemas.ts';
import type { DeskService } from './desk.service.ts';
import { DirectionSettings, DirectionSettingsBody, DirectionSettingsQuery } from './direction-settings.schemas.ts';
import type { DirectionSettingsService } from './direction-settings.service.ts';
import type { DirectionService } from './direction.service.ts';
import { Desk, DeskQuery, DirectionBody, DirectionSheet, PresentBody } from './tasks.schemas.ts';

export const directionRoutes =
  (direction: DirectionService, desk: DeskService, settings: DirectionSettingsService): FastifyPluginAsyncTypebox =>
  async (app) => {
    const tags = ['Chỉ đạo, giao việc'];
    app.post(
      '/documents/:id/present',
      {
        config: { tenancy: 'scoped' },
        schema: {
          tags,
          summary: 'Văn thư trình văn bản đến lãnh đạo xin ý kiến chỉ đạo',
          params: IdParams,
          body: PresentBody,
          response: { 200: DirectionSheet },
        },
      },
      async (request) => direction.present(request.ctx, request.params.id, request.body),
    );
    app.get(
      '/documents/:id/direction',
      {
        config: { tenancy: 'scoped' },
        schema: {
          tags,
          summary: 'Phiếu giải quyết văn bản đến: các lần trình, ý kiến chỉ đạo, nhiệm vụ và người được giao',
          params: IdParams,
          response: { 200: DirectionSheet },
        },
      },
      async (request) => direction.sheet(request.ctx, request.params.id),
    );
    app.post(
      '/documents/:id/direction',
      {
        config: { tenancy: 'scoped' },
        schema: {
          tags,
          summary: 'Lãnh đạo cho ý kiến chỉ đạo (bút phê) và giao chủ trì, phối hợp, để biết kèm hạn xử lý',
          params: IdParams,
          body: DirectionBody,
          response: { 200: DirectionSheet },
        },
      },
      async (request) => direction.direct(request.ctx, request.params.id, request.body),
    );
    app.get(
      '/desk',
      {
        config: { tenancy: 'scoped' },
        schema: {
          tags,
          summary: 'Bàn làm việc lãnh đạo: văn bản chờ cho ý kiến và các việc đã giao trong đơn vị',
          querystring: DeskQuery,
          response: { 200: Desk },
        },
      },
      async (request) => desk.desk(request.ctx, request.query),
    );
    app.get(
      '/direction-settings',
      {
        config: { tenancy: 'scoped' },
        schema: {
          tags,
          summary: 'Thiết lập chỉ đạo của đơn vị: lãnh đạo thường nhận trình, các câu bút phê mẫu',
          querystring: DirectionSettingsQuery,
          response: { 200: DirectionSettings },
        },
      },
      async (request) => settings.get(request.ctx, request.query.organisationId),
    );
    app.put(
      '/direction-settings',
      {
        config: { tenancy: 'scoped' },
        schema: {
          tags,
          summary: 'Sửa thiết lập chỉ đạo (lãnh đạo, quản trị viên)',
          body: DirectionSettingsBody,
          response: { 200: DirectionSettings },
        },
      },
      async (request) => settings.update(request.ctx, request.body),
    );
  };
