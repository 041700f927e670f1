/**
 * Incoming documents end to end over the HTTP API: pasted OCR text → review → register (số đến 1, 2…
 * per year), duplicates, the confidential register and who can see it, links both ways (including a
 * later arrival linking back), outgoing numbering.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, type Client, type TestApp } from '../src/testing/http.ts';
import { fixtureText, intakeText, manualDraft, register } from './documents.support.ts';

let t: TestApp;
let clerk: Client;
beforeAll(async () => {
  t = await createTestApp();
  clerk = await loginAs(t.app, 'vanthu@tct-thainguyen.vn');
});
afterAll(async () => t?.close());

describe('incoming flow: text intake → review → register', () => {
  it('pre-fills a draft, lets the clerk correct it, and numbers registrations 1, 2 … per year', async () => {
    const draft = await intakeText(clerk, fixtureText('001'));
    expect(draft.status).toBe('draft');
    expect(draft.statusLabel).toBe('Chờ vào sổ');
    expect(draft.numberSymbol).toBe('3062-CV/HVCTQG');
    expect(draft.documentDate).toBe('2023-03-14');
    expect(draft.requirements).toHaveLength(5);
    expect(draft.references.map((r: { numberSymbol: string }) => r.numberSymbol)).toContain('1698-KH/HVCTQG');
    expect(draft.confidence.numberSymbol).toBeGreaterThan(0.5);
    expect(draft.hasOcrText).toBe(true);

    const reviewed = await clerk.request('PATCH', `/api/documents/${draft.id}`, {
      subject: 'Khai thác, chia sẻ học liệu trên Thư viện số',
      requirements: [
        ...draft.requirements.map((r: { no: number; text: string; deadline: string }) => ({
          no: r.no,
          text: r.text,
          deadline: r.deadline,
        })),
        { no: 6, text: 'Yêu cầu bổ sung do văn thư nhập', deadline: '2023-12-31' },
      ],
    });
    expect(reviewed.statusCode, reviewed.body).toBe(200);
    expect(reviewed.json().requirements).toHaveLength(6);
    expect(reviewed.json().requirements[5]).toMatchObject({ no: 6, deadline: '2023-12-31' });

    const first = await register(clerk, draft.id, { receivedDate: '2023-03-20', forwardedTo: 'Phòng Đào tạo' });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({
      status: 'registered',
      registerNumber: 1,
      registerYear: 2023,
      receivedDate: '2023-03-20',
      forwardedTo: 'Phòng Đào tạo',
    });
    expect(first.json().register).toMatchObject({ name: 'Sổ đăng ký văn bản đến', confidential: false, number: 1 });

    const second = await intakeText(clerk, fixtureText('002'));
    expect((await register(clerk, second.id, { receivedDate: '2023-03-21' })).json().registerNumber).toBe(2);
    const nextYear = await intakeText(clerk, fixtureText('003'));
    expect((await register(clerk, nextYear.id, { receivedDate: '2024-03-25' })).json()).toMatchObject({
      registerNumber: 1,
      registerYear: 2024,
    });

    // Registered: no more corrections, no second registration; the audit log has it.
    expect(
      (await clerk.request('PATCH', `/api/documents/${draft.id}`, { subject: 'Sửa sau khi vào sổ' })).statusCode,
    ).toBe(409);
    expect((await register(clerk, draft.id, { receivedDate: '2023-03-22' })).statusCode).toBe(409);
    const audit = (
      await (await loginAs(t.app, 'quantri@tct-thainguyen.vn')).request('GET', `/api/audit?entityId=${draft.id}`)
    ).json();
    expect(audit.items.map((a: { action: string }) => a.action)).toEqual(
      expect.arrayContaining(['document.created', 'document.updated', 'document.registered']),
    );
  });

  it('refuses registration without issuer, before the document date, and by staff', async () => {
    const noIssuer = await manualDraft(clerk, { issuerName: null, subject: 'Thiếu cơ quan' });
    const res = await register(clerk, noIssuer.id, { receivedDate: '2026-01-05' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/cơ quan ban hành/);
    const dated = await manualDraft(clerk, { documentDate: '2026-02-01' });
    expect((await register(clerk, dated.id, { receivedDate: '2026-01-05' })).json().error.message).toMatch(
      /không thể trước ngày văn bản/,
    );
    const staff = await loginAs(t.app, 'canbo@tct-thainguyen.vn');
    expect((await register(staff, dated.id, { receivedDate: '2026-02-02' })).statusCode).toBe(403);
    expect((await staff.request('POST', '/api/intake/text', { text: fixtureText('004') })).statusCode).toBe(403);
  });
});

describe('duplicate detection', () => {
  it('answers 409 with the earlier registration unless the clerk confirms', async () => {
    const a = await intakeText(clerk, fixtureText('004'));
    const first = (await register(clerk, a.id, { receivedDate: '2023-10-11' })).json();
    const b = await manualDraft(clerk, {
      issuerName: a.issuerName.toLowerCase(),
      numberSymbol: ' 468 - CV/TCTTC',
      documentDate: a.documentDate,
      subject: a.subject,
    });
    const dup = await register(clerk, b.id, { receivedDate: '2023-10-12' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.message).toMatch(/có thể đã được vào sổ/);
    expect(dup.json().error.details.duplicate).toMatchObject({
      id: a.id,
      registerNumber: first.registerNumber,
      registerYear: 2023,
    });
    // Same symbol but another date is not a duplicate (state numbers restart every year).
    const other = await manualDraft(clerk, {
      issuerName: a.issuerName,
      numberSymbol: '468-CV/TCTTC',
      documentDate: '2024-10-09',
      subject: a.subject,
    });
    expect((await register(clerk, other.id, { receivedDate: '2024-10-10' })).statusCode).toBe(200);
    // Confirmed: registered with the next number; the refused attempt left no gap.
    const confirmed = await register(clerk, b.id, { receivedDate: '2023-10-12', confirmDuplicate: true });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json().registerNumber).toBe(first.registerNumber + 1);
  });
});

describe('confidential register', () => {
  it('goes to the separate register, visible to leader, clerk and school admin only', async () => {
    const secret = await manualDraft(clerk, {
      issuerName: 'Ban Tổ chức Tỉnh ủy',
      numberSymbol: '77-CV/BTCTU',
      documentDate: '2026-01-02',
      subject: 'Nhân sự mật phương án kiện toàn',
      confidentiality: 'Mật',
    });
    const registered = await register(clerk, secret.id, { receivedDate: '2026-01-03' });
    expect(registered.statusCode, registered.body).toBe(200);
    expect(registered.json().register).toMatchObject({
      name: 'Sổ đăng ký văn bản đến mật',
      confidential: true,
      number: 1,
    });
    const ordinary = await manualDraft(clerk, { subject: 'Văn bản thường cùng ngày' });
    expect((await register(clerk, ordinary.id, { receivedDate: '2026-01-03' })).json().register.confidential).toBe(
      false,
    );

    for (const email of ['hieutruong@tct-thainguyen.vn', 'quantri@tct-thainguyen.vn', 'vanthu@tct-thainguyen.vn']) {
      const c = await loginAs(t.app, email);
      expect((await c.request('GET', `/api/documents/${secret.id}`)).statusCode, email).toBe(200);
      const list = (await c.request('GET', '/api/registers/incoming?confidential=true')).json();
      expect(
        list.items.map((i: { id: string }) => i.id),
        email,
      ).toContain(secret.id);
    }
    for (const email of ['canbo@tct-thainguyen.vn', 'chuyenvien@hvctqg.vn', 'admin@hvctqg.vn']) {
      const c = await loginAs(t.app, email);
      expect((await c.request('GET', `/api/documents/${secret.id}`)).statusCode, email).toBe(404);
      for (const url of [
        '/api/registers/incoming?pageSize=200',
        '/api/registers/incoming?confidential=true',
        '/api/documents/search?q=nhan%20su%20mat&pageSize=200',
        '/api/documents/search?register=confidential',
      ]) {
        const res = await c.request('GET', url);
        expect(res.statusCode, `${email} ${url}`).toBe(200);
        expect(res.body.includes(secret.id), `${email} ${url}`).toBe(false);
        expect(res.body.includes('Nhân sự mật'), `${email} ${url}`).toBe(false);
      }
      expect(
        (await c.request('GET', '/api/registers/incoming?pageSize=200'))
          .json()
          .registers.every((r: { confidential: boolean }) => !r.confidential),
        email,
      ).toBe(true);
    }
  });
});

describe('links', () => {
  it('turns references into cites links, resolves them at once or when the cited document arrives later', async () => {
    const citing = await intakeText(clerk, fixtureText('015', 'clean.txt'));
    expect(citing.references.map((r: { numberSymbol: string }) => r.numberSymbol)).toContain('1862-CV/BTCTW');
    await register(clerk, citing.id, { receivedDate: '2025-11-06' });
    let links = (await clerk.request('GET', `/api/documents/${citing.id}`)).json().links;
    const pending = links.outgoing.find((l: { numberSymbol: string }) => l.numberSymbol === '1862-CV/BTCTW');
    expect(pending).toMatchObject({ kind: 'cites', kindLabel: 'Viện dẫn', pending: true, documentId: null });

    const cited = await intakeText(clerk, fixtureText('011', 'clean.txt'));
    expect(cited.numberSymbol).toBe('1862-CV/BTCTW');
    await register(clerk, cited.id, { receivedDate: '2025-11-07' });
    links = (await clerk.request('GET', `/api/documents/${citing.id}`)).json().links;
    expect(links.outgoing.find((l: { numberSymbol: string }) => l.numberSymbol === '1862-CV/BTCTW')).toMatchObject({
      pending: false,
      documentId: cited.id,
    });
    const back = (await clerk.request('GET', `/api/documents/${cited.id}`)).json().links.incoming;
    expect(back).toEqual([
      expect.objectContaining({ documentId: citing.id, kind: 'cites', kindLabel: 'Được viện dẫn bởi' }),
    ]);

    // Already registered → resolved at registration.
    const earlier = await intakeText(clerk, fixtureText('017', 'clean.txt'));
    await register(clerk, earlier.id, { receivedDate: '2023-06-01' });
    const later = await intakeText(clerk, fixtureText('020', 'clean.txt'));
    await register(clerk, later.id, { receivedDate: '2023-07-13' });
    const resolved = (await clerk.request('GET', `/api/documents/${later.id}`)).json().links.outgoing;
    expect(resolved.find((l: { numberSymbol: string }) => l.numberSymbol === '2488/BGDĐT-GDTrH')).toMatchObject({
      documentId: earlier.id,
      pending: false,
    });
  });

  it('adds and removes links by hand, audited, and refuses self-links', async () => {
    const a = await manualDraft(clerk, {
      numberSymbol: '10-TB/TU',
      documentDate: '2026-03-01',
      subject: 'Thông báo A',
    });
    const b = await manualDraft(clerk, {
      numberSymbol: '11-TB/TU',
      documentDate: '2026-03-02',
      subject: 'Thông báo B thay thế A',
    });
    await register(clerk, a.id, { receivedDate: '2026-03-02' });
    await register(clerk, b.id, { receivedDate: '2026-03-03' });
    expect(
      (await clerk.request('POST', `/api/documents/${b.id}/links`, { kind: 'replaces', toDocumentId: b.id }))
        .statusCode,
    ).toBe(400);
    const added = await clerk.request('POST', `/api/documents/${b.id}/links`, {
      kind: 'replaces',
      toNumberSymbol: '10-TB/TU',
    });
    expect(added.statusCode, added.body).toBe(201);
    const link = added.json().links.outgoing.find((l: { kind: string }) => l.kind === 'replaces');
    expect(link).toMatchObject({ documentId: a.id, kindLabel: 'Thay thế' });
    expect((await clerk.request('GET', `/api/documents/${a.id}`)).json().links.incoming[0]).toMatchObject({
      documentId: b.id,
      kindLabel: 'Bị thay thế bởi',
    });
    expect(
      (await clerk.request('POST', `/api/documents/${b.id}/links`, { kind: 'replaces', toDocumentId: a.id }))
        .statusCode,
    ).toBe(409);
    expect((await clerk.request('DELETE', `/api/documents/${b.id}/links/${link.id}`)).statusCode).toBe(204);
    expect((await clerk.request('GET', `/api/documents/${a.id}`)).json().links.incoming).toEqual([]);
    const admin = await loginAs(t.app, 'quantri@tct-thainguyen.vn');
    const audit = (await admin.request('GET', `/api/audit?entityId=${b.id}`))
      .json()
      .items.map((i: { action: string }) => i.action);
    expect(audit).toEqual(expect.arrayContaining(['document.link_added', 'document.link_removed']));
  });
});
