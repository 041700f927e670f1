/**
 * Full-text search: insensitive to diacritics and case (đ/d too), prefix on the last word, over
 * metadata and OCR text, with filters and pagination, always within the caller's scope.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, type Client, type TestApp } from '../src/testing/http.ts';
import { fixtureText, intakeText, manualDraft, register } from './documents.support.ts';

let t: TestApp;
let clerk: Client;
const ids: Record<string, string> = {};

async function find(
  client: Client,
  query: Record<string, string>,
): Promise<{ ids: string[]; total: number; body: string }> {
  const res = await client.request('GET', `/api/documents/search?${new URLSearchParams(query)}`);
  expect(res.statusCode, res.body).toBe(200);
  return { ids: res.json().items.map((i: { id: string }) => i.id), total: res.json().total, body: res.body };
}

beforeAll(async () => {
  t = await createTestApp();
  clerk = await loginAs(t.app, 'vanthu@tct-thainguyen.vn');
  ids.school = (
    await manualDraft(clerk, {
      issuerName: 'Trường Chính trị tỉnh Bắc Kạn',
      typeCode: 'CV',
      numberSymbol: '12-CV/TCT',
      documentDate: '2025-05-10',
      subject: 'Tổ chức lớp bồi dưỡng kết nạp đảng viên mới',
    })
  ).id;
  ids.party = (
    await manualDraft(clerk, {
      issuerName: 'Đảng ủy Khối các cơ quan tỉnh',
      typeCode: 'KH',
      numberSymbol: '45-KH/ĐU',
      documentDate: '2024-02-01',
      subject: 'Kế hoạch học tập nghị quyết',
    })
  ).id;
  ids.state = (
    await manualDraft(clerk, {
      issuerName: 'Ủy ban nhân dân tỉnh Thái Nguyên',
      typeCode: 'QĐ',
      numberSymbol: '1786/QĐ-UBND',
      documentDate: '2025-08-16',
      subject: 'Phê duyệt đề án xây dựng trường chính trị chuẩn',
    })
  ).id;
  ids.ocr = (await intakeText(clerk, fixtureText('001'))).id; // body text mentions "Thư viện số", "bản quyền"
  await register(clerk, ids.school!, { receivedDate: '2025-05-12' });
  await register(clerk, ids.state!, { receivedDate: '2025-08-18' });
  const vl = await loginAs(t.app, 'vanthu@tct-vinhlong.vn');
  ids.otherSchool = (
    await manualDraft(vl, {
      issuerName: 'Trường Chính trị Phạm Hùng',
      subject: 'Tổ chức lớp bồi dưỡng kết nạp đảng viên ở Vĩnh Long',
    })
  ).id;
});
afterAll(async () => t?.close());

describe('document search', () => {
  it('matches with or without diacritics, in any case, and đ as d', async () => {
    for (const q of ['truong chinh tri', 'TRƯỜNG CHÍNH TRỊ', 'Trường chính trị', 'TRUONG CHINH TRI']) {
      const { ids: found } = await find(clerk, { q });
      expect(found, q).toEqual(expect.arrayContaining([ids.school, ids.state]));
      expect(found, q).not.toContain(ids.party);
    }
    expect((await find(clerk, { q: 'dang uy khoi' })).ids).toEqual([ids.party]);
    expect((await find(clerk, { q: 'ĐẢNG ỦY' })).ids).toEqual([ids.party]);
    expect((await find(clerk, { q: 'de an' })).ids).toContain(ids.state);
  });

  it('prefix-matches the last word and searches number-symbols and OCR text', async () => {
    expect((await find(clerk, { q: 'ket nap dang vi' })).ids).toEqual([ids.school]);
    expect((await find(clerk, { q: '1786/QĐ-UBND' })).ids).toEqual([ids.state]);
    expect((await find(clerk, { q: '45-kh/du' })).ids).toEqual([ids.party]);
    expect((await find(clerk, { q: 'ban quyen bao ve bi mat' })).ids).toEqual([ids.ocr]);
    expect((await find(clerk, { q: 'khong co tu nay xyzzy' })).ids).toEqual([]);
    // Operators are plain words: no FTS syntax reaches the engine.
    expect((await find(clerk, { q: '"truong" OR NOT * (chinh' })).ids).toEqual([]);
  });

  it('filters by type, issuer, date, status and register, and pages', async () => {
    expect((await find(clerk, { type: 'KH' })).ids).toEqual([ids.party]);
    expect((await find(clerk, { issuer: 'uy ban nhan dan' })).ids).toEqual([ids.state]);
    expect((await find(clerk, { q: 'truong', from: '2025-06-01', to: '2025-12-31' })).ids).toEqual([ids.state]);
    expect((await find(clerk, { status: 'registered' })).ids.sort()).toEqual([ids.school, ids.state].sort());
    expect((await find(clerk, { status: 'draft', register: 'incoming' })).ids.sort()).toEqual(
      [ids.party, ids.ocr].sort(),
    );
    expect((await find(clerk, { register: 'outgoing' })).ids).toEqual([]);
    const page1 = await find(clerk, { pageSize: '2' });
    const page2 = await find(clerk, { pageSize: '2', page: '2' });
    expect(page1.total).toBe(4);
    expect(page2.total).toBe(4);
    expect(new Set([...page1.ids, ...page2.ids]).size).toBe(4);
    // Newest first.
    expect(page1.ids[0]).toBe(ids.ocr);
  });

  it('stays within the caller’s scope; the Academy sees every school', async () => {
    const { ids: mine, body } = await find(clerk, { q: 'ket nap dang vien' });
    expect(mine).toEqual([ids.school]);
    expect(body).not.toContain(ids.otherSchool);
    const vl = await loginAs(t.app, 'canbo@tct-vinhlong.vn');
    expect((await find(vl, { q: 'ket nap dang vien' })).ids).toEqual([ids.otherSchool]);
    const academy = await loginAs(t.app, 'chuyenvien@hvctqg.vn');
    expect((await find(academy, { q: 'ket nap dang vien' })).ids.sort()).toEqual([ids.school, ids.otherSchool].sort());
    expect((await find(academy, { q: 'ket nap dang vien', organisationId: clerk.user.organisation.id })).ids).toEqual([
      ids.school,
    ]);
  });

  it('keeps the index in step with corrections', async () => {
    await clerk.request('PATCH', `/api/documents/${ids.party}`, { subject: 'Kế hoạch tổng kết công tác thi đua' });
    expect((await find(clerk, { q: 'thi dua' })).ids).toEqual([ids.party]);
    expect((await find(clerk, { q: 'hoc tap nghi quyet' })).ids).toEqual([]);
  });
});
