/**
 * Hostile-input XML reader: turns untrusted bytes into a small namespace-resolved element tree.
 *
 * Defence in depth, in this order:
 *   1. size cap on the raw input, before any decoding;
 *   2. strict UTF-8 decoding (QCVN 102 messages are UTF-8; anything else is refused, not guessed);
 *   3. any `<!DOCTYPE` / `<!ENTITY` in the text is refused outright, so no entity is ever expanded and no
 *      external resource can be named;
 *   4. fast-xml-parser runs with entity processing OFF; the five predefined XML entities and character
 *      references are decoded here, and any other `&name;` is malformed (it could only come from a DTD);
 *   5. the amount of work is capped (elements, attributes, references, nesting), not only the bytes;
 *   6. namespaces are resolved, so a foreign namespace cannot pass for edXML.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { invalidFile } from './errors.ts';

export interface XmlElement {
  /** Namespace URI, or null when the element is in no namespace. */
  namespace: string | null;
  localName: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** Concatenated, entity-decoded, trimmed character data directly inside this element. */
  text: string;
}

const MAX_NESTING = 64;
const MAX_MARKUP = 50_000;
const MAX_REFERENCES = 200_000;
/** Counted as '=' signs: every attribute needs one, text rarely has many. */
const MAX_ATTRIBUTES = 20_000;
const FORBIDDEN_CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
const ENTITY_DECLARATION = /<!\s*ENTITY/i;
const DOCTYPE_DECLARATION = /<!\s*DOCTYPE/i;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: false,
  htmlEntities: false,
  cdataPropName: '#cdata',
  commentPropName: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  trimValues: false,
  maxNestedTags: MAX_NESTING,
});

export function readXmlTree(input: Buffer | string, maxBytes: number): XmlElement {
  const byteLength = typeof input === 'string' ? Buffer.byteLength(input, 'utf8') : input.length;
  if (byteLength > maxBytes) {
    throw invalidFile(
      'TOO_LARGE',
      `kích thước ${formatMegabytes(byteLength)} vượt giới hạn ${formatMegabytes(maxBytes)}`,
    );
  }
  const text = decodeUtf8(input);
  rejectDangerousText(text);
  const validation = XMLValidator.validate(text);
  if (validation !== true) {
    const { line, msg } = validation.err;
    throw invalidFile('MALFORMED_XML', `XML sai cú pháp ở dòng ${line}: ${msg}`);
  }
  const { skeleton, longTexts } = liftLongTexts(text);
  let nodes: unknown;
  try {
    nodes = parser.parse(skeleton);
  } catch (error) {
    throw invalidFile('MALFORMED_XML', `không đọc được XML (${(error as Error).message})`);
  }
  const roots = Array.isArray(nodes) ? nodes.filter(isElementNode) : [];
  const root = roots[0];
  if (roots.length !== 1 || root === undefined) {
    throw invalidFile('MALFORMED_XML', 'XML phải có đúng một phần tử gốc');
  }
  return toElement(root, new Map(), 1, longTexts);
}

/** Checks on the raw text, before any parser sees it. */
function rejectDangerousText(text: string): void {
  if (ENTITY_DECLARATION.test(text)) {
    throw invalidFile('ENTITY_FORBIDDEN', 'không chấp nhận khai báo thực thể (<!ENTITY>) vì lý do an toàn');
  }
  if (DOCTYPE_DECLARATION.test(text)) {
    throw invalidFile('DOCTYPE_FORBIDDEN', 'không chấp nhận khai báo kiểu tài liệu (<!DOCTYPE>) vì lý do an toàn');
  }
  if (FORBIDDEN_CONTROL_CHARS.test(text)) {
    throw invalidFile('MALFORMED_XML', 'tệp chứa ký tự điều khiển không được phép trong XML');
  }
  // Size alone does not bound the work: 20 MB of `<a/>` is millions of nodes, of `x="1"` millions of
  // attributes, of `&amp;` millions of replacements. Real messages stay far below these caps.
  if (exceeds(text, '<', MAX_MARKUP)) {
    throw invalidFile('TOO_LARGE', `tệp có quá nhiều phần tử XML (tối đa ${MAX_MARKUP})`);
  }
  if (exceeds(text, '=', MAX_ATTRIBUTES)) {
    throw invalidFile('TOO_LARGE', `tệp có quá nhiều thuộc tính XML (tối đa ${MAX_ATTRIBUTES})`);
  }
  if (exceeds(text, '&', MAX_REFERENCES)) {
    throw invalidFile('TOO_LARGE', `tệp có quá nhiều tham chiếu ký tự (tối đa ${MAX_REFERENCES})`);
  }
}

