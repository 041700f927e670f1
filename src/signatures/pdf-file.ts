/**
 * The structure of a PDF file: cross-reference sections (tables and streams, following /Prev through
 * every incremental update), the trailer, objects (also those packed in object streams) and pages.
 * Used to write an incremental update that adds a signature, and to compare revisions when verifying.
 */
import { inflateSync } from 'node:zlib';
import { PdfDict, PdfLexer, type PdfObj, PdfRef, PdfStream, PdfSyntaxError } from './pdf-objects.ts';

export type XrefEntry =
  | { kind: 'offset'; offset: number; gen: number }
  | { kind: 'packed'; stream: number; index: number }
  | { kind: 'free' };

export interface XrefSection {
  /** Where the section starts (the value of startxref / Prev). */
  offset: number;
  kind: 'table' | 'stream';
  trailer: PdfDict;
  entries: Map<number, XrefEntry>;
}

const MAX_SECTIONS = 10_000;
const MAX_DECODED = 64 * 1024 * 1024;

/** Decoded bytes of a stream (no filter, or FlateDecode with an optional PNG predictor). */
export function decodeStream(stream: PdfStream): Buffer {
  const filter = stream.dict.get('Filter');
  const filters = (Array.isArray(filter) ? filter : filter ? [filter] : []).map((f) => (f as { name?: string }).name);
  if (filters.length === 0) return stream.raw;
  if (filters.length > 1 || filters[0] !== 'FlateDecode')
    throw new PdfSyntaxError(`unsupported filter ${filters.join(',')}`);
  let data: Buffer = inflateSync(stream.raw, { maxOutputLength: MAX_DECODED });
  const parms = stream.dict.get('DecodeParms');
  const p = Array.isArray(parms) ? parms[0] : parms;
  if (p instanceof PdfDict) {
    const predictor = p.get('Predictor');
    if (typeof predictor === 'number' && predictor >= 10) data = undoPngPredictor(data, Number(p.get('Columns') ?? 1));
    else if (predictor === 2) throw new PdfSyntaxError('TIFF predictor not supported');
  }
  return data;
}

function undoPngPredictor(data: Buffer, columns: number): Buffer {
  const rowLength = columns + 1;
  const rows = Math.floor(data.length / rowLength);
  const out = Buffer.alloc(rows * columns);
  for (let r = 0; r < rows; r++) {
    const type = data[r * rowLength];
    for (let c = 0; c < columns; c++) {
      const raw = data[r * rowLength + 1 + c] ?? 0;
      const left = c > 0 ? (out[r * columns + c - 1] ?? 0) : 0;
      const up = r > 0 ? (out[(r - 1) * columns + c] ?? 0) : 0;
      const upLeft = r > 0 && c > 0 ? (out[(r - 1) * columns + c - 1] ?? 0) : 0;
      let value = raw;
      if (type === 1) value = raw + left;
      else if (type === 2) value = raw + up;
      else if (type === 3) value = raw + Math.floor((left + up) / 2);
      else if (type === 4) {
        const pa = Math.abs(up - upLeft);
        const pb = Math.abs(left - upLeft);
        const pc = Math.abs(left + up - 2 * upLeft);
        value = raw + (pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft);
      }
      out[r * columns + c] = value & 0xff;
    }
  }
  return out;
}

/** Offset given by the last "startxref" of the file (or of `buf` up to `end`). */
export function lastStartXref(buf: Buffer, end = buf.length): number {
  const at = buf.lastIndexOf('startxref', end, 'latin1');
  if (at < 0) throw new PdfSyntaxError('no startxref');
  const lexer = new PdfLexer(buf, at + 'startxref'.length);
  const value = Number(lexer.token());
  if (!Number.isInteger(value) || value < 0 || value >= buf.length) throw new PdfSyntaxError('bad startxref');
  return value;
}

