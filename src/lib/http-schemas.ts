/** Schema pieces shared by many routes (TypeBox: validation, OpenAPI and types from one declaration). */
import { Type, type Static } from '@sinclair/typebox';

export const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'Ngày dạng YYYY-MM-DD' });
export const Id = Type.String({ minLength: 1, maxLength: 64 });
export const IdParams = Type.Object({ id: Id });
export type IdParams = Static<typeof IdParams>;

export const PageQuery = {
  page: Type.Optional(Type.Integer({ minimum: 1, default: 1 })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
};

export function pageWindow(query: { page?: number | undefined; pageSize?: number | undefined }) {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 50;
  return { page, pageSize, limit: pageSize, offset: (page - 1) * pageSize };
}

export const ErrorResponse = Type.Object({
  error: Type.Object({ code: Type.String(), message: Type.String(), details: Type.Optional(Type.Unknown()) }),
});

export function Paged<T extends ReturnType<typeof Type.Object>>(item: T) {
  return Type.Object({
    items: Type.Array(item),
    total: Type.Integer(),
    page: Type.Integer(),
    pageSize: Type.Integer(),
  });
}

/** 204: no body (the handler calls `reply.status(204).send()`). */
export const NoContent = Type.Unsafe<void>({ type: 'null', description: 'Không có nội dung' });

/**
 * A file download: the route sends bytes (never serialised as JSON), so the schema only documents the
 * media types in /api/docs.
 */
export function FileResponse(description: string, mediaTypes: string[]) {
  // Bytes or a stream; the handler sets the content type and sends it as is.
  const schema = Type.Unsafe<Buffer | NodeJS.ReadableStream | string>({ type: 'string', format: 'binary' });
  return { description, content: Object.fromEntries(mediaTypes.map((t) => [t, { schema }])) };
}
