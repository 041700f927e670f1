/** `tct contest similarity` on .txt, .docx and .pdf files the test writes itself. */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxFromBody, pdfWithText } from './similarity/readers/test-files.ts';
import { bruteForcePairs } from './similarity/test-support.ts';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'tct-contest-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function tct(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('node', ['bin/tct.js', 'contest', 'similarity', ...args], {
      cwd: process.cwd(),
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const PASSAGE =
  'Bảo vệ nền tảng tư tưởng của Đảng là nhiệm vụ hàng đầu, thường xuyên của cả hệ thống chính trị và toàn dân.'.split(
    ' ',
  );
const OTHER = 'Trường chính trị tỉnh tổ chức cuộc thi cấp cơ sở cho cán bộ giảng viên và học viên'.split(' ');
const UNRELATED = 'Hôm nay trời nắng đẹp chúng tôi đi thăm quê hương miền Tây sông nước'.split(' ');

const files: Record<string, { path: string; plain: string }> = {};

beforeAll(async () => {
  const put = (name: string, data: string | Buffer, plain: string) => {
    const path = join(dir, name);
    writeFileSync(path, data);
    files[name] = { path, plain };
  };
  put(
    'a.txt',
    `${PASSAGE.join(' ')}\n${OTHER.slice(0, 10).join(' ')}\n`,
    `${PASSAGE.join(' ')} ${OTHER.slice(0, 10).join(' ')}`,
  );
  // The passage again, in Word: words split over runs, separated by tabs and line breaks, not spaces.
  const run = (t: string) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`;
  const first = [
    run('Bảo vệ nền'),
    '<w:r><w:tab/></w:r>',
    run('tả'),
    run('ng'), // "tảng" in two runs
    '<w:r><w:br/></w:r>',
    run(PASSAGE.slice(4, 12).join(' ')),
    '<w:r><w:tab/></w:r>',
    run(PASSAGE.slice(12).join(' ')),
  ].join('');
  const body = `<w:p>${first}</w:p><w:p>${run(OTHER.slice(5).join(' '))}</w:p>`;
  put('b.docx', await docxFromBody(body), `${PASSAGE.join(' ')} ${OTHER.slice(5).join(' ')}`);
  put(
    'c.pdf',
    pdfWithText([PASSAGE.slice(0, 10).join(' '), UNRELATED.slice(0, 8).join(' ')]),
    `${PASSAGE.slice(0, 10).join(' ')} ${UNRELATED.slice(0, 8).join(' ')}`,
  );
  put('d.txt', UNRELATED.join(' '), UNRELATED.join(' '));
  put('hong.docx', 'không phải docx', '');
});

/** What the CLI must print, from the brute-force definition over the plain texts. */
function expectedLines(names: string[], min: number): string[] {
  const pairs = bruteForcePairs(
    names.map((n) => files[n]!.plain),
    min,
  );
  pairs.sort((x, y) => Math.max(y.aInB, y.bInA) - Math.max(x.aInB, x.bInA) || y.shared - x.shared);
  return pairs.map((p) =>
    JSON.stringify({
      a: files[names[p.a]!]!.path,
      b: files[names[p.b]!]!.path,
      aInB: p.aInB,
      bInA: p.bInA,
      shared: p.shared,
    }),
  );
}

describe('tct contest similarity', () => {
  it('prints one JSON line per pair at or above --min, sorted by the larger containment', async () => {
    const names = ['a.txt', 'b.docx', 'c.pdf', 'd.txt'];
    const result = await tct(...names.map((n) => files[n]!.path));
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toEqual(expectedLines(names, 0.05));
    // The Word file's tabs, breaks and split runs read as the same words as the text file: the passage's 20
    // shingles plus one from the shared tail. Dropping tabs and breaks ("nềntảng", "tảngtư") would give 14.
    expect(JSON.parse(lines[0]!)).toMatchObject({ a: files['a.txt']!.path, b: files['b.docx']!.path, shared: 21 });
    const raw = `${PASSAGE.slice(0, 3).join(' ')}tảng${PASSAGE.slice(4, 12).join(' ')}${PASSAGE.slice(12).join(' ')}`;
    expect(bruteForcePairs([files['a.txt']!.plain, `${raw} ${OTHER.slice(5).join(' ')}`], 0)[0]!.shared).toBeLessThan(
      21,
    );
    expect(lines).toHaveLength(4); // a–b, a–c, b–c share the passage; c–d the unrelated sentence
    expect(Object.keys(JSON.parse(lines[0]!))).toEqual(['a', 'b', 'aInB', 'bInA', 'shared']);
  });

  it('honours --min (0 lists every pair, even with nothing shared)', async () => {
    const names = ['a.txt', 'c.pdf', 'd.txt'];
    const all = await tct('--min', '0', ...names.map((n) => files[n]!.path));
    expect(all.stdout.trimEnd().split('\n')).toEqual(expectedLines(names, 0));
    expect(all.stdout.trimEnd().split('\n')).toHaveLength(3);
    const strict = await tct(...names.map((n) => files[n]!.path), '--min=0.9');
    expect(strict).toMatchObject({ code: 0, stdout: '' });
  });

  it('reports each unreadable file in Vietnamese, still compares the rest, and exits 1', async () => {
    const missing = join(dir, 'khong-co.pdf');
    const result = await tct(files['a.txt']!.path, files['hong.docx']!.path, files['b.docx']!.path, missing);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`Không đọc được tệp ${files['hong.docx']!.path}: tệp .docx hỏng`);
    expect(result.stderr).toContain(`Không đọc được tệp ${missing}: không tồn tại`);
    expect(result.stdout.trimEnd().split('\n')).toEqual(expectedLines(['a.txt', 'b.docx'], 0.05));
  });

  it('refuses bad usage with exit code 2', async () => {
    expect((await tct()).code).toBe(2);
    expect(await tct('--min', 'nhiều', files['a.txt']!.path)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--min'),
    });
    expect((await tct('--max', '1', files['a.txt']!.path)).code).toBe(2);
  });
});
