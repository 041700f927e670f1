/**
 * `tct verify FILE.pdf [--trust ANCHORS.pem]… [--require-trust]`: the signatures of a PDF as JSON on
 * stdout (verify.ts), a one-line Vietnamese summary on stderr. Trust anchors come from --trust and from
 * TCT_TRUST_ANCHORS (PEM files separated by ":"). Exit codes: 0 every signature valid, 1 a signature is
 * invalid, the document changed after signing, there is no signature, or (with --require-trust) a chain
 * does not reach an anchor; 2 the file cannot be read or is not a PDF, or bad usage.
 */
import { readFile } from 'node:fs/promises';
import { delimiter } from 'node:path';
import { loadTrustAnchors } from './trust.ts';
import { verifyPdfSignatures } from './verify.ts';

const USAGE = 'Cách dùng: tct verify TỆP.pdf [--trust CHỨNG_THƯ_GỐC.pem]… [--require-trust]';

function parseArgs(args: string[]): { file: string; trust: string[]; requireTrust: boolean } | null {
  const trust: string[] = [];
  const files: string[] = [];
  let requireTrust = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--trust') {
      const path = args[++i];
      if (!path) return null;
      trust.push(path);
    } else if (arg.startsWith('--trust=')) trust.push(arg.slice('--trust='.length));
    else if (arg === '--require-trust') requireTrust = true;
    else if (arg.startsWith('--')) return null;
    else files.push(arg);
  }
  const file = files[0];
  return files.length === 1 && file ? { file, trust, requireTrust } : null;
}

export async function runVerifyCommand(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const parsed = parseArgs(args);
  if (!parsed) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const anchorPaths = [...(env.TCT_TRUST_ANCHORS ?? '').split(delimiter).filter(Boolean), ...parsed.trust];
  let anchors: ReturnType<typeof loadTrustAnchors>;
  try {
    anchors = loadTrustAnchors(anchorPaths);
  } catch (error) {
    process.stderr.write(`Không đọc được chứng thư gốc tin cậy: ${(error as Error).message}\n`);
    return 2;
  }
  let pdf: Buffer;
  try {
    pdf = await readFile(parsed.file);
  } catch (error) {
    process.stderr.write(
      `Không đọc được tệp ${parsed.file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`,
    );
    return 2;
  }
  if (pdf.subarray(0, 1024).indexOf('%PDF-') < 0) {
    process.stderr.write(`Tệp ${parsed.file} không phải PDF.\n`);
    return 2;
  }
  const report = verifyPdfSignatures(pdf, { trustAnchors: anchors });
  process.stdout.write(`${JSON.stringify({ file: parsed.file, trustAnchors: anchors.length, ...report }, null, 2)}\n`);
  process.stderr.write(`${report.summary}\n`);
  if (!report.valid) return 1;
  return parsed.requireTrust && !report.trusted ? 1 : 0;
}
