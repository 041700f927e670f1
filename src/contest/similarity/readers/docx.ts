/**
 * The text of a .docx for overlap checking, as issue 14 defines it: the runs of a paragraph join with
 * nothing between them (Word splits a word into several runs when formatting or spell-checking changes
 * inside it), while paragraphs, tabs (<w:tab/>) and breaks (<w:br/>, <w:cr/>) separate words. Only the
 * main document part is read (word/document.xml, or where _rels/.rels points).
 *
 * The XML is treated as hostile: a DOCTYPE (hence any entity declaration) is refused, only the five
 * predefined entities and character references are decoded, tags must nest, and the part is capped in
 * size before it is inflated. Deleted text (<w:delText>), field codes (<w:instrText>) and the fallback copy
 * of alternate content (<mc:Fallback>, which repeats <mc:Choice>) are not text of the document.
 */
import { readZipEntry, ZipError } from './zip.ts';

export class DocxError extends Error {}

const MAX_PART_BYTES = 64 * 1024 * 1024;
const WORD_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);
const MARKUP_COMPATIBILITY = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const OFFICE_DOCUMENT_REL = /\/officeDocument$/;

export function readDocxText(file: Buffer): string {
  try {
    const part = mainDocumentPart(file);
    const xml = readZipEntry(file, part, MAX_PART_BYTES) ?? readZipEntry(file, 'word/document.xml', MAX_PART_BYTES);
    if (!xml) throw new DocxError('không có phần nội dung word/document.xml');
    return wordprocessingText(decodeUtf8(xml));
  } catch (error) {
    if (error instanceof ZipError) throw new DocxError(error.message);
    throw error;
  }
}

function mainDocumentPart(file: Buffer): string {
  const rels = readZipEntry(file, '_rels/.rels', 1024 * 1024);
  if (!rels) return 'word/document.xml';
  let target: string | null = null;
  scanXml(decodeUtf8(rels), {
    open(_ns, local, attributes) {
      if (local === 'Relationship' && OFFICE_DOCUMENT_REL.test(attributes.get('Type') ?? '') && target === null)
        target = attributes.get('Target') ?? null;
    },
  });
  return target ? (target as string).replace(/^\//, '') : 'word/document.xml';
}

function decodeUtf8(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DocxError('nội dung XML không phải UTF-8');
  }
}

/** The text of a WordprocessingML part with the separators described above. */
export function wordprocessingText(xml: string): string {
  const out: string[] = [];
  let inText = 0;
  let skipped = 0;
  scanXml(xml, {
    open(ns, local, attributes, selfClosing) {
      if (ns === MARKUP_COMPATIBILITY && local === 'Fallback' && !selfClosing) skipped++;
      if (skipped > 0 || ns === null || !WORD_NAMESPACES.has(ns)) return;
      if (local === 't' && !selfClosing) inText++;
      else if (local === 'p' || local === 'br' || local === 'cr') out.push('\n');
      else if (local === 'tab' || local === 'ptab') out.push('\t');
      else if (local === 'noBreakHyphen') out.push('\u2011');
      else if (local === 'sym') out.push(symbolChar(attributes));
    },
    close(ns, local) {
      if (ns === MARKUP_COMPATIBILITY && local === 'Fallback') skipped--;
      if (skipped > 0 || ns === null || !WORD_NAMESPACES.has(ns)) return;
      if (local === 't') inText--;
      else if (local === 'p') out.push('\n');
    },
    text(value) {
      if (inText > 0 && skipped === 0) out.push(value);
    },
  });
  return out.join('');
}

function symbolChar(attributes: Map<string, string>): string {
  for (const [name, value] of attributes) {
    if (name === 'char' || name.endsWith(':char')) {
      const code = Number.parseInt(value, 16);
      if (Number.isInteger(code) && code > 0 && code <= 0x10ffff) return String.fromCodePoint(code);
    }
  }
  return ' ';
}

interface XmlHandler {
  open?(ns: string | null, local: string, attributes: Map<string, string>, selfClosing: boolean): void;
  close?(ns: string | null, local: string): void;
  text?(value: string): void;
}

