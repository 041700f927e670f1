import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderLetterPdf } from '../letters/render-pdf.ts';
import { STATE_CONG_VAN } from '../letters/test-letters.ts';
import { runVerifyCommand } from './cli.ts';
import { signPdf } from './sign.ts';
import { makeDemoPki, SIGNER_PASSPHRASE } from './test-support.ts';

let dir: string;
const paths = { signed: '', changed: '', unsigned: '', text: '', ca: '' };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tct-verify-'));
  const pki = makeDemoPki();
  const { pdf } = await renderLetterPdf(STATE_CONG_VAN, { today: '2026-03-01' });
  const signed = await signPdf(pdf, {
    p12: pki.signerP12,
    passphrase: SIGNER_PASSPHRASE,
    signingTime: new Date('2026-01-05T03:00:00Z'),
  });
  const changed = Buffer.from(signed);
  changed[300] = (changed[300] ?? 0) ^ 0x20;
  for (const [key, data] of [
    ['signed', signed],
    ['changed', changed],
    ['unsigned', pdf],
    ['text', Buffer.from('Không phải PDF')],
    ['ca', Buffer.from(pki.caPem)],
  ] as const) {
    paths[key] = join(dir, `${key}.${key === 'ca' ? 'pem' : 'pdf'}`);
    await writeFile(paths[key], data);
  }
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function verify(args: string[], env: NodeJS.ProcessEnv = {}) {
  let out = '';
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    const code = await runVerifyCommand(args, env);
    return { code, json: out ? JSON.parse(out) : null };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
}

describe('tct verify', () => {
  it('exits 0 for a valid signature and prints the report as JSON', async () => {
    const { code, json } = await verify([paths.signed, '--trust', paths.ca]);
    expect(code).toBe(0);
    expect(json).toMatchObject({ signatureCount: 1, valid: true, trusted: true, trustAnchors: 1 });
    expect(json.signatures[0]).toMatchObject({ status: 'valid', signerName: 'Nguyễn Thị Hằng' });
  });

  it('exits 1 when a byte changed, when there is no signature, and when trust is required but missing', async () => {
    expect((await verify([paths.changed, '--trust', paths.ca])).code).toBe(1);
    expect((await verify([paths.unsigned])).code).toBe(1);
    expect((await verify([paths.signed])).code).toBe(0);
    expect((await verify([paths.signed, '--require-trust'])).code).toBe(1);
    expect((await verify([paths.signed, '--require-trust'], { TCT_TRUST_ANCHORS: paths.ca })).code).toBe(0);
  });

  it('exits 2 for a missing file, a file that is not a PDF, or bad usage', async () => {
    expect((await verify([join(dir, 'missing.pdf')])).code).toBe(2);
    expect((await verify([paths.text])).code).toBe(2);
    expect((await verify([])).code).toBe(2);
    expect((await verify([paths.signed, '--bogus'])).code).toBe(2);
  });
});
