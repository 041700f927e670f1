/**
 * `npm run bench -- extract [--no-image] [--pdf] [--seconds=N] [--root=DIR]`: field accuracy against the letters
 * of DIR (default test/fixtures/documents; the unseen sets are test/fixtures/unseen/gen/dev and …/holdout) from
 * the typed text (clean.txt), the OCR text (ocr.txt), text-level damage models (synth.txt, unseen sets only),
 * the page image (OCR run now, pages in parallel) and, with --pdf, a scanned PDF of the page (page.pdf, e.g.
 * made by `img2pdf page.jpg -o page.pdf` in a scratch copy), read by extractFromFile as the app reads an upload;
 * then text-extraction speed on one core over the OCR texts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { type ExtractOptions, extractFromText } from '../src/intake/extract/index.ts';
import { readImage } from '../src/intake/image-read.ts';
import { extractFromFile } from '../src/intake/ocr.ts';
import { mapParallel } from '../src/intake/process.ts';
import { scorePredictions, type ScoreReport } from '../src/intake/score.ts';

let ROOT = join(import.meta.dirname, '..', 'test', 'fixtures', 'documents');

function docsWith(file: string): string[] {
  return readdirSync(ROOT)
    .filter((d) => existsSync(join(ROOT, d, 'truth.json')) && existsSync(join(ROOT, d, file)))
    .sort();
}

function scoreTexts(
  docs: string[],
  file: string,
  texts: string[],
  opts?: (doc: string) => ExtractOptions,
): ScoreReport {
  const preds = docs.map((d, i) => ({ file: join(ROOT, d, file), ...extractFromText(texts[i] ?? '', opts?.(d)) }));
  return scorePredictions(ROOT, preds as unknown as Record<string, unknown>[], docs);
}

function flagValue(flags: string[], name: string): string | undefined {
  const hit = flags.find((f) => f.startsWith(`${name}=`));
  return hit?.slice(name.length + 1);
}

export async function run(flags: string[]): Promise<void> {
  const root = flagValue(flags, '--root');
  if (root) ROOT = resolve(root);
  const reports: Array<[string, ScoreReport]> = [];
  const cleanDocs = docsWith('clean.txt');
  reports.push([
    'clean',
    scoreTexts(
      cleanDocs,
      'clean.txt',
      cleanDocs.map((d) => readFileSync(join(ROOT, d, 'clean.txt'), 'utf8')),
    ),
  ]);
  const ocrDocs = docsWith('ocr.txt');
  const ocrTexts = ocrDocs.map((d) => readFileSync(join(ROOT, d, 'ocr.txt'), 'utf8'));
  reports.push(['ocr', scoreTexts(ocrDocs, 'ocr.txt', ocrTexts)]);
  // As the app reads it (src/modules/documents/intake-hints.ts): the registering school is passed as the
  // stamp's expected receiver. A letter's stamp is its registering school's, so the school is the letter's
  // stamped receiver; a letter without a stamp gets some school (the hint is used only when a stamp is read).
  const school = (d: string): ExtractOptions => {
    const truth = JSON.parse(readFileSync(join(ROOT, d, 'truth.json'), 'utf8')) as {
      incoming?: { receiver?: string | null } | null;
    };
    return { expectedReceiver: truth.incoming?.receiver ?? 'Trường Chính trị tỉnh Thái Nguyên' };
  };
  reports.push(['ocr+school', scoreTexts(ocrDocs, 'ocr.txt', ocrTexts, school)]);
  const synthDocs = docsWith('synth.txt');
  if (synthDocs.length > 0) {
    const texts = synthDocs.map((d) => readFileSync(join(ROOT, d, 'synth.txt'), 'utf8'));
    reports.push(['synth', scoreTexts(synthDocs, 'synth.txt', texts)]);
  }
  const imageDocs = docsWith('page.jpg');
  if (!flags.includes('--no-image') && imageDocs.length > 0) {
    const started = performance.now();
    // As the app reads an image (src/intake/ocr.ts): with the second reading when the first misses a core field.
    const readings = await mapParallel(imageDocs, availableParallelism(), (d) => readImage(join(ROOT, d, 'page.jpg')));
    const texts = readings.map((r) => r.text);
    const seconds = (performance.now() - started) / 1000;
    process.stdout.write(
      `OCR ${imageDocs.length} trang ảnh (${readings.filter((r) => r.readings > 1).length} đọc lại) trong ${seconds.toFixed(1)} s (${availableParallelism()} tiến trình song song)\n`,
    );
    reports.push(['image', scoreTexts(imageDocs, 'page.jpg', texts)]);
  }
  const pdfDocs = docsWith('page.pdf');
  if (flags.includes('--pdf') && pdfDocs.length > 0) {
    const started = performance.now();
    // One letter per core, its pages one at a time: the same number of tesseract processes as the image column.
    const files = pdfDocs.map((d) => join(ROOT, d, 'page.pdf'));
    const preds = await mapParallel(files, availableParallelism(), (f) => extractFromFile(f, { parallelism: 1 }));
    const seconds = (performance.now() - started) / 1000;
    const again = preds.filter((p) => (p.source.readings ?? 1) > 1).length;
    process.stdout.write(`OCR ${pdfDocs.length} tệp PDF (${again} đọc lại) trong ${seconds.toFixed(1)} s\n`);
    const scored = preds.map((p, i) => ({ ...p, file: files[i] }));
    reports.push(['pdf', scorePredictions(ROOT, scored as unknown as Record<string, unknown>[], pdfDocs)]);
  }

  const fields = Object.keys(reports[0]?.[1].fields ?? {});
  const width = (n: string, r: ScoreReport) => Math.max(13, `${n} (${r.documents})`.length + 2);
  const header = `${'trường'.padEnd(20)}${reports.map(([n, r]) => `${n} (${r.documents})`.padStart(width(n, r))).join('')}`;
  const rows = fields.map(
    (f) => `${f.padEnd(20)}${reports.map(([n, r]) => (r.fields[f] ?? 0).toFixed(3).padStart(width(n, r))).join('')}`,
  );
  const mean = `${'TRUNG BÌNH'.padEnd(20)}${reports.map(([n, r]) => r.mean.toFixed(3).padStart(width(n, r))).join('')}`;
  process.stdout.write(`${header}\n${rows.join('\n')}\n${'-'.repeat(header.length)}\n${mean}\n`);

  // Speed: text extraction only, one core, repeated over the OCR texts.
  const seconds = Number(flagValue(flags, '--seconds') ?? 3);
  for (let i = 0; i < 20; i++) for (const t of ocrTexts) extractFromText(t);
  let n = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < seconds * 1000) {
    for (const t of ocrTexts) extractFromText(t);
    n += ocrTexts.length;
  }
  const rate = n / ((performance.now() - t0) / 1000);
  process.stdout.write(`BENCH extract.docs_per_s ${rate.toFixed(0)} docs/s\n`);
  for (const [name, r] of reports)
    process.stdout.write(`BENCH extract.accuracy_${name.replace(/\W/g, '_')} ${r.mean.toFixed(3)}\n`);
}
