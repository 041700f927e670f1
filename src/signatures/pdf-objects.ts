/**
 * PDF objects (ISO 32000-1 §7.3): a small parser and serializer, enough to read the structure of a PDF,
 * rewrite a catalog, page or form dictionary in an incremental update and read signature dictionaries.
 * Input is hostile: every read is bounds-checked, nesting is limited, and a malformed object throws
 * PdfSyntaxError rather than looping.
 */

export class PdfName {
  constructor(readonly name: string) {}
}
/** Bytes of a string object; `hex` remembers how it was written (signature /Contents are hex). */
export class PdfString {
  constructor(
    readonly bytes: Buffer,
    readonly hex = false,
  ) {}
}
export class PdfRef {
  constructor(
    readonly num: number,
    readonly gen: number,
  ) {}
  toString(): string {
    return `${this.num} ${this.gen} R`;
  }
}
export class PdfDict {
  constructor(readonly map: Map<string, PdfObj> = new Map()) {}
  get(key: string): PdfObj | undefined {
    return this.map.get(key);
  }
  set(key: string, value: PdfObj): this {
    this.map.set(key, value);
    return this;
  }
}
export class PdfStream {
  constructor(
    readonly dict: PdfDict,
    readonly raw: Buffer,
  ) {}
}
export type PdfObj = null | boolean | number | PdfName | PdfString | PdfRef | PdfObj[] | PdfDict | PdfStream;

export class PdfSyntaxError extends Error {}

const WHITESPACE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIMITERS = new Set([0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]);
const MAX_DEPTH = 64;

export function isWhitespace(byte: number | undefined): boolean {
  return byte !== undefined && WHITESPACE.has(byte);
}

/** Reads objects from `buf` starting at `pos`; `pos` advances past what was read. */
export class PdfLexer {
  pos: number;
  constructor(
    readonly buf: Buffer,
    pos = 0,
    /** Resolves an indirect /Length of a stream; returns undefined when it cannot. */
    readonly resolveLength?: (ref: PdfRef) => number | undefined,
  ) {
    this.pos = pos;
  }

  private peek(offset = 0): number | undefined {
    return this.buf[this.pos + offset];
  }

  skipSpace(): void {
    while (this.pos < this.buf.length) {
      const c = this.buf[this.pos];
      if (c === 0x25) {
        while (this.pos < this.buf.length && this.buf[this.pos] !== 0x0a && this.buf[this.pos] !== 0x0d) this.pos++;
      } else if (isWhitespace(c)) this.pos++;
      else break;
    }
  }

  /** A bare keyword or number token (no delimiters). */
  token(): string {
    this.skipSpace();
    const start = this.pos;
    while (this.pos < this.buf.length) {
      const c = this.buf[this.pos] as number;
      if (WHITESPACE.has(c) || DELIMITERS.has(c)) break;
      this.pos++;
    }
    return this.buf.toString('latin1', start, this.pos);
  }

  expectKeyword(word: string): void {
    const found = this.token();
    if (found !== word) throw new PdfSyntaxError(`expected "${word}" at ${this.pos}, found "${found.slice(0, 20)}"`);
  }

