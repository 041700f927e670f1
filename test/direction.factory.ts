/** Test factories for direction and deadlines: registered incoming documents by direct insert, request contexts. */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../src/db/types.ts';
import type { RequestContext, Role } from '../src/modules/tenancy/actor.ts';

export type RequirementSpec = { no: number | null; text: string; deadline?: string | null };

/** A registered incoming document of the organisation with `code`, with its requirements. */
export async function insertDocument(
  db: Kysely<DB>,
  organisationId: string,
  opts: {
    subject?: string;
    numberSymbol?: string;
    dueDate?: string | null;
    requirements?: RequirementSpec[];
    status?: string;
  } = {},
) {
  const now = new Date().toISOString();
  const id = randomUUID();
  await db
    .insertInto('documents')
    .values({
      id,
      organisation_id: organisationId,
      direction: 'incoming',
      status: opts.status ?? 'registered',
      source_kind: 'manual',
      subject: opts.subject ?? 'V/v thực hiện Quy định 57-QĐ/TW',
      number_symbol: opts.numberSymbol ?? '2174-CV/HVCTQG',
      due_date: opts.dueDate ?? null,
      recipients_json: '[]',
      created_at: now,
      updated_at: now,
      search_text: '',
    })
    .execute();
  const requirementIds: string[] = [];
  for (const [i, r] of (opts.requirements ?? []).entries()) {
    const rid = randomUUID();
    requirementIds.push(rid);
    await db
      .insertInto('requirements')
      .values({
        id: rid,
        document_id: id,
        organisation_id: organisationId,
        ordinal: i + 1,
        no: r.no,
        text: r.text,
        deadline: r.deadline ?? null,
        created_at: now,
      })
      .execute();
  }
  return { id, requirementIds };
}

export async function userByEmail(db: Kysely<DB>, email: string) {
  return db
    .selectFrom('users')
    .select(['id', 'organisation_id', 'unit_id', 'role', 'full_name', 'email'])
    .where('email', '=', email)
    .executeTakeFirstOrThrow();
}

/** The context a session of this user would get (school users: their own school). */
export async function contextFor(db: Kysely<DB>, email: string): Promise<RequestContext> {
  const u = await userByEmail(db, email);
  const role = u.role as Role;
  const academy = role === 'academy_admin' || role === 'academy_staff';
  return {
    actor: {
      userId: u.id,
      organisationId: u.organisation_id,
      unitId: u.unit_id,
      role,
      fullName: u.full_name,
      scope: academy ? { kind: 'all' } : { kind: 'orgs', organisationIds: [u.organisation_id] },
    },
    requestId: `test-${randomUUID().slice(0, 8)}`,
  };
}

/** A multipart/form-data body with one or more files in the field "files". */
export function multipart(files: { name: string; type: string; content: string | Buffer }[]) {
  const boundary = `----tct${randomUUID().replace(/-/g, '')}`;
  const parts = files.map((f) =>
    Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${f.name}"\r\nContent-Type: ${f.type}\r\n\r\n`,
      ),
      Buffer.isBuffer(f.content) ? f.content : Buffer.from(f.content),
      Buffer.from('\r\n'),
    ]),
  );
  return {
    body: Buffer.concat([...parts, Buffer.from(`--${boundary}--\r\n`)]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}
