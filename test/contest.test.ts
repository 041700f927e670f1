/**
 * The contest from entries to prizes (issue 14) over HTTP, on SQLite and PostgreSQL: editions as data and the
 * Academy's copy, entries with quotas and eligibility naming the rule, blind codes and blind marking (no author
 * or school in what a judge receives), the overlap job with matching passages side by side, screening by the
 * overlap threshold, rounds, prizes, the results XLSX, forum articles and the network view.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedEditions } from '../src/db/migrations/20261207T0400_contest.ts';
import { vietnamToday } from '../src/lib/dates.ts';
import { createTestApp, loginAs, type Client, type TestApp } from '../src/testing/http.ts';
import { jobsOf } from '../src/testing/test-database.ts';
import { b64, prepareEdition2026, words } from './contest.support.ts';

let t: TestApp;
let tnClerk: Client;
let tnAdmin: Client;
let tnLeader: Client;
let tnStaff: Client;
let vlClerk: Client;
let vlAdmin: Client;
let vlStaff: Client;
let vlLeader: Client;
let academy: Client;
let academyAdmin: Client;

const E = '/api/contest/editions/e2026';
const original = words(1, 3000);
const planted = original.split(' ').slice(1000, 1400).join(' ');
const copied = `${words(2, 300)} ${planted} ${words(3, 300)}`;
const ids: Record<string, string> = {};

async function runOverlapJob() {
  const job = jobsOf(t.database).get('contest.overlap')!;
  return job.run(
    { editionId: 'e2026' },
    { database: t.database, config: t.database.config, logger: console },
    {} as never,
  );
}

function entry(kind: 'staff' | 'learner', id: string, categoryCode: string, title: string, text: string) {
  return { categoryCode, title, authors: [{ kind, id }], fileName: `${title}.txt`, fileBase64: b64(text) };
}

beforeAll(async () => {
  t = await createTestApp({ demo: 'accounts' });
  const clients = await Promise.all(
    [
      'vanthu@tct-thainguyen.vn',
      'quantri@tct-thainguyen.vn',
      'hieutruong@tct-thainguyen.vn',
      'canbo@tct-thainguyen.vn',
      'vanthu@tct-vinhlong.vn',
      'quantri@tct-vinhlong.vn',
      'canbo@tct-vinhlong.vn',
      'hieutruong@tct-vinhlong.vn',
      'chuyenvien@hvctqg.vn',
      'admin@hvctqg.vn',
    ].map((e) => loginAs(t.app, e)),
  );
  [tnClerk, tnAdmin, tnLeader, tnStaff, vlClerk, vlAdmin, vlStaff, vlLeader, academy, academyAdmin] = clients as [
    Client,
    Client,
    Client,
    Client,
    Client,
    Client,
    Client,
    Client,
    Client,
    Client,
  ];
});
afterAll(async () => t?.close());

describe('editions', () => {
  it('holds the five editions as data, each fact with its source and confidence', async () => {
    await seedEditions(t.database.db as never); // again: nothing changes
    const list = (await tnStaff.request('GET', '/api/contest/editions')).json();
    expect(list.items.map((e: { year: number }) => e.year)).toEqual([2025, 2024, 2023, 2022, 2021]);
    const e2022 = (await tnStaff.request('GET', '/api/contest/editions/e2022')).json();
    expect(e2022.data.plan.value.number).toBe('762-KH/HVCTQG');
    expect(e2022.data.quota.value.maxByCategory).toEqual({ tap_chi: 1, bao: 1 });
    expect(e2022.data.marking.scale).toMatchObject({ value: null, confidence: 'uncertain' });
  });

  it('is copied by the Academy into a draft, refused to schools and validated on edit', async () => {
    expect((await tnAdmin.request('POST', '/api/contest/editions/e2025/copy', { year: 2026 })).statusCode).toBe(403);
    const copy = await academyAdmin.request('POST', '/api/contest/editions/e2025/copy', { year: 2026 });
    expect(copy.statusCode).toBe(201);
    expect(copy.json().edition).toMatchObject({ year: 2026, status: 'draft', copiedFrom: 'e2025' });
    expect(copy.json().data.quota.confidence).toBe('uncertain');
    const draft = entry('staff', tnStaff.user.id, 'tap_chi', 'Bài nháp', words(9, 200));
    expect((await tnClerk.request('POST', `${E}/entries`, draft)).statusCode).toBe(422);
    const again = await academyAdmin.request('POST', '/api/contest/editions/e2025/copy', { year: 2026 });
    expect(again.statusCode).toBe(409);
    const bad = { ...copy.json().data, categories: [] };
    const res = await academyAdmin.request('PUT', E, { data: bad });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('categories');
    expect((await academyAdmin.request('GET', E)).json().data.categories).toHaveLength(5);
    // Delete the draft and prepare it properly.
    await t.database.db.deleteFrom('contest_editions').where('id', '=', 'e2026').execute();
    const ready = await prepareEdition2026(academyAdmin, vietnamToday());
    expect(ready.marking.scale.value).toBe(100);
  });
});

describe('entries, judges and blind marking', () => {
  it('assigns judges: the school for its round, the Academy for its rounds', async () => {
    expect(
      (await tnAdmin.request('POST', `${E}/judges`, { round: 'preliminary', userId: tnLeader.user.id })).statusCode,
    ).toBe(403);
    expect(
      (await tnAdmin.request('POST', `${E}/judges`, { round: 'school', userId: vlStaff.user.id })).statusCode,
    ).toBe(404);
    expect(
      (await tnAdmin.request('POST', `${E}/judges`, { round: 'school', userId: tnLeader.user.id })).statusCode,
    ).toBe(201);
    for (const round of ['preliminary', 'final'])
      for (const judge of [vlStaff, vlLeader, vlClerk])
        expect((await academyAdmin.request('POST', `${E}/judges`, { round, userId: judge.user.id })).statusCode).toBe(
          201,
        );
    const tnView = (await tnAdmin.request('GET', `${E}/judges`)).json().items;
    expect(tnView).toHaveLength(1);
  });

  it('registers works within quota and refuses one over quota, naming the rule', async () => {
    const a = await tnClerk.request(
      'POST',
      `${E}/entries`,
      entry('staff', tnStaff.user.id, 'tap_chi', 'Giữ vững trận địa tư tưởng', original),
    );
    expect(a.statusCode, a.body).toBe(201);
    ids.tn1 = a.json().id;
    const b = await tnClerk.request(
      'POST',
      `${E}/entries`,
      entry('staff', tnStaff.user.id, 'bao', 'Niềm tin và lý tưởng', words(4, 1500)),
    );
    expect(b.statusCode, b.body).toBe(201);
    ids.tn2 = b.json().id;
    const over = await tnClerk.request(
      'POST',
      `${E}/entries`,
      entry('staff', tnStaff.user.id, 'tap_chi', 'Bài thứ ba', words(5, 800)),
    );
    expect(over.statusCode).toBe(422);
    expect(over.json().error.message).toContain('giới hạn số bài mỗi tác giả');
    expect(over.json().error.message).toContain('Thể lệ năm 2026');
    const judge = await tnClerk.request(
      'POST',
      `${E}/entries`,
      entry('staff', tnLeader.user.id, 'bao', 'Bài của giám khảo', words(6, 500)),
    );
    expect(judge.statusCode).toBe(422);
    expect(judge.json().error.message).toContain('Ban Giám khảo');
    const stranger = await tnClerk.request(
      'POST',
      `${E}/entries`,
      entry('staff', vlAdmin.user.id, 'bao', 'Tác giả trường khác', words(7, 500)),
    );
    expect(stranger.statusCode).toBe(404);
    const vl = await vlClerk.request(
      'POST',
      `${E}/entries`,
      entry('staff', vlAdmin.user.id, 'tap_chi', 'Bài có đoạn chép', copied),
    );
    expect(vl.statusCode, vl.body).toBe(201);
    ids.vl = vl.json().id;
    const video = await vlClerk.request('POST', `${E}/entries`, {
      categoryCode: 'video',
      title: 'Phóng sự',
      authors: [{ kind: 'staff', id: vlAdmin.user.id }],
      mediaUrl: 'https://example.vn/video.mp4',
    });
    expect(video.statusCode, video.body).toBe(201);
    ids.video = video.json().id;
    const withdrawn = await vlAdmin.request('POST', `/api/contest/entries/${ids.video}/withdraw`, {});
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(withdrawn.json().status).toBe('withdrawn');
    const original1 = await tnAdmin.request('GET', `/api/contest/entries/${ids.tn1}/file`);
    expect(original1.statusCode).toBe(200);
    expect(original1.body).toBe(original);
    expect((await vlAdmin.request('GET', `/api/contest/entries/${ids.tn1}/file`)).statusCode).toBe(404);
    const list = (await tnClerk.request('GET', `${E}/entries`)).json();
    expect(list.total).toBe(2);
    expect(list.items[0].blindCode).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]$/);
    expect(JSON.stringify(list)).not.toContain('Bài có đoạn chép');
  });

  it('flags the planted overlap with its passages, side by side, for the secretariat only', async () => {
    const source = words(4, 1500).split(' ').slice(100, 400).join(' ');
    expect(
      (await tnAdmin.request('POST', `${E}/references`, { title: 'Sách tham khảo', text: source })).statusCode,
    ).toBe(403);
    const ref = await academy.request('POST', `${E}/references`, { title: 'Sách tham khảo', text: source });
    expect(ref.statusCode, ref.body).toBe(201);
    const result = await runOverlapJob();
    expect(result).toMatchObject({ entries: 3, corpus: 4 });
    const tn2 = (await academy.request('GET', `${E}/overlaps`))
      .json()
      .items.filter((o: { entryId: string }) => o.entryId === ids.tn2);
    expect(tn2).toHaveLength(1);
    expect(tn2[0]).toMatchObject({
      otherKind: 'uploaded_source',
      otherLabel: 'Nguồn: Sách tham khảo',
      otherInEntry: 1,
    });
    expect((await tnAdmin.request('GET', `${E}/overlaps`)).statusCode).toBe(403);
    const pairs = (await academy.request('GET', `${E}/overlaps`)).json().items;
    const entryPairs = pairs.filter((o: { otherKind: string }) => o.otherKind === 'entry');
    expect(entryPairs).toHaveLength(1);
    expect([entryPairs[0].entryId, entryPairs[0].otherId].sort()).toEqual([ids.tn1, ids.vl].sort());
    const view = (await academy.request('GET', `/api/contest/overlaps/${entryPairs[0].id}`)).json();
    expect(view.passages.length).toBeGreaterThan(0);
    const longest = view.passages.reduce((x: { tokens: number }, y: { tokens: number }) =>
      y.tokens > x.tokens ? y : x,
    );
    const left = view.a.text.slice(longest.a.start, longest.a.end);
    expect(left).toBe(view.b.text.slice(longest.b.start, longest.b.end));
    expect(left.split(' ').length).toBeGreaterThan(390);
    const vlEntry = (await academy.request('GET', `/api/contest/entries/${ids.vl}`)).json();
    expect(vlEntry.overlapShare).toBeGreaterThan(0.35);
  });

  it('lets a judge see codes and works only, never authors or schools', async () => {
    const school = await tnLeader.request('GET', `/api/contest/judging?editionId=e2026&round=school`);
    expect(school.json().items).toHaveLength(2);
    expect((await tnLeader.request('GET', `${E}/entries`)).statusCode).toBe(403);
    expect((await tnLeader.request('GET', `/api/contest/entries/${ids.tn1}`)).statusCode).toBe(403);
    const vlCode = (await academy.request('GET', `/api/contest/entries/${ids.vl}`)).json().blindCode;
    const tnCode = school.json().items[0].blindCode;
    const schoolMark = (blindCode: string) =>
      tnLeader.request('POST', '/api/contest/judging/marks', {
        editionId: 'e2026',
        round: 'school',
        blindCode,
        score: 70,
      });
    expect((await schoolMark(vlCode)).statusCode).toBe(404);
    expect((await schoolMark(tnCode)).statusCode).toBe(201);
    for (const id of [ids.tn1, ids.tn2])
      expect((await tnAdmin.request('POST', `/api/contest/entries/${id}/promote`, {})).json().round).toBe(
        'preliminary',
      );
    expect((await vlAdmin.request('POST', `/api/contest/entries/${ids.vl}/promote`, {})).statusCode).toBe(200);
    expect((await tnAdmin.request('POST', `/api/contest/entries/${ids.vl}/promote`, {})).statusCode).toBe(404);
    const works = await vlStaff.request('GET', `/api/contest/judging?editionId=e2026&round=preliminary`);
    const body = works.json();
    expect(body.items).toHaveLength(3);
    expect(body.total).toBe(3);
    const one = await vlStaff.request(
      'GET',
      `/api/contest/judging?editionId=e2026&round=preliminary&page=2&pageSize=1`,
    );
    expect(one.json()).toMatchObject({ total: 3, page: 2, pageSize: 1 });
    expect(one.json().items[0].blindCode).toBe(body.items[1].blindCode);
    expect(Object.keys(body.items[0]).sort()).toEqual(
      [
        'blindCode',
        'categoryCode',
        'categoryLabel',
        'marks',
        'markingState',
        'mediaFile',
        'mediaUrl',
        'myScore',
        'round',
        'text',
        'title',
      ].sort(),
    );
    for (const secret of [tnStaff.user.id, vlAdmin.user.id, tnClerk.user.organisation.id, ids.tn1, 'Thái Nguyên'])
      expect(works.body).not.toContain(secret);
    expect(
      (await tnStaff.request('GET', `/api/contest/judging?editionId=e2026&round=preliminary`)).json().items,
    ).toEqual([]);
  });

  it('marks by two judges, calls a third beyond the margin, refuses a second mark', async () => {
    const code = (await academy.request('GET', `/api/contest/entries/${ids.tn1}`)).json().blindCode;
    const mark = (c: Client, score: number, round = 'preliminary', blindCode = code) =>
      c.request('POST', '/api/contest/judging/marks', { editionId: 'e2026', round, blindCode, score });
    expect((await mark(vlStaff, 80)).json().markingState).toBe('needs_marks');
    expect((await mark(vlStaff, 81)).statusCode).toBe(422);
    expect((await mark(vlLeader, 95)).json().markingState).toBe('needs_third_judge');
    expect((await mark(vlClerk, 90)).json().markingState).toBe('complete');
    expect((await mark(tnStaff, 90)).statusCode).toBe(404);
    expect((await mark(vlLeader, 101, 'preliminary', code)).statusCode).toBe(422);
    expect((await mark(vlLeader, 50, 'preliminary', 'ABCD-EFGH-J')).statusCode).toBeGreaterThanOrEqual(400);
    const detail = (await academy.request('GET', `/api/contest/entries/${ids.tn1}`)).json();
    expect(detail.finalScore).toBe(92.5);
  });

  it('screens out the copied entry by the category threshold, with the reason', async () => {
    expect((await tnAdmin.request('POST', `/api/contest/entries/${ids.tn2}/screen`, {})).statusCode).toBe(403);
    const clean = await academy.request('POST', `/api/contest/entries/${ids.tn2}/screen`, {});
    expect(clean.statusCode).toBe(422);
    const res = await academy.request('POST', `/api/contest/entries/${ids.vl}/screen`, {});
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().status).toBe('screened_out');
    expect(res.json().screenReason).toContain('ngưỡng trùng lặp');
  });

  it('promotes to the final, marks and awards within the category quota; exports results', async () => {
    for (const id of [ids.tn1, ids.tn2])
      expect((await academy.request('POST', `/api/contest/entries/${id}/promote`, {})).json().round).toBe('final');
    expect((await academyAdmin.request('POST', `${E}/awards`, {})).statusCode).toBe(422);
    const works = (await vlStaff.request('GET', '/api/contest/judging?editionId=e2026&round=final')).json().items;
    expect(works).toHaveLength(2);
    for (const [judge, delta] of [
      [vlStaff, 0],
      [vlLeader, 2],
    ] as const)
      for (const [i, w] of works.entries()) {
        const res = await judge.request('POST', '/api/contest/judging/marks', {
          editionId: 'e2026',
          round: 'final',
          blindCode: w.blindCode,
          score: 70 + i * 10 + delta,
        });
        expect(res.statusCode, res.body).toBe(201);
      }
    expect((await academy.request('POST', `${E}/awards`, {})).statusCode).toBe(403);
    const awarded = await academyAdmin.request('POST', `${E}/awards`, {});
    expect(awarded.statusCode, awarded.body).toBe(200);
    const awards = awarded.json().awards;
    expect(awards).toHaveLength(2);
    expect(awards.every((a: { level: string }) => a.level === 'A')).toBe(true);
    const author = await t.database.db
      .selectFrom('users')
      .select('full_name')
      .where('id', '=', tnStaff.user.id)
      .executeTakeFirstOrThrow();
    expect(awards.flatMap((a: { authors: string[] }) => a.authors)).toEqual([author.full_name, author.full_name]);
    const collective = (await academy.request('GET', `${E}/collective`)).json();
    expect(collective.awarded).toEqual([
      { organisationId: tnClerk.user.organisation.id, organisationName: expect.any(String) },
    ]);
    expect(collective.notices.join(' ')).toContain('chưa có trong nguồn');
    expect((await tnAdmin.request('GET', `${E}/collective`)).statusCode).toBe(403);
    const xlsx = await academy.request('GET', `${E}/results.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Danh sách cấp giấy chứng nhận')!;
    expect(sheet.rowCount).toBe(3);
    expect(String(sheet.getRow(2).getCell(3).value)).toMatch(/Giữ vững trận địa tư tưởng|Niềm tin và lý tưởng/);
    expect((await tnAdmin.request('GET', `${E}/results.xlsx`)).statusCode).toBe(403);
  });
});

describe('forum articles and the network view', () => {
  it('moves an article sent → accepted → published, counts it per school and year', async () => {
    const sent = await tnClerk.request('POST', '/api/forum-articles', {
      title: 'Trường chính trị với công tác tuyên truyền',
      authorName: 'Nguyễn Văn Viết',
      fileName: 'bai.txt',
      fileBase64: b64(words(11, 400)),
      sentOn: '2026-03-01',
    });
    expect(sent.statusCode, sent.body).toBe(201);
    const id = sent.json().id;
    expect((await tnAdmin.request('POST', `/api/forum-articles/${id}/status`, { status: 'accepted' })).statusCode).toBe(
      403,
    );
    expect(
      (await academy.request('POST', `/api/forum-articles/${id}/status`, { status: 'published' })).statusCode,
    ).toBe(422);
    expect(
      (await academy.request('POST', `/api/forum-articles/${id}/status`, { status: 'accepted' })).json().status,
    ).toBe('accepted');
    expect(
      (await academy.request('POST', `/api/forum-articles/${id}/status`, { status: 'published' })).statusCode,
    ).toBe(400);
    const published = await academy.request('POST', `/api/forum-articles/${id}/status`, {
      status: 'published',
      publishedUrl: 'https://hcma.vn/dien-dan/bai-1',
      publishedOn: '2026-04-01',
    });
    expect(published.json()).toMatchObject({ status: 'published', publishedOn: '2026-04-01' });
    const vl = await vlClerk.request('POST', '/api/forum-articles', {
      title: 'Bài Vĩnh Long',
      authorName: 'Lê Thị B',
      sentOn: '2026-05-01',
    });
    expect(
      (await academy.request('POST', `/api/forum-articles/${vl.json().id}/status`, { status: 'declined' })).json()
        .status,
    ).toBe('declined');
    expect((await vlAdmin.request('GET', `/api/forum-articles/${id}`)).statusCode).toBe(404);
    const counts = (await academy.request('GET', '/api/forum-articles/counts?year=2026')).json().items;
    expect(counts).toHaveLength(2);
    expect(
      counts.find((c: { organisationId: string }) => c.organisationId === tnClerk.user.organisation.id),
    ).toMatchObject({ published: 1, total: 1 });
    expect((await tnAdmin.request('GET', '/api/forum-articles/counts?year=2026')).json().items).toHaveLength(1);
  });

  it('counts entries per school, category and round, prizes and forum articles', async () => {
    const net = (await academy.request('GET', `${E}/network`)).json();
    const tn = net.schools.find((s: { organisationId: string }) => s.organisationId === tnClerk.user.organisation.id);
    expect(tn).toMatchObject({
      entries: 2,
      byCategory: { tap_chi: 1, bao: 1 },
      byRound: { final: 2 },
      prizes: 2,
      prizesByLevel: { A: 2 },
    });
    expect(tn.forumArticles.published).toBe(1);
    const vl = net.schools.find((s: { organisationId: string }) => s.organisationId === vlClerk.user.organisation.id);
    expect(vl).toMatchObject({ entries: 1, withdrawn: 1, screenedOut: 1, prizes: 0 });
    expect(net.totals).toMatchObject({ entries: 3, prizes: 2 });
    const own = (await tnAdmin.request('GET', `${E}/network`)).json();
    expect(own.schools.map((s: { organisationId: string }) => s.organisationId)).toEqual([
      tnClerk.user.organisation.id,
    ]);
  });
});

describe('audiovisual works', () => {
  it('keeps an audio file; a judge fetches it by code only, never a written work’s file', async () => {
    const audio = Buffer.concat([Buffer.from('ID3'), Buffer.alloc(2000, 7)]);
    const res = await vlClerk.request('POST', `${E}/entries`, {
      categoryCode: 'phat_thanh',
      title: 'Tiếng nói từ cơ sở',
      authors: [{ kind: 'staff', id: vlAdmin.user.id }],
      fileName: 'Lê Văn Tác Giả - phóng sự.mp3',
      fileBase64: audio.toString('base64'),
    });
    expect(res.statusCode, res.body).toBe(201);
    const bad = await vlClerk.request('POST', `${E}/entries`, {
      categoryCode: 'truyen_hinh',
      title: 'Sai định dạng',
      authors: [{ kind: 'staff', id: vlAdmin.user.id }],
      fileName: 'x.exe',
      fileBase64: audio.toString('base64'),
    });
    expect(bad.statusCode).toBe(400);
    expect((await vlAdmin.request('POST', `/api/contest/entries/${res.json().id}/promote`, {})).statusCode).toBe(200);
    const works = (await vlStaff.request('GET', '/api/contest/judging?editionId=e2026&round=preliminary')).json().items;
    const work = works.find((w: { title: string }) => w.title === 'Tiếng nói từ cơ sở');
    expect(work).toMatchObject({ mediaFile: true, text: '' });
    const url = `/api/contest/judging/media?editionId=e2026&round=preliminary&blindCode=${work.blindCode}`;
    const media = await vlStaff.request('GET', url);
    expect(media.statusCode).toBe(200);
    expect(media.headers['content-type']).toBe('audio/mpeg');
    expect(String(media.headers['content-disposition'])).toContain(`${work.blindCode}.mp3`);
    expect(String(media.headers['content-disposition'])).not.toContain('Tác Giả');
    expect(media.rawPayload.equals(audio)).toBe(true);
    expect((await tnStaff.request('GET', url)).statusCode).toBe(404);
    expect((await vlStaff.request('GET', `/api/contest/entries/${res.json().id}/file`)).statusCode).toBe(403);
    const written = await vlClerk.request(
      'POST',
      `${E}/entries`,
      entry('staff', vlAdmin.user.id, 'bao', 'Bài viết kèm tệp', words(31, 300)),
    );
    expect(written.statusCode, written.body).toBe(201);
    await vlAdmin.request('POST', `/api/contest/entries/${written.json().id}/promote`, {});
    const code = (await vlAdmin.request('GET', `/api/contest/entries/${written.json().id}`)).json().blindCode;
    const text = await vlStaff.request(
      'GET',
      `/api/contest/judging/media?editionId=e2026&round=preliminary&blindCode=${code}`,
    );
    expect(text.statusCode).toBe(404);
  });
});
