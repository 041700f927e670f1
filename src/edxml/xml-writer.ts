/** Minimal indented XML writer for edXML output: every text and attribute value goes through escaping. */
import { EDXML_NAMESPACE, EDXML_PREFIX } from './codes.ts';
import { EdxmlError } from './errors.ts';
import type { EdxmlOrganInput, EdxmlResponseFor, EdxmlStaffInfo } from './types.ts';
import { formatEdxmlDate } from './values.ts';

/** XML 1.0 cannot carry these at all (not even as &#…;), so they are dropped rather than emitted broken. */
const UNREPRESENTABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXmlText(value: string): string {
  return value
    .replace(UNREPRESENTABLE, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

export function escapeXmlAttribute(value: string): string {
  return escapeXmlText(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

type Attributes = Record<string, string>;

export class XmlWriter {
  private readonly lines: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  private readonly open: string[] = [];

  /** `name` is written as given; edXML children are passed through `ed()` so the prefix is never forgotten. */
  start(name: string, attributes: Attributes = {}): this {
    this.lines.push(`${this.indent()}<${name}${formatAttributes(attributes)}>`);
    this.open.push(name);
    return this;
  }

  end(): this {
    const name = this.open.pop();
    if (name === undefined) throw new Error('XmlWriter: end() without start()');
    this.lines.push(`${this.indent()}</${name}>`);
    return this;
  }

  /** Leaf element; null/undefined becomes an empty element, which edXML consumers expect over absence. */
  leaf(name: string, value: string | number | boolean | null | undefined, attributes: Attributes = {}): this {
    const text = value === null || value === undefined ? '' : escapeXmlText(String(value));
    this.lines.push(`${this.indent()}<${name}${formatAttributes(attributes)}>${text}</${name}>`);
    return this;
  }

  toString(): string {
    if (this.open.length > 0) throw new Error(`XmlWriter: unclosed <${this.open.join('>, <')}>`);
    return `${this.lines.join('\n')}\n`;
  }

  private indent(): string {
    return '  '.repeat(this.open.length);
  }
}

function formatAttributes(attributes: Attributes): string {
  return Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${escapeXmlAttribute(value)}"`)
    .join('');
}

/** Qualified edXML child name: `ed('From')` → `edXML:From`. */
export function ed(localName: string): string {
  return `${EDXML_PREFIX}:${localName}`;
}

/** The fixed opening every edXML message shares: default namespace on the root, prefix on the envelope. */
export function startEnvelope(writer: XmlWriter): void {
  writer.start('edXML', { xmlns: EDXML_NAMESPACE });
  writer.start(ed('edXMLEnvelope'), { [`xmlns:${EDXML_PREFIX}`]: EDXML_NAMESPACE });
  writer.start(ed('edXMLHeader'));
  writer.start(ed('MessageHeader'));
}

export function writeOrgan(writer: XmlWriter, elementName: 'From' | 'To', organ: EdxmlOrganInput): void {
  writer
    .start(ed(elementName))
    .leaf(ed('OrganId'), organ.organId)
    .leaf(ed('OrganizationInCharge'), organ.organizationInCharge)
    .leaf(ed('OrganName'), organ.organName)
    .leaf(ed('OrganAdd'), organ.organAdd)
    .leaf(ed('Email'), organ.email)
    .leaf(ed('Telephone'), organ.telephone)
    .leaf(ed('Fax'), organ.fax)
    .leaf(ed('Website'), organ.website)
    .end();
}

export function writeStaffInfo(writer: XmlWriter, staff: Partial<EdxmlStaffInfo>): void {
  writer
    .start(ed('StaffInfo'))
    .leaf(ed('Department'), staff.department)
    .leaf(ed('Staff'), staff.staff)
    .leaf(ed('Email'), staff.email)
    .leaf(ed('Mobile'), staff.mobile)
    .end();
}

export function writeResponseFor(writer: XmlWriter, responseFor: Partial<EdxmlResponseFor>): void {
  const date = toEdxmlDate(responseFor.promulgationDate, 'ResponseFor/PromulgationDate');
  writer
    .start(ed('ResponseFor'))
    .leaf(ed('OrganId'), responseFor.organId)
    .leaf(ed('Code'), responseFor.code)
    .leaf(ed('PromulgationDate'), date)
    .leaf(ed('DocumentId'), responseFor.documentId)
    .end();
}

/** Builder-side date check: ISO in, `yyyy/MM/dd` out; a wrong date is a caller bug worth stopping on. */
export function toEdxmlDate(isoDate: string | null | undefined, field: string): string | null {
  if (isoDate === null || isoDate === undefined || isoDate === '') return null;
  const formatted = formatEdxmlDate(isoDate);
  if (formatted === null) {
    throw new EdxmlError(
      'INVALID_INPUT',
      `Không thể tạo edXML: ${field} "${isoDate}" không phải ngày hợp lệ dạng YYYY-MM-DD`,
      field,
    );
  }
  return formatted;
}