  value(depth = 0): PdfObj {
    if (depth > MAX_DEPTH) throw new PdfSyntaxError('objects nested too deeply');
    this.skipSpace();
    const c = this.peek();
    if (c === undefined) throw new PdfSyntaxError('unexpected end of file');
    if (c === 0x5b) {
      this.pos++;
      const items: PdfObj[] = [];
      for (;;) {
        this.skipSpace();
        if (this.peek() === 0x5d) {
          this.pos++;
          return items;
        }
        if (this.pos >= this.buf.length) throw new PdfSyntaxError('unterminated array');
        items.push(this.value(depth + 1));
      }
    }
    if (c === 0x3c && this.peek(1) === 0x3c) {
      this.pos += 2;
      const dict = new PdfDict();
      for (;;) {
        this.skipSpace();
        if (this.peek() === 0x3e && this.peek(1) === 0x3e) {
          this.pos += 2;
          return dict;
        }
        const key = this.value(depth + 1);
        if (!(key instanceof PdfName)) throw new PdfSyntaxError(`dictionary key expected at ${this.pos}`);
        dict.set(key.name, this.value(depth + 1));
      }
    }
    if (c === 0x3c) return this.hexString();
    if (c === 0x28) return this.literalString();
    if (c === 0x2f) return this.name();
    const word = this.token();
    if (word === '') throw new PdfSyntaxError(`unexpected byte 0x${c.toString(16)} at ${this.pos}`);
    if (word === 'true') return true;
    if (word === 'false') return false;
    if (word === 'null') return null;
    if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word)) throw new PdfSyntaxError(`unexpected "${word.slice(0, 20)}"`);
    const number = Number(word);
    if (/^\d+$/.test(word)) {
      // "12 0 R" is a reference: look ahead without consuming when it is not.
      const save = this.pos;
      const gen = this.token();
      if (/^\d+$/.test(gen) && this.token() === 'R') return new PdfRef(number, Number(gen));
      this.pos = save;
    }
    return number;
  }

  private name(): PdfName {
    this.pos++; // "/"
    const start = this.pos;
    while (this.pos < this.buf.length) {
      const c = this.buf[this.pos] as number;
      if (WHITESPACE.has(c) || DELIMITERS.has(c)) break;
      this.pos++;
    }
    const raw = this.buf.toString('latin1', start, this.pos);
    return new PdfName(
      raw.replace(/#([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16))),
    );
  }

  private hexString(): PdfString {
    const end = this.buf.indexOf(0x3e, this.pos);
    if (end < 0) throw new PdfSyntaxError('unterminated hex string');
    let hex = this.buf.toString('latin1', this.pos + 1, end).replace(/[^0-9a-fA-F]/g, '');
    if (hex.length % 2 === 1) hex += '0';
    this.pos = end + 1;
    return new PdfString(Buffer.from(hex, 'hex'), true);
  }

  private literalString(): PdfString {
    this.pos++; // "("
    const out: number[] = [];
    let depth = 1;
    while (this.pos < this.buf.length) {
      const c = this.buf[this.pos++] as number;
      if (c === 0x5c) {
        const e = this.buf[this.pos++];
        if (e === undefined) break;
        const simple: Record<number, number> = { 110: 10, 114: 13, 116: 9, 98: 8, 102: 12 };
        if (simple[e] !== undefined) out.push(simple[e]);
        else if (e >= 0x30 && e <= 0x37) {
          let octal = String.fromCharCode(e);
          for (let i = 0; i < 2 && (this.peek() ?? 0) >= 0x30 && (this.peek() ?? 0) <= 0x37; i++) {
            octal += String.fromCharCode(this.buf[this.pos++] as number);
          }
          out.push(Number.parseInt(octal, 8) & 0xff);
        } else if (e === 0x0d) {
          if (this.peek() === 0x0a) this.pos++;
        } else if (e !== 0x0a) out.push(e);
        continue;
      }
      if (c === 0x28) depth++;
      if (c === 0x29 && --depth === 0) return new PdfString(Buffer.from(out));
      out.push(c);
    }
    throw new PdfSyntaxError('unterminated string');
  }

  /** "12 0 obj … endobj" at the current position, with a stream body when there is one. */
  indirectObject(): { num: number; gen: number; value: PdfObj } {
    const num = Number(this.token());
    const gen = Number(this.token());
    if (!Number.isInteger(num) || !Number.isInteger(gen))
      throw new PdfSyntaxError(`object header expected at ${this.pos}`);
    this.expectKeyword('obj');
    let value = this.value();
    const save = this.pos;
    if (value instanceof PdfDict && this.token() === 'stream') value = this.streamBody(value);
    else this.pos = save;
    return { num, gen, value };
  }

  private streamBody(dict: PdfDict): PdfStream {
    if (this.buf[this.pos] === 0x0d) this.pos++;
    if (this.buf[this.pos] === 0x0a) this.pos++;
    const start = this.pos;
    const declared = dict.get('Length');
    let length =
      typeof declared === 'number' ? declared : declared instanceof PdfRef ? this.resolveLength?.(declared) : undefined;
    const fits =
      length !== undefined &&
      start + length <= this.buf.length &&
      this.buf
        .toString('latin1', start + length, Math.min(this.buf.length, start + length + 12))
        .trimStart()
        .startsWith('endstream');
    if (!fits) {
      const end = this.buf.indexOf('endstream', start, 'latin1');
      if (end < 0) throw new PdfSyntaxError('unterminated stream');
      length = end - start;
      while (length > 0 && isWhitespace(this.buf[start + length - 1]) && this.buf[start + length - 1] !== 0x20)
        length--;
    }
    this.pos = start + (length ?? 0);
    this.expectKeyword('endstream');
    return new PdfStream(dict, this.buf.subarray(start, start + (length ?? 0)));
  }
}

// ------------------------------------------------------------------ serializing

function serializeName(name: string): string {
  let out = '/';
  for (const ch of name) {
    const code = ch.charCodeAt(0);
    const plain = code > 0x20 && code < 0x7f && !DELIMITERS.has(code) && code !== 0x23;
    out += plain ? ch : `#${(code & 0xff).toString(16).padStart(2, '0')}`;
  }
  return out;
}

function serializeNumber(n: number): string {
  if (Number.isInteger(n)) return String(n);
  return n.toFixed(4).replace(/\.?0+$/, '');
}

/** PDF syntax of an object (latin1). Strings are written as hex, which needs no escaping. */
export function serialize(obj: PdfObj): string {
  if (obj === null) return 'null';
  if (typeof obj === 'boolean') return obj ? 'true' : 'false';
  if (typeof obj === 'number') return serializeNumber(obj);
  if (obj instanceof PdfName) return serializeName(obj.name);
  if (obj instanceof PdfString) return `<${obj.bytes.toString('hex').toUpperCase()}>`;
  if (obj instanceof PdfRef) return obj.toString();
  if (Array.isArray(obj)) return `[${obj.map(serialize).join(' ')}]`;
  if (obj instanceof PdfDict)
    return `<<${[...obj.map].map(([k, v]) => `${serializeName(k)} ${serialize(v)}`).join(' ')}>>`;
  const dict = new PdfDict(new Map(obj.dict.map)).set('Length', obj.raw.length);
  return `${serialize(dict)}\nstream\n${obj.raw.toString('latin1')}\nendstream`;
}

/** A text string as PDF wants it for non-ASCII text: UTF-16BE with a byte-order mark. */
export function textString(text: string): PdfString {
  const units = Buffer.from(text.normalize('NFC'), 'utf16le').swap16();
  return new PdfString(Buffer.concat([Buffer.from([0xfe, 0xff]), units]), true);
}

/** Reads a text string (UTF-16BE with BOM, UTF-8 with BOM, or PDFDocEncoding approximated as latin1). */
export function decodeTextString(value: PdfObj | undefined): string | null {
  if (!(value instanceof PdfString)) return null;
  const b = value.bytes;
  if (b[0] === 0xfe && b[1] === 0xff) {
    const units = Buffer.from(b.subarray(2, 2 + ((b.length - 2) & ~1)));
    return units.swap16().toString('utf16le');
  }
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return b.subarray(3).toString('utf8');
  return b.toString('latin1');
}

export const name = (n: string) => new PdfName(n);