function readTable(buf: Buffer, offset: number): XrefSection {
  const lexer = new PdfLexer(buf, offset);
  lexer.expectKeyword('xref');
  const entries = new Map<number, XrefEntry>();
  for (;;) {
    const save = lexer.pos;
    const first = lexer.token();
    if (first === 'trailer') break;
    const count = Number(lexer.token());
    if (!/^\d+$/.test(first) || !Number.isInteger(count)) {
      lexer.pos = save;
      throw new PdfSyntaxError(`bad xref subsection at ${save}`);
    }
    for (let i = 0; i < count; i++) {
      const off = Number(lexer.token());
      const gen = Number(lexer.token());
      const type = lexer.token();
      const num = Number(first) + i;
      if (!entries.has(num)) entries.set(num, type === 'n' ? { kind: 'offset', offset: off, gen } : { kind: 'free' });
    }
  }
  const trailer = lexer.value();
  if (!(trailer instanceof PdfDict)) throw new PdfSyntaxError('trailer is not a dictionary');
  return { offset, kind: 'table', trailer, entries };
}

function readStreamSection(buf: Buffer, offset: number): XrefSection {
  const { value } = new PdfLexer(buf, offset).indirectObject();
  if (!(value instanceof PdfStream) || (value.dict.get('Type') as { name?: string })?.name !== 'XRef') {
    throw new PdfSyntaxError(`no cross-reference at ${offset}`);
  }
  const w = value.dict.get('W');
  if (!Array.isArray(w) || w.length !== 3 || !w.every((n) => typeof n === 'number' && n >= 0 && n <= 8)) {
    throw new PdfSyntaxError('bad /W');
  }
  const widths = w as number[];
  const size = Number(value.dict.get('Size'));
  const index = (value.dict.get('Index') as number[] | undefined) ?? [0, size];
  const data = decodeStream(value);
  const rowLength = widths.reduce((a, b) => a + b, 0);
  const entries = new Map<number, XrefEntry>();
  let row = 0;
  const field = (at: number, width: number, fallback: number) => {
    if (width === 0) return fallback;
    let v = 0;
    for (let i = 0; i < width; i++) v = v * 256 + (data[at + i] ?? 0);
    return v;
  };
  for (let i = 0; i + 1 < index.length; i += 2) {
    const start = Number(index[i]);
    const count = Number(index[i + 1]);
    for (let k = 0; k < count && (row + 1) * rowLength <= data.length; k++, row++) {
      const at = row * rowLength;
      const type = field(at, widths[0] ?? 0, 1);
      const a = field(at + (widths[0] ?? 0), widths[1] ?? 0, 0);
      const b = field(at + (widths[0] ?? 0) + (widths[1] ?? 0), widths[2] ?? 0, 0);
      const entry: XrefEntry =
        type === 1
          ? { kind: 'offset', offset: a, gen: b }
          : type === 2
            ? { kind: 'packed', stream: a, index: b }
            : { kind: 'free' };
      entries.set(start + k, entry);
    }
  }
  return { offset, kind: 'stream', trailer: value.dict, entries };
}

/** Every cross-reference section, newest first, from the startxref before `end`. */
export function readXrefChain(buf: Buffer, end = buf.length): XrefSection[] {
  const sections: XrefSection[] = [];
  const seen = new Set<number>();
  let offset: number | undefined = lastStartXref(buf, end);
  while (offset !== undefined && !seen.has(offset) && sections.length < MAX_SECTIONS) {
    seen.add(offset);
    const probe: PdfLexer = new PdfLexer(buf, offset);
    probe.skipSpace();
    const section: XrefSection =
      buf.toString('latin1', probe.pos, probe.pos + 4) === 'xref'
        ? readTable(buf, probe.pos)
        : readStreamSection(buf, offset);
    sections.push(section);
    const hybrid = section.trailer.get('XRefStm');
    if (typeof hybrid === 'number' && !seen.has(hybrid)) {
      seen.add(hybrid);
      sections.push({ ...readStreamSection(buf, hybrid), trailer: section.trailer });
    }
    const prev: PdfObj | undefined = section.trailer.get('Prev');
    offset = typeof prev === 'number' ? prev : undefined;
  }
  return sections;
}

