/**
 * Screenshots of rendered letters for docs/screenshots/letters/ (`npx tsx tools/letter-screenshots.ts`):
 * the Party reply to 2174 signed by the signer as a draft, then numbered, dated and signed by the organisation
 * (demo certificates); a state công văn marked "Khẩn", a decision marked "Mật" and a Party plan. First pages
 * at 60 dpi (pdftoppm, poppler-utils).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { issueStamps } from '../src/letters/issue.ts';
import { renderLetterPdf } from '../src/letters/render-pdf.ts';
import { PARTY_PLAN, PARTY_REPLY_TO_2174, STATE_CONG_VAN, STATE_DECISION } from '../src/letters/test-letters.ts';
import { pdfToPng } from '../src/letters/test-support.ts';
import { signPdf } from '../src/signatures/sign.ts';
import { makeDemoPki, ORG_PASSPHRASE, SIGNER_PASSPHRASE } from '../src/signatures/test-support.ts';

const out = join(import.meta.dirname, '..', 'docs', 'screenshots', 'letters');
mkdirSync(out, { recursive: true });
const today = '2026-03-01';
const pki = makeDemoPki();

// The issue flow: the signer signs the draft (number and date blank), the clerk's number and date are stamped
// by the organisation's signature.
const draft = { ...PARTY_REPLY_TO_2174, numberSymbol: null, draftSymbol: 'CV/TCT', date: null };
const reply = await renderLetterPdf(draft, { today: '2022-06-20' });
const bySigner = await signPdf(reply.pdf, {
  p12: pki.signerP12,
  passphrase: SIGNER_PASSPHRASE,
  signingTime: new Date('2022-06-23T08:00:00Z'),
  visible: { ...reply.signatureSpace, kind: 'signer' },
});
const byOrganisation = await signPdf(bySigner, {
  p12: pki.organisationP12,
  passphrase: ORG_PASSPHRASE,
  signingTime: new Date('2022-06-24T02:00:00Z'),
  visible: { ...reply.organisationSpace, kind: 'organisation' },
  stamps: issueStamps(PARTY_REPLY_TO_2174, reply, { today: '2022-06-20' }),
});
await pdfToPng(byOrganisation, join(out, 'party-cong-van-signed'));
for (const [name, letter] of [
  ['state-cong-van', STATE_CONG_VAN],
  ['state-quyet-dinh', STATE_DECISION],
  ['party-ke-hoach', PARTY_PLAN],
] as const) {
  await pdfToPng((await renderLetterPdf(letter, { today })).pdf, join(out, name));
}
console.log(`Ảnh chụp đã lưu ở ${out}`);
