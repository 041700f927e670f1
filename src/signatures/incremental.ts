/**
 * Incremental update (ISO 32000-1 §7.5.6): new and changed objects appended after the original bytes,
 * with a cross-reference section pointing back (/Prev) to the previous one. The original bytes are
 * never touched, which is what keeps earlier signatures valid. The new section has the same kind as the
 * previous one (table after a table, stream after a stream), as readers expect.
 */
import { randomBytes } from 'node:crypto';
import type { PdfFile } from './pdf-file.ts';
import { PdfDict, PdfName, type PdfObj, PdfRef, PdfStream, PdfString, serialize } from './pdf-objects.ts';

export interface ObjectUpdate {
  num: number;
  gen: number;
  /** Serialized object body (what goes between "obj" and "endobj"). */
  body: string;
}

export function objectUpdate(num: number, value: PdfObj, gen = 0): ObjectUpdate {
  return { num, gen, body: serialize(value) };
}

function trailerEntries(file: PdfFile, size: number, prev: number): PdfDict {
  const trailer = new PdfDict();
  trailer.set('Size', size);
  for (const key of ['Root', 'Info'] as const) {
    const value = file.trailer.get(key);
    if (value instanceof PdfRef) trailer.set(key, value);
  }
  // The first ID stays (it identifies the document); the second changes with each revision.
  const id = file.trailer.get('ID');
  const first = Array.isArray(id) && id[0] instanceof PdfString ? id[0] : new PdfString(randomBytes(16), true);
  trailer.set('ID', [first, new PdfString(randomBytes(16), true)]);
  trailer.set('Prev', prev);
  return trailer;
}

function subsections(nums: number[]): [number, number[]][] {
  const sorted = [...nums].sort((a, b) => a - b);
  const groups: [number, number[]][] = [];
  for (const n of sorted) {
    const last = groups[groups.length - 1];
    if (last && last[0] + last[1].length === n) last[1].push(n);
    else groups.push([n, [n]]);
  }
  return groups;
}

/** The original bytes followed by the update. `size` is the new /Size (highest object number + 1). */
export function appendUpdate(file: PdfFile, updates: ObjectUpdate[], size: number): Buffer {
  const original = file.buf;
  const previous = file.sections[0];
  if (!previous) throw new Error('no previous cross-reference section');
  const parts: string[] = [];
  let length = original.length;
  const push = (text: string) => {
    parts.push(text);
    length += Buffer.byteLength(text, 'latin1');
  };
  const last = original[original.length - 1];
  if (last !== 0x0a && last !== 0x0d) push('\n');

  const offsets = new Map<number, { offset: number; gen: number }>();
  for (const u of updates) {
    offsets.set(u.num, { offset: length, gen: u.gen });
    push(`${u.num} ${u.gen} obj\n${u.body}\nendobj\n`);
  }

  if (previous.kind === 'table') {
    const xrefAt = length;
    let table = 'xref\n';
    for (const [first, nums] of subsections([...offsets.keys()])) {
      table += `${first} ${nums.length}\n`;
      for (const n of nums) {
        const o = offsets.get(n) ?? { offset: 0, gen: 0 };
        table += `${String(o.offset).padStart(10, '0')} ${String(o.gen).padStart(5, '0')} n\r\n`;
      }
    }
    push(table);
    push(`trailer\n${serialize(trailerEntries(file, size, previous.offset))}\nstartxref\n${xrefAt}\n%%EOF\n`);
  } else {
    // A cross-reference stream is itself an object and lists itself.
    const xrefNum = size;
    const xrefAt = length;
    offsets.set(xrefNum, { offset: xrefAt, gen: 0 });
    const groups = subsections([...offsets.keys()]);
    const rows: Buffer[] = [];
    for (const [, nums] of groups) {
      for (const n of nums) {
        const o = offsets.get(n) ?? { offset: 0, gen: 0 };
        const row = Buffer.alloc(7);
        row.writeUInt8(1, 0);
        row.writeUInt32BE(o.offset, 1);
        row.writeUInt16BE(o.gen, 5);
        rows.push(row);
      }
    }
    const trailer = trailerEntries(file, size + 1, previous.offset);
    const stream = new PdfStream(
      new PdfDict(
        new Map<string, PdfObj>([
          ['Type', new PdfName('XRef')],
          ...trailer.map,
          ['W', [1, 4, 2]],
          ['Index', groups.flatMap(([first, nums]) => [first, nums.length])],
        ]),
      ),
      Buffer.concat(rows),
    );
    push(`${xrefNum} 0 obj\n${serialize(stream)}\nendobj\nstartxref\n${xrefAt}\n%%EOF\n`);
  }
  return Buffer.concat([original, Buffer.from(parts.join(''), 'latin1')]);
}
