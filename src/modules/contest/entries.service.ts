/**
 * Entries: a school registers works of its staff and learners. The engine decides the category, the number of
 * authors, eligibility (organisers and judges are excluded), the quotas and the window; a refusal names the rule
 * and its source. Each entry gets a blind code (số phách); its text is extracted at once (DOCX, PDF, TXT) and an
 * overlap check of the edition is queued in the same transaction.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { checkNewEntry, generateBlindCodes, type RegisteredEntry } from '../../contest/rules/index.ts';
import type { DB } from '../../db/types.ts';
import type { FileStore } from '../../lib/file-store/index.ts';
import { enqueueJob } from '../../jobs/queue.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import { vietnamToday } from '../../lib/dates.ts';
import { recordAudit } from '../audit/audit.ports.ts';
import type { RequestContext } from '../tenancy/actor.ts';
import { assertCanWrite } from '../tenancy/scope.ts';
import { assertSchoolWriter } from './contest.policy.ts';
import { judgeUserIds } from './editions.repository.ts';
import type { EditionsService } from './editions.service.ts';
import {
  blindCodesOfEdition,
  candidateAuthors,
  entriesOfAuthors,
  findPeople,
  insertEntry,
} from './entries.repository.ts';
import { overlapJobPending } from './overlaps.repository.ts';
import { organisationNames } from './results.repository.ts';
import type { NewEntryBody } from './contest.schemas.ts';
import { extensionOf, MEDIA_TYPES, storeEntryFile, WRITTEN_TYPES } from './entry-files.ts';
import { MAX_FILE_BYTES, uploadedText } from './upload-text.ts';

export const OVERLAP_JOB = 'contest.overlap';

const SYSTEM_KIND: Record<string, string> = {
  academy: 'academy',
  regional_academy: 'academy',
  member_academy: 'academy',
  provincial_school: 'provincial_school',
  sector_school: 'sector_school',
};

type Work = { text: string; file: Buffer | null; contentType: string | null };

async function workText(body: NewEntryBody, kind: string, fileName: string): Promise<Work> {
  if (!body.fileBase64) {
    if (kind === 'written') throw new AppError('BAD_REQUEST', 'Tác phẩm viết cần tệp bài dự thi (DOCX, PDF hoặc TXT).');
    if (!body.mediaUrl)
      throw new AppError('BAD_REQUEST', 'Tác phẩm nghe nhìn cần tệp âm thanh, video hoặc đường dẫn tới tệp.');
    return { text: '', file: null, contentType: null };
  }
  const ext = extensionOf(fileName);
  if (kind === 'audiovisual' && MEDIA_TYPES[ext]) {
    const file = Buffer.from(body.fileBase64, 'base64');
    if (file.length === 0) throw new AppError('BAD_REQUEST', 'Tệp tải lên rỗng.');
    if (file.length > MAX_FILE_BYTES)
      throw new AppError('PAYLOAD_TOO_LARGE', 'Tệp quá lớn (tối đa 15 MB); tệp lớn hơn hãy gửi đường dẫn.');
    return { text: '', file, contentType: MEDIA_TYPES[ext]! };
  }
  if (kind === 'audiovisual' && !WRITTEN_TYPES[ext])
    throw new AppError('BAD_REQUEST', 'Tệp nghe nhìn phải là MP3, M4A, WAV, OGG, MP4 hoặc WEBM.');
  const { text, file } = await uploadedText(body.fileBase64, fileName);
  return { text, file, contentType: WRITTEN_TYPES[ext] ?? 'application/octet-stream' };
}

export function createEntriesService(db: Kysely<DB>, editions: EditionsService, files: FileStore) {
  async function register(ctx: RequestContext, editionId: string, body: NewEntryBody) {
    assertSchoolWriter(ctx.actor);
    const organisationId = body.organisationId ?? ctx.actor.organisationId;
    assertCanWrite(ctx.actor, organisationId);
    const { row, edition } = await editions.load(editionId);
    if (row.status !== 'published')
      throw new AppError('UNPROCESSABLE', 'Lần thi này chưa được Học viện công bố, chưa nhận bài dự thi.');
    const category = edition.categories.find((c) => c.code === body.categoryCode);
    if (!category) throw new AppError('BAD_REQUEST', 'Thể loại không có trong thể lệ lần thi này.');
    const keys = body.authors.map((a) => ({ kind: a.kind, id: a.id }));
    const people = await findPeople(db, ctx.actor, organisationId, keys);
    const byKey = new Map(people.map((p) => [p.key, p.name]));
    const personKeys = keys.map((k) => `${k.kind === 'staff' ? 'user' : 'learner'}:${k.id}`);
    const missing = personKeys.filter((k) => !byKey.has(k));
    if (missing.length > 0) throw notFound('Không tìm thấy tác giả trong cán bộ, giảng viên, học viên của trường.');
    const [org] = await organisationNames(db, [organisationId]);
    const registered: RegisteredEntry[] = (await entriesOfAuthors(db, editionId, personKeys)).map((e) => ({
      id: e.id,
      categoryCode: e.category_code,
      authorIds: e.authorKeys,
      withdrawn: e.status === 'withdrawn',
    }));
    const judges = (await judgeUserIds(db, editionId)).map((id) => `user:${id}`);
    const submittedOn = body.submittedOn ?? vietnamToday();
    const check = checkNewEntry(
      edition,
      {
        categoryCode: body.categoryCode,
        authors: personKeys.map((k) => ({
          personId: k,
          name: byKey.get(k)!,
          organisationKind: SYSTEM_KIND[org?.kind ?? ''] ?? null,
        })),
        submittedOn,
      },
      registered,
      { organisers: [], judges },
    );
    if (!check.allowed)
      throw new AppError('UNPROCESSABLE', check.violations.map((v) => v.message).join(' '), check.violations);
    const fileName = (body.fileName ?? 'bai-du-thi').split(/[/\\]/).pop() || 'bai-du-thi';
    const { text, file, contentType } = await workText(body, category.kind, fileName);
    const stored = file ? await storeEntryFile(files, organisationId, file) : null;
    const [blindCode] = generateBlindCodes(1, await blindCodesOfEdition(db, editionId));
    const now = new Date().toISOString();
    const id = randomUUID();
    const entry = {
      id,
      edition_id: editionId,
      organisation_id: organisationId,
      category_code: body.categoryCode,
      title: body.title.normalize('NFC').trim(),
      blind_code: blindCode!,
      status: 'registered',
      round: 'school',
      screen_reason: null,
      submitted_on: submittedOn,
      file_name: file ? fileName : null,
      file_sha256: stored?.sha256 ?? null,
      file_size: file ? file.length : null,
      content_type: contentType,
      storage_path: stored?.storagePath ?? null,
      media_url: body.mediaUrl ?? null,
      publication_name: body.publicationName ?? null,
      published_on: body.publishedOn ?? null,
      published_url: body.publishedUrl ?? null,
      work_text: text,
      overlap_share: null,
      overlap_checked_at: null,
      created_by: ctx.actor.userId,
      created_at: now,
      updated_at: now,
    };
    const authors = personKeys.map((k, i) => ({
      id: randomUUID(),
      entry_id: id,
      organisation_id: organisationId,
      person_key: k,
      full_name: byKey.get(k)!,
      ordinal: i + 1,
    }));
    const queue = text !== '' && !(await overlapJobPending(db, OVERLAP_JOB, editionId));
    await db.transaction().execute(async (trx) => {
      await insertEntry(trx, entry, authors);
      await recordAudit(trx, ctx, {
        action: 'contest.entry.register',
        entityType: 'contest_entry',
        entityId: id,
        organisationId,
        after: {
          editionId,
          categoryCode: entry.category_code,
          title: entry.title,
          blindCode,
          authors: authors.map((a) => a.full_name),
        },
      });
      if (queue) await enqueueJob(trx, { name: OVERLAP_JOB, payload: { editionId }, organisationId: null });
    });
    return { id, notices: check.notices.map((n) => ({ code: n.code, message: n.message })) };
  }

  async function authors(ctx: RequestContext) {
    const { users, learners } = await candidateAuthors(db, ctx.actor, ctx.actor.organisationId);
    return {
      staff: users.map((u) => ({ id: u.id, fullName: u.full_name })),
      learners: learners.map((l) => ({ id: l.id, fullName: l.full_name })),
    };
  }

  return { register, authors };
}

export type EntriesService = ReturnType<typeof createEntriesService>;