function decodeUtf8(input: Buffer | string): string {
  let text: string;
  if (typeof input === 'string') {
    text = input;
  } else {
    const utf16Bom = (input[0] === 0xff && input[1] === 0xfe) || (input[0] === 0xfe && input[1] === 0xff);
    if (utf16Bom) throw invalidFile('INVALID_ENCODING', 'tệp mã hóa UTF-16 không được hỗ trợ, chỉ chấp nhận UTF-8');
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(input);
    } catch {
      throw invalidFile('INVALID_ENCODING', 'tệp không được mã hóa UTF-8');
    }
  }
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  const declared = /^<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/.exec(text)?.[1];
  if (declared !== undefined && !/^utf-?8$/i.test(declared)) {
    throw invalidFile('INVALID_ENCODING', `bảng mã "${declared}" không được hỗ trợ, chỉ chấp nhận UTF-8`);
  }
  return text;
}

type RawNode = Record<string, unknown>;

function isElementNode(node: unknown): node is RawNode {
  if (typeof node !== 'object' || node === null) return false;
  return Object.keys(node).some((key) => key !== ':@' && !key.startsWith('#'));
}

/**
 * fast-xml-parser accumulates text character by character: a 15 MB base64 attachment costs seconds and
 * most of a gigabyte. The validator has already checked the real text, so each long character-data run
 * that follows a verified tag is swapped for a short private-use marker before parsing and put back
 * afterwards (also inside CDATA). A linear scan, not a regex: a regex over megabytes overflows the stack.
 * Inputs that already contain the marker character are parsed as they are (correct, just slower).
 */