export class PdfFile {
  readonly sections: XrefSection[];
  readonly entries = new Map<number, XrefEntry>();
  readonly trailer: PdfDict;
  private readonly cache = new Map<number, PdfObj>();
  private readonly packed = new Map<number, Map<number, PdfObj>>();

  /** `end` reads the file as it was at an earlier revision (the bytes before `end`). */
  constructor(
    readonly buf: Buffer,
    end = buf.length,
  ) {
    this.sections = readXrefChain(buf, end);
    for (const section of this.sections) {
      for (const [num, entry] of section.entries) if (!this.entries.has(num)) this.entries.set(num, entry);
    }
    const first = this.sections[0];
    if (!first) throw new PdfSyntaxError('no cross-reference section');
    this.trailer = first.trailer;
  }

  get size(): number {
    const declared = Number(this.trailer.get('Size') ?? 0);
    return Math.max(declared, ...[...this.entries.keys()].map((n) => n + 1));
  }

  /** The object with number `num`, or null when it is free or missing. */
  get(num: number): PdfObj {
    if (this.cache.has(num)) return this.cache.get(num) ?? null;
    const entry = this.entries.get(num);
    let value: PdfObj = null;
    if (entry?.kind === 'offset') {
      const lexer = new PdfLexer(this.buf, entry.offset, (ref) => {
        const length = ref.num === num ? undefined : this.get(ref.num);
        return typeof length === 'number' ? length : undefined;
      });
      value = lexer.indirectObject().value;
    } else if (entry?.kind === 'packed') value = this.fromObjectStream(entry.stream, num);
    this.cache.set(num, value);
    return value;
  }

  private fromObjectStream(streamNum: number, num: number): PdfObj {
    let objects = this.packed.get(streamNum);
    if (!objects) {
      objects = new Map();
      this.packed.set(streamNum, objects);
      const stream = this.get(streamNum);
      if (!(stream instanceof PdfStream)) throw new PdfSyntaxError(`object stream ${streamNum} missing`);
      const data = decodeStream(stream);
      const count = Number(stream.dict.get('N') ?? 0);
      const first = Number(stream.dict.get('First') ?? 0);
      const header = new PdfLexer(data, 0);
      const pairs: [number, number][] = [];
      for (let i = 0; i < count; i++) pairs.push([Number(header.token()), Number(header.token())]);
      for (const [objNum, at] of pairs) {
        objects.set(objNum, new PdfLexer(data, first + at).value());
      }
    }
    return objects.get(num) ?? null;
  }

  resolve(value: PdfObj | undefined): PdfObj {
    let current: PdfObj | undefined = value;
    for (let i = 0; i < 32 && current instanceof PdfRef; i++) current = this.get(current.num);
    return current ?? null;
  }

  dict(value: PdfObj | undefined): PdfDict | null {
    const resolved = this.resolve(value);
    return resolved instanceof PdfDict ? resolved : resolved instanceof PdfStream ? resolved.dict : null;
  }

  catalogRef(): PdfRef {
    const root = this.trailer.get('Root');
    if (!(root instanceof PdfRef)) throw new PdfSyntaxError('no /Root');
    return root;
  }

  /** References of the page objects, in order. */
  pageRefs(): PdfRef[] {
    const pages: PdfRef[] = [];
    const seen = new Set<number>();
    const walk = (ref: PdfObj | undefined, depth: number) => {
      if (!(ref instanceof PdfRef) || seen.has(ref.num) || depth > 64) return;
      seen.add(ref.num);
      const node = this.dict(ref);
      if (!node) return;
      const type = (node.get('Type') as { name?: string } | undefined)?.name;
      if (type === 'Page' || (!type && !node.get('Kids'))) pages.push(ref);
      else for (const kid of (this.resolve(node.get('Kids')) as PdfObj[] | null) ?? []) walk(kid, depth + 1);
    };
    walk(this.dict(this.catalogRef())?.get('Pages'), 0);
    return pages;
  }
}
