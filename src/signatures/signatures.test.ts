import type { X509Certificate } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderLetterPdf, type RenderedPdf } from '../letters/render-pdf.ts';
import { PARTY_REPLY_TO_2174 } from '../letters/test-letters.ts';
import { SignatureError } from './errors.ts';
import { appendUpdate, objectUpdate } from './incremental.ts';
import { loadPkcs12 } from './p12.ts';
import { PdfFile } from './pdf-file.ts';
import { PdfDict, PdfName, type PdfObj, PdfRef, PdfStream } from './pdf-objects.ts';
import { signPdf } from './sign.ts';
import { type DemoPki, makeDemoPki, ORG_PASSPHRASE, pdfsig, SIGNER_PASSPHRASE, xrefStreamPdf } from './test-support.ts';
import { parsePemBundle } from './trust.ts';
import { verifyPdfSignatures } from './verify.ts';

let pki: DemoPki;
let anchors: X509Certificate[];
let letter: RenderedPdf;
let signed: Buffer;
let countersigned: Buffer;
const SIGNED_AT = new Date('2022-06-24T02:15:02Z');

beforeAll(async () => {
  pki = makeDemoPki();
  anchors = parsePemBundle(pki.caPem);
  letter = await renderLetterPdf(PARTY_REPLY_TO_2174, { today: '2026-03-01' });
  signed = await signPdf(letter.pdf, {
    p12: pki.signerP12,
    passphrase: SIGNER_PASSPHRASE,
    reason: 'Ký ban hành',
    location: 'Thái Nguyên',
    signingTime: SIGNED_AT,
    visible: { ...letter.signatureSpace, kind: 'signer' },
  });
  countersigned = await signPdf(signed, {
    p12: pki.organisationP12,
    passphrase: ORG_PASSPHRASE,
    reason: 'Ký số của cơ quan',
    signingTime: new Date('2022-06-24T03:00:00Z'),
    visible: { ...letter.organisationSpace, kind: 'organisation' },
  });
}, 60_000);

describe('signing and verifying', () => {
  it('signs a rendered letter; the signature verifies, names the signer and reaches the demo CA', async () => {
    expect(signed.subarray(0, letter.pdf.length).equals(letter.pdf)).toBe(true); // incremental: original untouched
    const report = verifyPdfSignatures(signed, { trustAnchors: anchors });
    expect(report).toMatchObject({ signatureCount: 1, valid: true, trusted: true });
    const [sig] = report.signatures;
    expect(sig).toMatchObject({
      status: 'valid',
      signerName: 'Nguyễn Thị Hằng',
      signingTime: '2022-06-24T09:15:02+07:00',
      signingTimeSource: 'signature-dictionary',
      reason: 'Ký ban hành',
      subFilter: 'ETSI.CAdES.detached',
      digestAlgorithm: 'sha256',
      coversWholeFile: true,
      digestValid: true,
      signatureValid: true,
      certificateValidAtSigningTime: true,
      chainTrusted: true,
      problems: [],
    });
    expect(sig?.certificate?.subject).toBe(
      'CN=Nguyễn Thị Hằng, T=Phó Hiệu trưởng, O=Trường Chính trị tỉnh Thái Nguyên, L=Thái Nguyên, C=VN',
    );
    expect(sig?.certificate?.issuer).toMatch(/^CN=TCT Demo CA, O=TCT/);
    expect(sig?.trustAnchor).toMatch(/^CN=TCT Demo CA/);
    // poppler checks the same signature independently.
    expect(await pdfsig(signed)).toMatch(/Signature Validation: Signature is Valid/);
  });

  it('reports the chain as untrusted when the demo CA is not configured, without calling it invalid', () => {
    const report = verifyPdfSignatures(signed);
    expect(report).toMatchObject({ valid: true, trusted: false });
    expect(report.signatures[0]?.problems.join()).toMatch(/chứng thư gốc tin cậy/);
    expect(report.summary).toMatch(/chưa được xác thực/);
  });

  it("keeps the signer's signature valid when the organisation signs the signed file", async () => {
    expect(countersigned.subarray(0, signed.length).equals(signed)).toBe(true);
    const report = verifyPdfSignatures(countersigned, { trustAnchors: anchors });
    expect(report).toMatchObject({ signatureCount: 2, valid: true, trusted: true });
    const [first, second] = report.signatures;
    expect(first).toMatchObject({ status: 'valid', coversWholeFile: false, changesAfterSigning: 'signatures' });
    expect(second).toMatchObject({
      status: 'valid',
      coversWholeFile: true,
      signerName: 'Trường Chính trị tỉnh Thái Nguyên',
      signingTime: '2022-06-24T10:00:00+07:00',
    });
    expect(report.signatures.map((s) => s.fieldName)).toEqual(['Chữ ký 1', 'Chữ ký 2']);
    const poppler = await pdfsig(countersigned);
    expect(poppler.match(/Signature is Valid/g)?.length).toBe(2);
  });

  it('calls the file invalid when one byte changes, inside either signed range', () => {
    for (const at of [400, countersigned.length - 200]) {
      const tampered = Buffer.from(countersigned);
      tampered[at] = (tampered[at] ?? 0) ^ 0x01;
      const report = verifyPdfSignatures(tampered, { trustAnchors: anchors });
      expect(report.valid).toBe(false);
      const last = report.signatures[report.signatures.length - 1];
      expect(last).toMatchObject({ status: 'invalid', digestValid: false });
      expect(last?.problems.join()).toMatch(/mã băm không khớp/);
    }
  });

  it('flags content changed in an unsigned update after signing, even though the signed bytes are intact', () => {
    const file = new PdfFile(signed);
    const page = file.dict(file.pageRefs()[0]);
    const contentRef = page?.get('Contents') as { num: number };
    const forged = new PdfStream(new PdfDict(), Buffer.from('BT /F1 24 Tf 100 700 Td (FORGED) Tj ET', 'latin1'));
    const changed = appendUpdate(file, [objectUpdate(contentRef.num, forged)], file.size);
    const report = verifyPdfSignatures(changed, { trustAnchors: anchors });
    expect(report.valid).toBe(false);
    expect(report.signatures[0]).toMatchObject({ status: 'modified', digestValid: true, changesAfterSigning: 'other' });
    expect(report.signatures[0]?.problems.join(' ')).toMatch(/thay đổi sau khi ký/);
  });

  it('flags a non-signature annotation added to the page after signing', () => {
    const file = new PdfFile(signed);
    const pageRef = file.pageRefs()[0];
    if (!pageRef) throw new Error('no page');
    const page = new PdfDict(new Map(file.dict(pageRef)?.map));
    const note = file.size;
    const annots = (file.resolve(page.get('Annots')) as PdfObj[] | null) ?? [];
    page.set('Annots', [...annots, new PdfRef(note, 0)]);
    const text = new PdfDict()
      .set('Type', new PdfName('Annot'))
      .set('Subtype', new PdfName('Text'))
      .set('Rect', [0, 0, 9, 9]);
    const changed = appendUpdate(file, [objectUpdate(note, text), objectUpdate(pageRef.num, page)], note + 1);
    const report = verifyPdfSignatures(changed, { trustAnchors: anchors });
    expect(report.signatures[0]?.status).toBe('modified');
  });
});

