/**
 * The issue flow of issue 15: the signer signs the draft with its number and date blank, the clerk takes the
 * number, and the organisation's signature stamps number and date into the blanks. The signer's signature
 * must stay valid, and the stamped number must be visible on the page (read back by OCR).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { issueStamps } from '../letters/issue.ts';
import type { Letter } from '../letters/model.ts';
import { renderLetterPdf } from '../letters/render-pdf.ts';
import { PARTY_REPLY_TO_2174 } from '../letters/test-letters.ts';
import { PdfFile } from './pdf-file.ts';
import { signPdf } from './sign.ts';
import { makeDemoPki, ORG_PASSPHRASE, pdfsig, SIGNER_PASSPHRASE } from './test-support.ts';
import { parsePemBundle } from './trust.ts';
import { verifyPdfSignatures } from './verify.ts';

const run = promisify(execFile);

/** OCR of one rectangle of page 1 (PDF points, origin bottom-left). */
async function ocrBox(pdf: Buffer, rect: [number, number, number, number]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tct-issue-'));
  try {
    const dpi = 200;
    const px = (v: number) => Math.round((v * dpi) / 72);
    const pageHeight = 841.89;
    const [x1, y1, x2, y2] = rect;
    await writeFile(join(dir, 'in.pdf'), pdf);
    await run('pdftoppm', [
      '-png',
      '-r',
      String(dpi),
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      '-x',
      String(px(x1)),
      '-y',
      String(px(pageHeight - y2)),
      '-W',
      String(px(x2 - x1)),
      '-H',
      String(px(y2 - y1)),
      join(dir, 'in.pdf'),
      join(dir, 'crop'),
    ]);
    await run('tesseract', [join(dir, 'crop.png'), join(dir, 'out'), '-l', 'vie', '--psm', '7'], {
      env: { ...process.env, OMP_THREAD_LIMIT: '1' },
    });
    return (await readFile(join(dir, 'out.txt'), 'utf8')).trim();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('issuing a signed letter', () => {
  it("stamps the clerk's number and date with the organisation's signature; the signer's stays valid", async () => {
    const pki = makeDemoPki();
    const today = '2022-06-20';
    const draft: Letter = { ...PARTY_REPLY_TO_2174, numberSymbol: null, draftSymbol: 'CV/TCT', date: null };
    const rendered = await renderLetterPdf(draft, { today });
    const signed = await signPdf(rendered.pdf, {
      p12: pki.signerP12,
      passphrase: SIGNER_PASSPHRASE,
      signingTime: new Date('2022-06-23T08:00:00Z'),
      visible: { ...rendered.signatureSpace, kind: 'signer' },
    });
    const issued: Letter = { ...draft, numberSymbol: '125-CV/TCT', date: '2022-06-24' };
    const stamps = issueStamps(issued, rendered, { today });
    expect(stamps.map((s) => s.lines)).toEqual([['Số 125-CV/TCT'], ['Thái Nguyên, ngày 24 tháng 6 năm 2022']]);
    const final = await signPdf(signed, {
      p12: pki.organisationP12,
      passphrase: ORG_PASSPHRASE,
      reason: 'Cấp số 125-CV/TCT ngày 24/06/2022',
      signingTime: new Date('2022-06-24T02:00:00Z'),
      visible: { ...rendered.organisationSpace, kind: 'organisation' },
      stamps,
    });

    const report = verifyPdfSignatures(final, { trustAnchors: parsePemBundle(pki.caPem) });
    expect(report).toMatchObject({ signatureCount: 2, valid: true, trusted: true });
    expect(report.signatures[0]).toMatchObject({ status: 'valid', changesAfterSigning: 'signatures' });
    expect(report.signatures[1]?.reason).toBe('Cấp số 125-CV/TCT ngày 24/06/2022');
    expect((await pdfsig(final)).match(/Signature is Valid/g)?.length).toBe(2);

    // One widget per signature: the organisation's spans the seal, the number and the date.
    const file = new PdfFile(final);
    const annots = file.resolve(file.dict(file.pageRefs()[0])?.get('Annots')) as unknown[];
    expect(annots).toHaveLength(2);

    const number = await ocrBox(final, rendered.numberSlot.rect);
    expect(number.replace(/\s+/g, ' ')).toMatch(/125-CV\/TCT/);
    const date = await ocrBox(final, rendered.dateSlot.rect);
    expect(date).toMatch(/ngày 24 tháng 6 năm 2022/);
  }, 60_000);
});
