/**
 * Outgoing documents: drafts, issuing with the right series (state: per calendar year; Party: per type
 * for the committee term, configurable), the `answers` link, and settings.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, type Client, type TestApp } from '../src/testing/http.ts';
import { partyTerm } from '../src/modules/registers/numbering.ts';
import { manualDraft, register } from './documents.support.ts';

let t: TestApp;
let clerk: Client;
beforeAll(async () => {
  t = await createTestApp();
  clerk = await loginAs(t.app, 'vanthu@tct-thainguyen.vn');
});
afterAll(async () => t?.close());

async function draft(body: Record<string, unknown>) {
  const res = await clerk.request('POST', '/api/documents/outgoing', {
    recipients: ['Học viện Chính trị quốc gia Hồ Chí Minh'],
    subject: 'Báo cáo kết quả',
    ...body,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}
async function issue(id: string, body: Record<string, unknown> = {}) {
  const res = await clerk.request('POST', `/api/documents/${id}/issue`, body);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

describe('Party committee terms', () => {
  it('defaults to 5-year terms from 2020 and follows a configured anchor', () => {
    expect(partyTerm('2024-12-31').label).toBe('2020–2025');
    expect(partyTerm('2025-01-02').label).toBe('2025–2030');
    expect(partyTerm('2025-09-01', '2025-10-15').label).toBe('2020–2025');
    expect(partyTerm('2025-10-15', '2025-10-15').label).toBe('2025–2030');
    expect(partyTerm('2019-05-01').label).toBe('2015–2020');
  });
});

describe('issuing outgoing documents', () => {
  it('numbers Party documents per type and term, state documents per year', async () => {
    const cv1 = await issue((await draft({ family: 'party', typeCode: 'CV', typeName: 'Công văn' })).id, {
      issueDate: '2026-02-02',
    });
    expect(cv1).toMatchObject({
      status: 'issued',
      statusLabel: 'Đã ban hành',
      numberSymbol: '01-CV/TCT',
      number: '01',
      documentDate: '2026-02-02',
    });
    expect(cv1.register).toMatchObject({ name: 'Sổ đăng ký văn bản đi', number: 1 });
    const cv2 = await issue((await draft({ family: 'party', typeCode: 'CV', typeName: 'Công văn' })).id, {
      issueDate: '2026-02-03',
    });
    expect(cv2.numberSymbol).toBe('02-CV/TCT');
    const kh1 = await issue((await draft({ family: 'party', typeCode: 'KH', typeName: 'Kế hoạch' })).id, {
      issueDate: '2026-02-03',
    });
    expect(kh1.numberSymbol).toBe('01-KH/TCT');
    // State: one series for the calendar year, whatever the type; công văn carries the drafting unit.
    const qd = await issue((await draft({ family: 'state', typeCode: 'QĐ', typeName: 'Quyết định' })).id, {
      issueDate: '2026-02-04',
    });
    expect(qd.numberSymbol).toBe('01/QĐ-TCT');
    const cvState = await issue(
      (await draft({ family: 'state', typeCode: 'CV', typeName: 'Công văn', draftingUnit: 'ĐT' })).id,
      { issueDate: '2026-02-05' },
    );
    expect(cvState.numberSymbol).toBe('02/TCT-ĐT');
    const nextYear = await issue((await draft({ family: 'state', typeCode: 'TB', typeName: 'Thông báo' })).id, {
      issueDate: '2027-01-04',
    });
    expect(nextYear.numberSymbol).toBe('01/TB-TCT');
    // Issued once only.
    expect((await clerk.request('POST', `/api/documents/${cv1.id}/issue`, {})).statusCode).toBe(409);
    const list = (await clerk.request('GET', '/api/registers/outgoing?year=2026')).json();
    expect(list.total).toBe(5);
  });

  it('restarts Party numbering with the next term and honours the configured abbreviation and anchor', async () => {
    const admin = await loginAs(t.app, 'quantri@tct-thainguyen.vn');
    const settings = await admin.request('PUT', '/api/registers/settings', {
      symbolAbbr: 'TCTTN',
      partyTermAnchor: '2025-10-15',
      partyCongressDate: '2025-10-15',
    });
    expect(settings.statusCode, settings.body).toBe(200);
    expect(settings.json()).toMatchObject({
      symbolAbbr: 'TCTTN',
      partyTermAnchor: '2025-10-15',
      currentPartyTerm: expect.stringMatching(/–/),
    });
    expect(settings.json().defaults).toContain('defaultUnit');
    const before = await issue((await draft({ family: 'party', typeCode: 'TTr', typeName: 'Tờ trình' })).id, {
      issueDate: '2025-10-01',
    });
    const after = await issue((await draft({ family: 'party', typeCode: 'TTr', typeName: 'Tờ trình' })).id, {
      issueDate: '2025-10-20',
    });
    const after2 = await issue((await draft({ family: 'party', typeCode: 'TTr', typeName: 'Tờ trình' })).id, {
      issueDate: '2025-11-20',
    });
    expect([before.numberSymbol, after.numberSymbol, after2.numberSymbol]).toEqual([
      '01-TTr/TCTTN',
      '01-TTr/TCTTN',
      '02-TTr/TCTTN',
    ]);
    const staff = await loginAs(t.app, 'canbo@tct-thainguyen.vn');
    expect((await staff.request('PUT', '/api/registers/settings', { symbolAbbr: 'X' })).statusCode).toBe(403);
  });

  it('links an answer to the incoming document it answers', async () => {
    const incoming = await manualDraft(clerk, {
      numberSymbol: '55-CV/HVCTQG',
      documentDate: '2026-03-01',
      issuerName: 'Học viện Chính trị quốc gia Hồ Chí Minh',
      subject: 'Đề nghị báo cáo',
    });
    await register(clerk, incoming.id, { receivedDate: '2026-03-02' });
    const answer = await draft({
      family: 'party',
      typeCode: 'BC',
      typeName: 'Báo cáo',
      answersDocumentId: incoming.id,
    });
    const issued = await issue(answer.id, { issueDate: '2026-03-10' });
    expect(issued.links.outgoing).toEqual([
      expect.objectContaining({
        kind: 'answers',
        kindLabel: 'Trả lời',
        documentId: incoming.id,
        numberSymbol: '55-CV/HVCTQG',
      }),
    ]);
    const back = (await clerk.request('GET', `/api/documents/${incoming.id}`)).json().links.incoming;
    expect(back).toEqual([expect.objectContaining({ kindLabel: 'Được trả lời bởi', documentId: answer.id })]);
    // A later incoming document citing our letter links to it.
    const reply = await manualDraft(clerk, {
      numberSymbol: '60-CV/HVCTQG',
      documentDate: '2026-03-20',
      subject: 'Phản hồi',
      references: [{ numberSymbol: issued.numberSymbol, date: null }],
    });
    await register(clerk, reply.id, { receivedDate: '2026-03-21' });
    expect((await clerk.request('GET', `/api/documents/${reply.id}`)).json().links.outgoing[0]).toMatchObject({
      documentId: answer.id,
      pending: false,
    });
  });

  it('lets staff draft but not issue, and refuses answering another school’s document', async () => {
    const staff = await loginAs(t.app, 'canbo@tct-thainguyen.vn');
    const res = await staff.request('POST', '/api/documents/outgoing', {
      family: 'party',
      typeCode: 'CV',
      typeName: 'Công văn',
      subject: 'Dự thảo của chuyên viên',
      recipients: [],
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().statusLabel).toBe('Dự thảo');
    expect((await staff.request('POST', `/api/documents/${res.json().id}/issue`, {})).statusCode).toBe(403);
    const vl = await loginAs(t.app, 'vanthu@tct-vinhlong.vn');
    const theirs = await manualDraft(vl, { subject: 'Văn bản của Vĩnh Long' });
    expect(
      (
        await clerk.request('POST', '/api/documents/outgoing', {
          family: 'party',
          typeCode: 'CV',
          typeName: 'Công văn',
          subject: 'x',
          recipients: [],
          answersDocumentId: theirs.id,
        })
      ).statusCode,
    ).toBe(400);
  });
});
