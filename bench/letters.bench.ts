/**
 * `npm run bench -- letters`: the outgoing-letter path for one letter — render to PDF and to DOCX, sign
 * (signer), countersign (organisation), verify both signatures — on the sample Party reply to 2174.
 * Demo keys are made once, outside the timing. Flags: --runs=N (default 5; medians are printed).
 */
import { performance } from 'node:perf_hooks';
import { renderLetterDocx } from '../src/letters/render-docx.ts';
import { renderLetterPdf } from '../src/letters/render-pdf.ts';
import { PARTY_REPLY_TO_2174 } from '../src/letters/test-letters.ts';
import { signPdf } from '../src/signatures/sign.ts';
import { makeDemoPki, ORG_PASSPHRASE, SIGNER_PASSPHRASE } from '../src/signatures/test-support.ts';
import { parsePemBundle } from '../src/signatures/trust.ts';
import { verifyPdfSignatures } from '../src/signatures/verify.ts';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

export async function run(flags: string[]): Promise<void> {
  const runs = Number(flags.find((f) => f.startsWith('--runs='))?.split('=')[1] ?? 5);
  const pki = makeDemoPki();
  const anchors = parsePemBundle(pki.caPem);
  const today = '2026-03-01';
  const times: Record<string, number[]> = { pdf: [], docx: [], sign: [], countersign: [], verify: [] };
  let size = 0;
  let signedSize = 0;
  const timed = async <T>(key: string, fn: () => Promise<T> | T): Promise<T> => {
    const start = performance.now();
    const out = await fn();
    times[key]?.push(performance.now() - start);
    return out;
  };
  // One untimed round first: fonts are loaded and parsed once per process.
  await renderLetterPdf(PARTY_REPLY_TO_2174, { today });
  for (let i = 0; i < runs; i++) {
    const letter = await timed('pdf', () => renderLetterPdf(PARTY_REPLY_TO_2174, { today }));
    await timed('docx', () => renderLetterDocx(PARTY_REPLY_TO_2174, { today }));
    const signed = await timed('sign', () =>
      signPdf(letter.pdf, {
        p12: pki.signerP12,
        passphrase: SIGNER_PASSPHRASE,
        visible: { ...letter.signatureSpace, kind: 'signer' },
      }),
    );
    const both = await timed('countersign', () =>
      signPdf(signed, {
        p12: pki.organisationP12,
        passphrase: ORG_PASSPHRASE,
        visible: { ...letter.organisationSpace, kind: 'organisation' },
      }),
    );
    const report = await timed('verify', () => verifyPdfSignatures(both, { trustAnchors: anchors }));
    if (!report.valid || !report.trusted) throw new Error('benchmark letter did not verify');
    size = letter.pdf.length;
    signedSize = both.length;
  }
  for (const [key, values] of Object.entries(times))
    console.log(`BENCH letters.${key}_ms ${median(values).toFixed(1)} ms`);
  console.log(`BENCH letters.pdf_kb ${(size / 1024).toFixed(1)} KB`);
  console.log(`BENCH letters.signed_twice_kb ${(signedSize / 1024).toFixed(1)} KB`);
}
