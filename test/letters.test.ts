/**
 * Outgoing letters end to end over HTTP (issue 15): an answer to 2174 is drafted, returned by the head of
 * unit, corrected, approved, signed by the Hiệu trưởng, numbered and issued by the clerk with the
 * organisation's signature, and arrives at the Academy with a signature that verifies; the Academy's
 * registration flows back as status 03. Also: certificates, confidentiality and other schools.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEMO_CERT_PASSPHRASE } from '../src/seed/seed-demo-letters.ts';
import { runVerifyCommand } from '../src/signatures/cli.ts';
import { parsePemBundle, verifyPdfSignatures } from '../src/signatures/index.ts';
import { createTestApp, loginAs, type Client, type TestApp } from '../src/testing/http.ts';
import { modulesOf } from '../src/testing/test-database.ts';
import { upload } from './documents.support.ts';
import { ACADEMY_CODE } from '../src/network/seed-data.ts';

let t: TestApp;
let staff: Client;
let head: Client;
let leader: Client;
let clerk: Client;
let admin: Client;
beforeAll(async () => {
  t = await createTestApp({ demo: 'full' });
  [staff, head, leader, clerk, admin] = (await Promise.all(
    [
      'canbo@tct-thainguyen.vn',
      'truongphong@tct-thainguyen.vn',
      'hieutruong@tct-thainguyen.vn',
      'vanthu@tct-thainguyen.vn',
      'quantri@tct-thainguyen.vn',
    ].map((e) => loginAs(t.app, e)),
  )) as [Client, Client, Client, Client, Client];
}, 60_000);
afterAll(async () => t?.close());

const db = () => t.database.db;
async function doc2174(): Promise<string> {
  const row = await db()
    .selectFrom('documents')
    .select('id')
    .where('number_symbol', '=', '2174-CV/HVCTQG')
    .where('register_number', 'is not', null)
    .executeTakeFirstOrThrow();
  return row.id;
}
async function academyId(): Promise<string> {
  return (
    await db().selectFrom('organisations').select('id').where('code', '=', ACADEMY_CODE).executeTakeFirstOrThrow()
  ).id;
}
async function certificate(client: Client, kind: string) {
  const list = (await client.request('GET', '/api/signing-certificates')).json();
  return list.items.find(
    (c: { kind: string; userId: string | null }) =>
      c.kind === kind && (kind === 'organisation' || c.userId === client.user.id),
  );
}
type Res = Awaited<ReturnType<Client['request']>>;
async function ok(res: Res, code = 200) {
  expect(res.statusCode, res.body).toBe(code);
  return res.json();
}
async function anchorsPem(): Promise<string> {
  return (await db().selectFrom('trust_anchors').select('pem').execute()).map((r) => r.pem).join('\n');
}

describe('an answer to 2174, from draft to the Academy', () => {
  let id: string;
  it('drafts the answer pre-filled with the reference', async () => {
    const created = await ok(
      await staff.request('POST', '/api/letters', {
        answersDocumentId: await doc2174(),
        networkRecipientIds: [await academyId()],
      }),
      201,
    );
    id = created.id;
    expect(created.status).toBe('draft');
    expect(created.versionNo).toBe(1);
    expect(created.letter.body[0].text).toMatch(/^Thực hiện Công văn số 2174-CV\/HVCTQG ngày 31\/5\/2022 của Học viện/);
    expect(created.letter.references).toEqual([{ numberSymbol: '2174-CV/HVCTQG', date: '2022-05-31' }]);
    expect(created.networkRecipients.map((r: { name: string }) => r.name)).toEqual([
      'Học viện Chính trị quốc gia Hồ Chí Minh',
    ]);
    expect(created.actions).toEqual(expect.arrayContaining(['edit', 'submit']));
    const pdf = await staff.request('GET', `/api/letters/${id}/file.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const docx = await staff.request('GET', `/api/letters/${id}/file.docx`);
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  }, 30_000);

  it('cannot be numbered, signed or approved before its turn', async () => {
    const orgCert = await certificate(clerk, 'organisation');
    const early = await clerk.request('POST', `/api/letters/${id}/issue`, {
      certificateId: orgCert.id,
      passphrase: DEMO_CERT_PASSPHRASE,
    });
    expect(early.statusCode).toBe(403);
    expect((await head.request('POST', `/api/letters/${id}/approve`, {})).statusCode).toBe(403);
    expect(
      (await db().selectFrom('letters').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status,
    ).toBe('draft');
  });

  it('is submitted, returned with a comment, corrected (version 2) and approved by both', async () => {
    const submitted = await ok(
      await staff.request('POST', `/api/letters/${id}/submit`, { reviewerId: head.user.id, signerId: leader.user.id }),
    );
    expect(submitted).toMatchObject({ status: 'in_review', currentStep: 'head_of_unit' });
    expect((await staff.request('PATCH', `/api/letters/${id}`, { letter: submitted.letter })).statusCode).toBe(403);
    const returned = await ok(
      await head.request('POST', `/api/letters/${id}/return`, { comment: 'Bổ sung số liệu lớp trung cấp.' }),
    );
    expect(returned.status).toBe('returned');
    const letter = returned.letter;
    letter.body.push({
      kind: 'paragraph',
      text: 'Năm 2022 Nhà trường mở 2 lớp trung cấp lý luận chính trị hệ tập trung./.',
    });
    const saved = await ok(await staff.request('PATCH', `/api/letters/${id}`, { letter, note: 'Bổ sung số liệu' }));
    expect(saved.versionNo).toBe(2);
    const versions = await ok(await staff.request('GET', `/api/letters/${id}/versions`));
    expect(versions.items.map((v: { versionNo: number }) => v.versionNo)).toEqual([1, 2]);
    const v1 = await ok(await staff.request('GET', `/api/letters/${id}/versions/1`));
    expect(v1.letter.body).toHaveLength(1);
    await ok(
      await staff.request('POST', `/api/letters/${id}/submit`, { reviewerId: head.user.id, signerId: leader.user.id }),
    );
    const atSigner = await ok(await head.request('POST', `/api/letters/${id}/approve`, { comment: 'Đồng ý.' }));
    expect(atSigner.currentStep).toBe('signer');
    const approved = await ok(await leader.request('POST', `/api/letters/${id}/approve`, {}));
    expect(approved).toMatchObject({ status: 'approved', approvedVersion: 2 });
    expect(approved.steps.map((s: { action: string }) => s.action)).toEqual([
      'create',
      'submit',
      'return',
      'save',
      'submit',
      'approve',
      'approve',
    ]);
    expect(approved.steps.find((s: { action: string }) => s.action === 'return').comment).toBe(
      'Bổ sung số liệu lớp trung cấp.',
    );
  });

  it('is signed by the Hiệu trưởng (a wrong passphrase changes nothing)', async () => {
    const mine = await certificate(leader, 'personal');
    const wrong = await leader.request('POST', `/api/letters/${id}/sign`, {
      certificateId: mine.id,
      passphrase: 'sai',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.message).toBe('Mật khẩu của tệp chứng thư số không đúng.');
    expect((await ok(await leader.request('GET', `/api/letters/${id}`))).status).toBe('approved');
    const signed = await ok(
      await leader.request('POST', `/api/letters/${id}/sign`, {
        certificateId: mine.id,
        passphrase: DEMO_CERT_PASSPHRASE,
      }),
    );
    expect(signed.status).toBe('signed');
    const pdf = (await leader.request('GET', `/api/letters/${id}/file.pdf`)).rawPayload;
    const report = verifyPdfSignatures(pdf, { trustAnchors: parsePemBundle(await anchorsPem()) });
    expect(report).toMatchObject({ signatureCount: 1, valid: true, trusted: true });
  }, 30_000);

  it('is numbered and issued by the clerk with the organisation signature, and arrives at the Academy', async () => {
    const orgCert = await certificate(clerk, 'organisation');
    const issued = await ok(
      await clerk.request('POST', `/api/letters/${id}/issue`, {
        certificateId: orgCert.id,
        passphrase: DEMO_CERT_PASSPHRASE,
      }),
    );
    expect(issued.status).toBe('issued');
    expect(issued.numberSymbol).toMatch(/^\d+-CV\//);
    expect(issued.deliveries).toEqual([
      expect.objectContaining({ statusCode: '01', recipientName: 'Học viện Chính trị quốc gia Hồ Chí Minh' }),
    ]);
    const outgoing = await db()
      .selectFrom('documents')
      .selectAll()
      .where('id', '=', issued.documentId)
      .executeTakeFirstOrThrow();
    expect(outgoing).toMatchObject({
      direction: 'outgoing',
      status: 'issued',
      number_symbol: issued.numberSymbol,
      answers_document_id: await doc2174(),
    });

    expect(JSON.parse(outgoing.recipients_json)).toEqual(['Học viện Chính trị quốc gia Hồ Chí Minh']);
    // bodies outside TCT: the outgoing document exports as edXML with the signed PDF attached
    // No invented mã định danh: the export asks for both codes, then carries the signed PDF.
    const asked = await clerk.request('GET', `/api/documents/${issued.documentId}/export-edxml`);
    expect(asked.statusCode).toBe(400);
    expect(asked.json().error.details.missingOrganIds.map((m: { role: string }) => m.role)).toEqual(['from', 'to']);
    const edxml = await clerk.request(
      'GET',
      `/api/documents/${issued.documentId}/export-edxml?fromCode=000.00.00.H19&toCodes=000.00.00.D01`,
    );
    expect(edxml.statusCode, edxml.body).toBe(200);
    expect(edxml.body).toContain(`${issued.numberSymbol.replace(/\//g, '-')}.pdf`);
    expect(edxml.body).toContain('Học viện Chính trị quốc gia Hồ Chí Minh');

    const pdf = (await clerk.request('GET', `/api/letters/${id}/file.pdf`)).rawPayload;
    const anchors = parsePemBundle(await anchorsPem());
    const report = verifyPdfSignatures(pdf, { trustAnchors: anchors });
    expect(report).toMatchObject({ signatureCount: 2, valid: true, trusted: true });
    expect(report.signatures[0]).toMatchObject({ status: 'valid', changesAfterSigning: 'signatures' });

    // tct verify: valid; one changed byte: invalid
    const dir = await mkdtemp(join(tmpdir(), 'tct-letters-'));
    try {
      await writeFile(join(dir, 'ca.pem'), await anchorsPem());
      await writeFile(join(dir, 'issued.pdf'), pdf);
      const changed = Buffer.from(pdf);
      const at = changed.indexOf('Học viện') > 0 ? changed.indexOf('Học viện') : 2000;
      changed[at] = changed[at]! ^ 0x01;
      await writeFile(join(dir, 'changed.pdf'), changed);
      const env = { TCT_TRUST_ANCHORS: join(dir, 'ca.pem') };
      const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
      const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
      expect(await runVerifyCommand([join(dir, 'issued.pdf'), '--require-trust'], env)).toBe(0);
      expect(await runVerifyCommand([join(dir, 'changed.pdf')], env)).toBe(1);
      out.mockRestore();
      err.mockRestore();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }

    // the Academy's incoming queue: an electronic arrival with the signed PDF, its signatures verified
    const academy = await loginAs(t.app, 'admin@hvctqg.vn');
    const arrival = await db()
      .selectFrom('documents')
      .selectAll()
      .where('organisation_id', '=', await academyId())
      .where('number_symbol', '=', issued.numberSymbol)
      .executeTakeFirstOrThrow();
    expect(arrival).toMatchObject({ direction: 'incoming', status: 'arrived', source_kind: 'network' });
    const checked = await ok(await academy.request('GET', `/api/documents/${arrival.id}/signatures`));
    expect(checked.files).toHaveLength(1);
    expect(checked.files[0]).toMatchObject({ signatureCount: 2, valid: true, trusted: true });
    expect(checked.files[0].signatures[0].subject).toContain('Phạm Quốc Hùng');

    // a school that receives the PDF outside the network uploads it: the review page shows the same, and a
    // copy with one byte changed is a clear warning
    const vinhLong = await loginAs(t.app, 'vanthu@tct-vinhlong.vn');
    for (const [name, bytes, valid] of [
      ['nhan-qua-email.pdf', pdf, true],
      [
        'ban-bi-sua.pdf',
        Buffer.concat([pdf.subarray(0, 1500), Buffer.from([pdf[1500]! ^ 1]), pdf.subarray(1501)]),
        false,
      ],
    ] as const) {
      const uploaded = await upload(vinhLong, '/api/intake/uploads', name, bytes, 'application/pdf');
      expect(uploaded.statusCode, uploaded.body).toBe(202);
      const report = await ok(await vinhLong.request('GET', `/api/documents/${uploaded.json().documentId}/signatures`));
      expect(report.files[0]).toMatchObject({ fileName: name, signatureCount: 2, valid });
      if (!valid) expect(report.files[0].summary).toMatch(/^CẢNH BÁO/);
    }

    // registering it flows back to the sender as 03
    await ok(
      await academy.request('POST', `/api/documents/${arrival.id}/register`, { receivedDate: arrival.document_date }),
    );
    const after = await ok(await staff.request('GET', `/api/letters/${id}`));
    expect(after.deliveries[0]).toMatchObject({ statusCode: '03', statusLabel: 'Đã tiếp nhận (vào sổ)' });
    // the recipient's handling moves on: in progress (05), then done (06)
    const documents = modulesOf(t.database).documents.ports;
    for (const [to, code] of [
      ['in_progress', '05'],
      ['completed', '06'],
    ] as const) {
      const current = await db()
        .selectFrom('documents')
        .selectAll()
        .where('id', '=', arrival.id)
        .executeTakeFirstOrThrow();
      await db()
        .transaction()
        .execute((trx) => documents.setDocumentStatus(trx, null, current, to));
      const now = await ok(await staff.request('GET', `/api/letters/${id}`));
      expect(now.deliveries[0].statusCode).toBe(code);
    }
  }, 60_000);

  it('is not visible to another school', async () => {
    const other = await loginAs(t.app, 'canbo@tct-vinhlong.vn');
    expect((await other.request('GET', `/api/letters/${id}`)).statusCode).toBe(404);
    expect((await other.request('GET', '/api/letters')).json().items).toEqual([]);
  });
});

describe('certificates', () => {
  it('only the school administrator uploads; a wrong passphrase or a foreign person is refused', async () => {
    const p12 = (await db().selectFrom('signing_certificates').select('p12_base64').executeTakeFirstOrThrow())
      .p12_base64;
    const body = { kind: 'organisation', p12Base64: p12, passphrase: DEMO_CERT_PASSPHRASE };
    expect((await clerk.request('POST', '/api/signing-certificates', body)).statusCode).toBe(403);
    const wrong = await admin.request('POST', '/api/signing-certificates', { ...body, passphrase: 'x' });
    expect(wrong.statusCode).toBe(400);
    const other = await loginAs(t.app, 'canbo@tct-vinhlong.vn');
    const foreign = await admin.request('POST', '/api/signing-certificates', {
      ...body,
      kind: 'personal',
      userId: other.user.id,
    });
    expect(foreign.statusCode).toBe(404);
    const created = await ok(await admin.request('POST', '/api/signing-certificates', body), 201);
    expect(created.subject).toContain('Trường Chính trị');
    expect(JSON.stringify(created)).not.toContain(p12.slice(0, 40));
    expect((await admin.request('DELETE', `/api/signing-certificates/${created.id}`)).statusCode).toBe(204);
    const anchors = await ok(await staff.request('GET', '/api/trust-anchors'));
    expect(anchors.items[0]).toMatchObject({ confidence: 'demo', uncertain: true });
  });
});

describe('confidential letters', () => {
  it('are seen by the people named on them and the cleared roles only', async () => {
    const template = (await ok(await staff.request('GET', '/api/letters'))).items[0];
    const base = (await ok(await staff.request('GET', `/api/letters/${template.id}`))).letter;
    const created = await ok(
      await staff.request('POST', '/api/letters', { letter: { ...base, confidentiality: 'Mật' } }),
      201,
    );
    expect((await head.request('GET', `/api/letters/${created.id}`)).statusCode).toBe(404);
    expect((await head.request('GET', '/api/letters')).json().items.map((l: { id: string }) => l.id)).not.toContain(
      created.id,
    );
    expect((await clerk.request('GET', `/api/letters/${created.id}`)).statusCode).toBe(200);
    await ok(
      await staff.request('POST', `/api/letters/${created.id}/submit`, {
        reviewerId: head.user.id,
        signerId: leader.user.id,
      }),
    );
    expect((await head.request('GET', `/api/letters/${created.id}`)).statusCode).toBe(200);
  });
});

describe('a new letter', () => {
  it('starts from a công văn of the school; unknown recipients and invalid letters change nothing', async () => {
    const catalog = await ok(await staff.request('GET', '/api/letters/catalog'));
    expect(catalog.types.party.find((t: { code: string }) => t.code === 'CV')).toMatchObject({ name: 'Công văn' });
    expect(catalog.types.state.length).toBeGreaterThan(10);
    expect(catalog.confidentiality).toEqual(['Mật', 'Tối mật', 'Tuyệt mật']);
    expect(catalog.authorities.party).toContain('K/T');
    const created = await ok(await staff.request('POST', '/api/letters', {}), 201);
    expect(created.letter).toMatchObject({ family: 'party', typeCode: 'CV', numberSymbol: null, draftMark: true });
    expect(created.letter.issuer.name).toBe('Trường Chính trị tỉnh Thái Nguyên');
    expect(created.networkRecipients).toEqual([]);
    const unknown = await staff.request('PATCH', `/api/letters/${created.id}`, {
      letter: created.letter,
      networkRecipientIds: ['khong-co'],
    });
    expect(unknown.statusCode).toBe(400);
    const badType = await staff.request('PATCH', `/api/letters/${created.id}`, {
      letter: { ...created.letter, typeCode: 'XX' },
    });
    expect(badType.statusCode).toBe(400);
    expect(badType.json().error.message).toContain('Loại văn bản "XX"');
    const saved = await ok(
      await staff.request('PATCH', `/api/letters/${created.id}`, {
        letter: created.letter,
        networkRecipientIds: [await academyId()],
      }),
    );
    expect(saved.versionNo).toBe(2);
    expect(saved.networkRecipients.map((r: { name: string }) => r.name)).toEqual([
      'Học viện Chính trị quốc gia Hồ Chí Minh',
    ]);
  });
});
