/**
 * Reading a rendered PDF back for tests: every text line with its position (points, origin top-left),
 * font size and bold/italic, from poppler's `pdftohtml -xml` (poppler-utils, as `pdftotext -bbox-layout`
 * but with the font of each line).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface PdfLine {
  /** 1-based. */
  page: number;
  top: number;
  left: number;
  width: number;
  height: number;
  text: string;
  size: number;
  bold: boolean;
  italic: boolean;
}

function decode(text: string): string {
  return text
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

async function withTempPdf<T>(pdf: Buffer, fn: (path: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'tct-letter-'));
  const path = join(dir, 'letter.pdf');
  try {
    await writeFile(path, pdf);
    return await fn(path);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function pdfLines(pdf: Buffer): Promise<PdfLine[]> {
  const { stdout } = await withTempPdf(pdf, (path) =>
    run('pdftohtml', ['-xml', '-i', '-stdout', '-q', '-zoom', '1', path], { maxBuffer: 20 * 1024 * 1024 }),
  );
  const sizes = new Map<string, number>();
  const lines: PdfLine[] = [];
  let page = 0;
  for (const raw of stdout.split('\n')) {
    const pageMatch = /<page number="(\d+)"/.exec(raw);
    if (pageMatch) page = Number(pageMatch[1]);
    const font = /<fontspec id="(\d+)" size="([\d.]+)"/.exec(raw);
    if (font) sizes.set(font[1] ?? '', Number(font[2]));
    const text =
      /<text top="(-?[\d.]+)" left="(-?[\d.]+)" width="([\d.]+)" height="([\d.]+)" font="(\d+)">(.*)<\/text>/.exec(raw);
    if (!text) continue;
    const inner = text[6] ?? '';
    lines.push({
      page,
      top: Number(text[1]),
      left: Number(text[2]),
      width: Number(text[3]),
      height: Number(text[4]),
      size: sizes.get(text[5] ?? '') ?? 0,
      bold: inner.includes('<b>'),
      italic: inner.includes('<i>'),
      text: decode(inner).trim(),
    });
  }
  return lines;
}

/** The first line whose text starts with `prefix` (throws with the lines seen when none does). */
export function lineStarting(lines: PdfLine[], prefix: string): PdfLine {
  const found = lines.find((l) => l.text.startsWith(prefix));
  if (!found) throw new Error(`No line starts with "${prefix}". Lines:\n${lines.map((l) => l.text).join('\n')}`);
  return found;
}

export function centre(line: PdfLine): number {
  return line.left + line.width / 2;
}

export async function pdfFonts(pdf: Buffer): Promise<string> {
  const { stdout } = await withTempPdf(pdf, (path) => run('pdffonts', [path]));
  return stdout;
}

export async function pdfPlainText(pdf: Buffer): Promise<string> {
  const { stdout } = await withTempPdf(pdf, (path) =>
    run('pdftotext', ['-layout', path, '-'], { maxBuffer: 20 * 1024 * 1024 }),
  );
  return stdout;
}

export async function pdfToPng(pdf: Buffer, outPrefix: string, resolution = 60): Promise<void> {
  await withTempPdf(pdf, (path) =>
    run('pdftoppm', ['-png', '-r', String(resolution), '-f', '1', '-l', '1', '-singlefile', path, outPrefix]),
  );
}
