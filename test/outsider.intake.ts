/**
 * Outsider-test objects for scanner batches (issue 17): a batch of school A already read (two letters'
 * page texts), waiting for its clerk to check the split.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Kysely } from 'kysely';
import type { DB } from '../src/db/types.ts';
import { findLetterStarts } from '../src/intake/index.ts';
import type { Modules } from '../src/modules/index.ts';
import { insertBatch } from '../src/modules/documents/intake.repository.ts';
import type { OutsiderCall, OwnedObjects } from './outsider.fixtures.ts';

const text = (n: string) => readFileSync(new URL(`./fixtures/documents/${n}/clean.txt`, import.meta.url), 'utf8');
const FILE_MARKER = 'lo-rieng-truong-a-7321.pdf';

export async function loadIntakeObjects(db: Kysely<DB>, owned: OwnedObjects, _modules: Modules): Promise<void> {
  const pageTexts = [text('003'), text('007')];
  const pageStarts = findLetterStarts(pageTexts);
  const now = new Date().toISOString();
  const id = randomUUID();
  await insertBatch(db, {
    id,
    organisation_id: owned.orgId,
    status: 'ready',
    file_name: FILE_MARKER,
    size: 1,
    sha256: '0'.repeat(64),
    storage_path: '/nonexistent/lo.pdf',
    job_id: null,
    page_count: 2,
    pages_done: 2,
    page_texts_json: JSON.stringify(pageTexts),
    page_starts_json: JSON.stringify(pageStarts),
    starts_json: JSON.stringify([1, 2]),
    document_ids_json: null,
    error: null,
    created_by: owned.clerkId,
    created_at: now,
    updated_at: now,
    confirmed_at: null,
  });
  owned.extra.intakeBatchId = id;
  owned.markers.push(id, FILE_MARKER);
}

const batch = (o: OwnedObjects) => ({ id: o.extra.intakeBatchId! });
const org = (o: OwnedObjects) => ({ organisationId: o.orgId });

export const INTAKE_OUTSIDER_CALLS: Record<string, OutsiderCall> = {
  'POST /api/intake/batches': { expect: 'notFound', query: org, body: () => ({}) },
  'GET /api/intake/batches': { expect: 'noLeak', query: org },
  'GET /api/intake/batches/:id': { expect: 'notFound', params: batch },
  'PUT /api/intake/batches/:id/starts': { expect: 'notFound', params: batch, body: () => ({ starts: [1] }) },
  'POST /api/intake/batches/:id/confirm': { expect: 'notFound', params: batch },
};
