/**
 * Security hardening (issue 9): the audit log keeps the server's own request id in `request_id` and
 * whatever id a client sent (x-request-id) separately, so a client cannot make its entries look like
 * another request's.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('audit_log').addColumn('client_request_id', 'text').execute();
}