describe('other files and refusals', () => {
  it('signs a PDF whose cross-reference is a compressed stream, and signs it again', async () => {
    const pdf = xrefStreamPdf();
    expect(new PdfFile(pdf).sections[0]?.kind).toBe('stream');
    const once = await signPdf(pdf, { p12: pki.signerP12, passphrase: SIGNER_PASSPHRASE, signingTime: SIGNED_AT });
    const twice = await signPdf(once, {
      p12: pki.organisationP12,
      passphrase: ORG_PASSPHRASE,
      signingTime: SIGNED_AT,
      visible: { page: 0, rect: [300, 100, 400, 200], kind: 'organisation' },
    });
    expect(new PdfFile(twice).sections[0]?.kind).toBe('stream');
    const report = verifyPdfSignatures(twice, { trustAnchors: anchors });
    expect(report).toMatchObject({ signatureCount: 2, valid: true, trusted: true });
    expect((await pdfsig(twice)).match(/Signature is Valid/g)?.length).toBe(2);
  });

  it('reports damaged files instead of throwing: truncated, junk ranges, a garbled signature value', () => {
    for (const fraction of [0.2, 0.5, 0.9, 0.999]) {
      const cut = countersigned.subarray(0, Math.floor(countersigned.length * fraction));
      expect(verifyPdfSignatures(cut, { trustAnchors: anchors }).valid).toBe(false);
    }
    const junk = Buffer.from('%PDF-1.7\n1 0 obj <</ByteRange [0 10 20 30] /Contents <0A0B>>> endobj\n', 'latin1');
    expect(verifyPdfSignatures(junk)).toMatchObject({ signatureCount: 1, valid: false });
    const garbled = Buffer.from(signed);
    const [, start] = verifyPdfSignatures(signed).signatures[0]?.byteRange ?? [];
    garbled.write('30820001FFFF', (start ?? 0) + 1, 'latin1');
    const report = verifyPdfSignatures(garbled);
    expect(report.valid).toBe(false);
    expect(report.signatures[0]?.problems.length).toBeGreaterThan(0);
  });

  it('reports no signature for an unsigned PDF', () => {
    expect(verifyPdfSignatures(letter.pdf)).toMatchObject({
      signatureCount: 0,
      valid: false,
      summary: 'Tệp không có chữ ký số.',
    });
  });

  it('refuses a wrong passphrase, a certificate not valid at signing time and a file that is not a PDF', async () => {
    expect(() => loadPkcs12(pki.signerP12, 'sai-mat-khau')).toThrow(/Mật khẩu của tệp chứng thư số không đúng/);
    await expect(
      signPdf(letter.pdf, {
        p12: pki.signerP12,
        passphrase: SIGNER_PASSPHRASE,
        signingTime: new Date('2040-01-01T00:00:00Z'),
      }),
    ).rejects.toMatchObject({ code: 'CERTIFICATE_NOT_VALID' });
    await expect(
      signPdf(Buffer.from('not a pdf'), { p12: pki.signerP12, passphrase: SIGNER_PASSPHRASE }),
    ).rejects.toBeInstanceOf(SignatureError);
  });

  it('issues demo certificates whose chain and Vietnamese names survive PKCS#12', () => {
    const identity = loadPkcs12(pki.signerP12, SIGNER_PASSPHRASE);
    const [ca] = anchors;
    expect(ca && identity.certificate.checkIssued(ca) && identity.certificate.verify(ca.publicKey)).toBe(true);
    expect(identity.chain.map((c) => c.fingerprint256)).toEqual([ca?.fingerprint256]);
    expect(ca?.ca).toBe(true);
    expect(identity.certificate.ca).toBe(false);
  });
});
