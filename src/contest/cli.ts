/**
 * `tct contest similarity FILE... [--min 0.05]`: the overlap engine for the organising secretariat.
 * stdout: JSON Lines, one line per unordered pair of files whose larger containment is ≥ --min,
 * `{"a": PATH, "b": PATH, "aInB": FLOAT, "bInA": FLOAT, "shared": INT}` (a before b on the command line),
 * sorted by the larger containment, descending. stderr: one Vietnamese line per unreadable file.
 * Exit codes: 0 every file read, 1 some file unreadable (the others are still compared), 2 bad usage.
 */
import { availableParallelism } from 'node:os';
import { type Fingerprint, fingerprintText, Vocabulary } from './similarity/fingerprint.ts';
import { findSimilarPairs } from './similarity/pairs.ts';
import { readEntryFile, UnreadableFileError } from './similarity/readers/read-text.ts';

const USAGE = 'Cách dùng: tct contest similarity TỆP... [--min 0.05]   (tệp .txt UTF-8, .docx, .pdf có lớp chữ)';
const DEFAULT_MIN = 0.05;

export async function runContestCommand(args: string[]): Promise<number> {
  const [subcommand, ...rest] = args;
  if (subcommand === 'similarity') return runSimilarity(rest);
  process.stderr.write(`${USAGE}\n`);
  return 2;
}

function parseSimilarityArgs(args: string[]): { files: string[]; min: number } | string {
  const files: string[] = [];
  let min = DEFAULT_MIN;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    let value: string | undefined;
    if (arg === '--min') value = args[++i];
    else if (arg.startsWith('--min=')) value = arg.slice('--min='.length);
    else if (arg === '--') {
      files.push(...args.slice(i + 1));
      break;
    } else if (arg.startsWith('--')) return `Tùy chọn không hợp lệ: ${arg}`;
    else {
      files.push(arg);
      continue;
    }
    const parsed = value === undefined || value.trim() === '' ? Number.NaN : Number(value);
    if (!Number.isFinite(parsed) || parsed < 0 || parsed > 1)
      return `Giá trị --min phải là một số từ 0 đến 1 (nhận được "${value ?? ''}")`;
    min = parsed;
  }
  if (files.length === 0) return 'Cần ít nhất một tệp';
  return { files, min };
}

async function runSimilarity(args: string[]): Promise<number> {
  const parsed = parseSimilarityArgs(args);
  if (typeof parsed === 'string') {
    process.stderr.write(`${parsed}\n${USAGE}\n`);
    return 2;
  }
  const texts = await readAll(parsed.files);
  const vocabulary = new Vocabulary();
  const readable: { path: string; fingerprint: Fingerprint }[] = [];
  let failures = 0;
  texts.forEach((result, i) => {
    if (typeof result === 'string') {
      readable.push({ path: parsed.files[i]!, fingerprint: fingerprintText(result, vocabulary) });
    } else {
      failures++;
      process.stderr.write(`${result.message}\n`);
    }
  });
  const pairs = findSimilarPairs(
    readable.map((r) => r.fingerprint),
    parsed.min,
  );
  const lines = pairs.map((p) =>
    JSON.stringify({ a: readable[p.a]!.path, b: readable[p.b]!.path, aInB: p.aInB, bInA: p.bInA, shared: p.shared }),
  );
  if (lines.length > 0) await writeOut(`${lines.join('\n')}\n`);
  return failures > 0 ? 1 : 0;
}

/** Reads the files a few at a time (PDFs run pdftotext); results keep the command line's order. */
async function readAll(files: string[]): Promise<(string | Error)[]> {
  const results: (string | Error)[] = new Array(files.length);
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const i = next++;
      try {
        results[i] = await readEntryFile(files[i]!);
      } catch (error) {
        results[i] =
          error instanceof UnreadableFileError
            ? error
            : new Error(`Không đọc được tệp ${files[i]}: ${(error as Error).message}`);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(files.length, Math.max(2, availableParallelism())) }, worker));
  return results;
}

function writeOut(text: string): Promise<void> {
  return new Promise((resolve, reject) => process.stdout.write(text, (error) => (error ? reject(error) : resolve())));
}