const LONG_TEXT_CHARS = 4096;
const MAX_TAG_CHARS = 1024;
const TAG = /^<\/?[A-Za-z_][\w.:-]*(?:\s+[\w.:-]+\s*=\s*(?:"[^"<>]*"|'[^'<>]*'))*\s*\/?>$/;
const MARKER = /\uE000(\d+)\uE001/g;

function liftLongTexts(text: string): { skeleton: string; longTexts: string[] } {
  const longTexts: string[] = [];
  if (text.includes('\uE000')) return { skeleton: text, longTexts };
  const parts: string[] = [];
  let copiedUpTo = 0;
  let tagStart = text.indexOf('<');
  while (tagStart !== -1) {
    const tagEnd = text.indexOf('>', tagStart);
    const nextTag = tagEnd === -1 ? -1 : text.indexOf('<', tagEnd);
    if (nextTag === -1) break;
    const isLongRun = nextTag - tagEnd - 1 >= LONG_TEXT_CHARS && tagEnd - tagStart < MAX_TAG_CHARS;
    if (isLongRun && TAG.test(text.slice(tagStart, tagEnd + 1))) {
      parts.push(text.slice(copiedUpTo, tagEnd + 1), `\uE000${longTexts.length}\uE001`);
      longTexts.push(text.slice(tagEnd + 1, nextTag));
      copiedUpTo = nextTag;
    }
    tagStart = nextTag;
  }
  parts.push(text.slice(copiedUpTo));
  return { skeleton: parts.join(''), longTexts };
}

function restoreLongTexts(raw: string, longTexts: readonly string[]): string {
  return longTexts.length === 0 ? raw : raw.replace(MARKER, (_marker, index: string) => longTexts[Number(index)] ?? '');
}

function toElement(
  node: RawNode,
  parentScope: ReadonlyMap<string, string>,
  depth: number,
  longTexts: readonly string[],
): XmlElement {
  if (depth > MAX_NESTING) throw invalidFile('MALFORMED_XML', 'cấu trúc XML lồng nhau quá sâu');
  const qualifiedName = Object.keys(node).find((key) => key !== ':@') ?? '';
  const rawAttributes = (node[':@'] ?? {}) as Record<string, string>;
  const scope = new Map(parentScope);
  const attributes: Record<string, string> = {};
  for (const [name, rawValue] of Object.entries(rawAttributes)) {
    const value = decodeEntities(String(rawValue));
    if (name === 'xmlns') scope.set('', value);
    else if (name.startsWith('xmlns:')) scope.set(name.slice('xmlns:'.length), value);
    else attributes[name] = value;
  }
  const [prefix, localName] = splitQualifiedName(qualifiedName);
  const namespace = prefix === '' ? scope.get('') || null : scope.get(prefix);
  if (namespace === undefined) {
    throw invalidFile('MALFORMED_XML', `tiền tố "${prefix}" của phần tử ${qualifiedName} chưa được khai báo`);
  }
  const element: XmlElement = { namespace, localName, attributes, children: [], text: '' };
  const content = node[qualifiedName];
  let text = '';
  for (const child of Array.isArray(content) ? (content as RawNode[]) : []) {
    if ('#text' in child) text += decodeEntities(restoreLongTexts(String(child['#text']), longTexts));
    else if ('#cdata' in child) text += restoreLongTexts(cdataText(child['#cdata']), longTexts);
    else if (isElementNode(child)) element.children.push(toElement(child, scope, depth + 1, longTexts));
  }
  element.text = text.trim();
  return element;
}

function splitQualifiedName(name: string): [prefix: string, local: string] {
  const colon = name.indexOf(':');
  return colon < 0 ? ['', name] : [name.slice(0, colon), name.slice(colon + 1)];
}

/** CDATA is literal: no entity decoding, exactly as the sender wrote it. */
function cdataText(cdata: unknown): string {
  if (!Array.isArray(cdata)) return '';
  return cdata.map((part: RawNode) => String(part['#text'] ?? '')).join('');
}

const PREDEFINED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(raw: string): string {
  return raw.replace(/&([^;&\s]*);?/g, (match, name: string) => {
    if (!match.endsWith(';')) throw invalidFile('MALFORMED_XML', 'ký tự "&" không được thoát đúng cách');
    const predefined = PREDEFINED_ENTITIES[name];
    if (predefined !== undefined && Object.hasOwn(PREDEFINED_ENTITIES, name)) return predefined;
    const codePoint = /^#x[0-9a-f]+$/i.test(name)
      ? Number.parseInt(name.slice(2), 16)
      : /^#[0-9]+$/.test(name)
        ? Number.parseInt(name.slice(1), 10)
        : Number.NaN;
    if (!isXmlChar(codePoint)) {
      throw invalidFile('MALFORMED_XML', `tham chiếu thực thể "&${name};" không hợp lệ`);
    }
    return String.fromCodePoint(codePoint);
  });
}

function isXmlChar(codePoint: number): boolean {
  if (!Number.isInteger(codePoint)) return false;
  return (
    codePoint === 0x9 ||
    codePoint === 0xa ||
    codePoint === 0xd ||
    (codePoint >= 0x20 && codePoint <= 0xd7ff) ||
    (codePoint >= 0xe000 && codePoint <= 0xfffd) ||
    (codePoint >= 0x10000 && codePoint <= 0x10ffff)
  );
}

/** Counts with indexOf and stops at the limit, so the check costs nothing on normal input. */
function exceeds(text: string, char: string, limit: number): boolean {
  let count = 0;
  for (let index = text.indexOf(char); index !== -1; index = text.indexOf(char, index + 1)) {
    count += 1;
    if (count > limit) return true;
  }
  return false;
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
