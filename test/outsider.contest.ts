/**
 * Outsider-test objects for the contest: school A's judge assignment, two entries of the 2025 edition (the
 * second copies the first, so an overlap is stored), and a forum article. The outsider (another school's
 * administrator) must not reach any of them, nor write for school A, nor act as the secretariat.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../src/db/types.ts';
import type { Modules } from '../src/modules/index.ts';
import type { RequestContext, Role } from '../src/modules/tenancy/actor.ts';
import { b64, words } from './contest.support.ts';
import type { OutsiderCall, OwnedObjects } from './outsider.fixtures.ts';

async function ctxOf(db: Kysely<DB>, email: string, role: Role, owned: OwnedObjects): Promise<RequestContext> {
  const user = await db
    .selectFrom('users')
    .select(['id', 'organisation_id'])
    .where('email', '=', email)
    .executeTakeFirstOrThrow();
  return {
    actor: {
      userId: user.id,
      organisationId: user.organisation_id,
      unitId: null,
      role,
      fullName: 'Kiểm thử',
      scope: { kind: 'orgs', organisationIds: [owned.orgId] },
    },
    requestId: 'outsider-fixture',
  };
}

export async function loadContestObjects(db: Kysely<DB>, owned: OwnedObjects, modules: Modules): Promise<void> {
  const contest = modules.contest.services;
  const admin = await ctxOf(db, 'quantri@tct-thainguyen.vn', 'school_admin', owned);
  const clerk = await ctxOf(db, 'vanthu@tct-thainguyen.vn', 'clerk', owned);
  const leader = await ctxOf(db, 'hieutruong@tct-thainguyen.vn', 'leader', owned);
  const staff = await db
    .selectFrom('users')
    .select('id')
    .where('email', '=', 'canbo@tct-thainguyen.vn')
    .executeTakeFirstOrThrow();
  const judges = await contest.editions.assignJudge(admin, 'e2025', 'school', leader.actor.userId);
  const text = words(101, 1200);
  const first = await contest.entries.register(clerk, 'e2025', {
    categoryCode: 'tap_chi',
    title: 'Bài bí mật của trường A',
    authors: [{ kind: 'staff', id: staff.id }],
    fileName: 'bai.txt',
    fileBase64: b64(text),
    submittedOn: '2025-03-01',
  });
  const second = await contest.entries.register(clerk, 'e2025', {
    categoryCode: 'bao',
    title: 'Bài thứ hai của trường A',
    authors: [{ kind: 'staff', id: admin.actor.userId }],
    fileName: 'bai2.txt',
    fileBase64: b64(`${words(102, 300)} ${text.split(' ').slice(0, 500).join(' ')}`),
    submittedOn: '2025-03-02',
  });
  await contest.overlaps.runCheck('e2025');
  const overlap = await db
    .selectFrom('contest_overlaps')
    .select('id')
    .where('entry_id', '=', first.id)
    .executeTakeFirstOrThrow();
  const article = await contest.forum.submit(clerk, {
    title: 'Diễn đàn bí mật của trường A',
    authorName: 'Tác Giả Bí Mật',
  });
  const code = await db
    .selectFrom('contest_entries')
    .select('blind_code')
    .where('id', '=', first.id)
    .executeTakeFirstOrThrow();
  owned.extra.contestEntryId = first.id;
  owned.extra.contestBlindCode = code.blind_code;
  owned.extra.contestOverlapId = overlap.id;
  owned.extra.forumArticleId = article.id;
  owned.extra.contestAuthorId = staff.id;
  owned.markers.push(
    first.id,
    second.id,
    judges[0]!.id,
    code.blind_code,
    'Bài bí mật của trường A',
    'Diễn đàn bí mật của trường A',
    'Tác Giả Bí Mật',
    article.id,
    overlap.id,
  );
}

const edition = () => ({ id: 'e2025' });
const entry = (o: OwnedObjects) => ({ id: o.extra.contestEntryId! });
const textEntry = (o: OwnedObjects) => ({
  organisationId: o.orgId,
  categoryCode: 'tap_chi',
  title: 'Xâm nhập',
  authors: [{ kind: 'staff', id: o.extra.contestAuthorId! }],
  fileName: 'x.txt',
  fileBase64: b64('xâm nhập'),
  submittedOn: '2025-03-01',
});

export const CONTEST_OUTSIDER_CALLS: Record<string, OutsiderCall> = {
  'GET /api/contest/editions/:id/judges': { expect: 'noLeak', params: edition },
  'POST /api/contest/editions/:id/judges': {
    expect: 'notFound',
    params: edition,
    body: (o) => ({ round: 'school', userId: o.clerkId }),
  },
  'GET /api/contest/authors': { expect: 'noLeak' },
  'GET /api/contest/editions/:id/entries': {
    expect: 'noLeak',
    params: edition,
    query: (o) => ({ organisationId: o.orgId }),
  },
  'POST /api/contest/editions/:id/entries': { expect: 'notFound', params: edition, body: textEntry },
  'GET /api/contest/entries/:id': { expect: 'notFound', params: entry },
  'GET /api/contest/entries/:id/file': { expect: 'notFound', params: entry },
  'GET /api/contest/judging/media': {
    expect: 'notFound',
    query: (o) => ({ editionId: 'e2025', round: 'school', blindCode: o.extra.contestBlindCode! }),
  },
  'POST /api/contest/entries/:id/withdraw': { expect: 'notFound', params: entry, body: () => ({}) },
  'POST /api/contest/entries/:id/promote': { expect: 'notFound', params: entry, body: () => ({}) },
  'POST /api/contest/entries/:id/screen': { expect: 'notFound', params: entry, body: () => ({ reason: 'Xâm nhập' }) },
  'GET /api/contest/judging': { expect: 'noLeak', query: () => ({ editionId: 'e2025', round: 'school' }) },
  'POST /api/contest/judging/marks': {
    expect: 'notFound',
    body: (o) => ({ editionId: 'e2025', round: 'school', blindCode: o.extra.contestBlindCode!, score: 1 }),
  },
  'POST /api/contest/editions/:id/overlap-check': { expect: 'noLeak', params: edition, body: () => ({}) },
  'GET /api/contest/editions/:id/overlaps': { expect: 'noLeak', params: edition },
  'GET /api/contest/overlaps/:id': { expect: 'noLeak', params: (o) => ({ id: o.extra.contestOverlapId! }) },
  'POST /api/contest/editions/:id/references': {
    expect: 'noLeak',
    params: edition,
    body: () => ({ title: 'X', text: 'x' }),
  },
  'POST /api/contest/editions/:id/awards': { expect: 'noLeak', params: edition, body: () => ({}) },
  'GET /api/contest/editions/:id/awards': { expect: 'noLeak', params: edition },
  'GET /api/contest/editions/:id/collective': { expect: 'noLeak', params: edition },
  'GET /api/contest/editions/:id/results.xlsx': { expect: 'noLeak', params: edition },
  'GET /api/contest/editions/:id/network': { expect: 'noLeak', params: edition },
  'GET /api/forum-articles': { expect: 'noLeak', query: (o) => ({ organisationId: o.orgId }) },
  'GET /api/forum-articles/counts': { expect: 'noLeak' },
  'POST /api/forum-articles': {
    expect: 'notFound',
    body: (o) => ({ organisationId: o.orgId, title: 'Xâm nhập', authorName: 'Xâm nhập' }),
  },
  'GET /api/forum-articles/:id': { expect: 'notFound', params: (o) => ({ id: o.extra.forumArticleId! }) },
  'POST /api/forum-articles/:id/status': {
    expect: 'notFound',
    params: (o) => ({ id: o.extra.forumArticleId! }),
    body: () => ({ status: 'accepted' }),
  },
};