const START_TAG = /<([^\s/>!?=<"']+)((?:\s+[^\s/>=<"']+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/y;
const END_TAG = /<\/([^\s/>!?=<"']+)\s*>/y;
const ATTRIBUTE = /([^\s/>=<"']+)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/g;

/**
 * A small non-validating XML scanner: start/end tags with namespace resolution, character data and CDATA.
 * Comments and processing instructions are skipped; a DOCTYPE is an error.
 */
function scanXml(xml: string, handler: XmlHandler): void {
  const stack: { name: string; scope: Map<string, string> }[] = [];
  let scope = new Map<string, string>([['xml', 'http://www.w3.org/XML/1998/namespace']]);
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt < 0 ? xml.length : lt;
    if (textEnd > i) {
      if (stack.length > 0) handler.text?.(decodeEntities(xml.slice(i, textEnd)));
      else if (xml.slice(i, textEnd).trim() !== '' && !/^\uFEFF\s*$/.test(xml.slice(i, textEnd)))
        throw new DocxError('XML sai cú pháp: có chữ ngoài phần tử gốc');
    }
    if (lt < 0) break;
    if (xml.startsWith('<?', lt)) i = skipPast(xml, lt, '?>');
    else if (xml.startsWith('<!--', lt)) i = skipPast(xml, lt, '-->');
    else if (xml.startsWith('<![CDATA[', lt)) {
      const end = skipPast(xml, lt, ']]>');
      handler.text?.(xml.slice(lt + 9, end - 3));
      i = end;
    } else if (xml.startsWith('<!', lt)) {
      throw new DocxError('XML có khai báo DOCTYPE/ENTITY — không được phép');
    } else if (xml.startsWith('</', lt)) {
      END_TAG.lastIndex = lt;
      const m = END_TAG.exec(xml);
      const top = stack.pop();
      if (!m || !top || top.name !== m[1]) throw new DocxError('XML sai cú pháp: thẻ đóng không khớp');
      handler.close?.(...resolve(m[1]!, scope));
      scope = top.scope;
      i = lt + m[0].length;
    } else {
      START_TAG.lastIndex = lt;
      const m = START_TAG.exec(xml);
      if (!m) throw new DocxError(`XML sai cú pháp ở vị trí ${lt}`);
      const attributes = new Map<string, string>();
      for (const a of m[2]!.matchAll(ATTRIBUTE)) attributes.set(a[1]!, decodeEntities(a[2] ?? a[3] ?? ''));
      const outer = scope;
      for (const [name, value] of attributes) {
        if (name === 'xmlns' || name.startsWith('xmlns:')) {
          if (scope === outer) scope = new Map(outer);
          scope.set(name === 'xmlns' ? '' : name.slice(6), value);
        }
      }
      const selfClosing = m[3] === '/';
      const [ns, local] = resolve(m[1]!, scope);
      handler.open?.(ns, local, attributes, selfClosing);
      if (selfClosing) {
        handler.close?.(ns, local);
        scope = outer;
      } else stack.push({ name: m[1]!, scope: outer });
      i = lt + m[0].length;
    }
  }
  if (stack.length > 0) throw new DocxError('XML sai cú pháp: thiếu thẻ đóng');
}

function resolve(name: string, scope: Map<string, string>): [string | null, string] {
  const colon = name.indexOf(':');
  const prefix = colon < 0 ? '' : name.slice(0, colon);
  const local = colon < 0 ? name : name.slice(colon + 1);
  const ns = scope.get(prefix);
  if (ns === undefined && prefix !== '') throw new DocxError(`XML dùng tiền tố không khai báo "${prefix}"`);
  return [ns || null, local];
}

function skipPast(xml: string, from: number, terminator: string): number {
  const end = xml.indexOf(terminator, from);
  if (end < 0) throw new DocxError('XML sai cú pháp: thiếu phần kết thúc');
  return end + terminator.length;
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(/&([^;&\s]*);?/g, (whole, name: string) => {
    if (!whole.endsWith(';')) throw new DocxError('XML sai cú pháp: ký tự & đứng riêng');
    const named = NAMED[name];
    if (named !== undefined) return named;
    const code = /^#x[0-9a-fA-F]+$/.test(name)
      ? Number.parseInt(name.slice(2), 16)
      : /^#[0-9]+$/.test(name)
        ? Number.parseInt(name.slice(1), 10)
        : Number.NaN;
    if (!Number.isInteger(code) || code < 1 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
      throw new DocxError(`XML có tham chiếu thực thể không cho phép "&${name};"`);
    return String.fromCodePoint(code);
  });
}
