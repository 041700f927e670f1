/**
 * Typed navigation over a parsed edXML tree. Every lookup knows its element path, so a missing or bad
 * field produces a precise Vietnamese error instead of an `undefined` deep inside the caller.
 */
import { EDXML_NAMESPACE, EDXML_PREFIX } from './codes.ts';
import { invalidFile } from './errors.ts';
import type { EdxmlOrgan, EdxmlResponseFor, EdxmlStaffInfo } from './types.ts';
import { parseEdxmlDate, parseEdxmlTimestamp } from './values.ts';
import { readXmlTree, type XmlElement } from './xml-tree.ts';

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export class EdxmlNode {
  constructor(
    readonly element: XmlElement,
    readonly displayName: string,
    readonly path: string,
  ) {}

  /**
   * Children are matched by local name in the QCVN namespace — or in no namespace, which is what an
   * unprefixed element becomes when a sender forgets the default xmlns. Any other namespace is ignored.
   */
  children(name: string, prefixed = true): EdxmlNode[] {
    const display = prefixed ? `${EDXML_PREFIX}:${name}` : name;
    return this.element.children
      .filter((child) => child.localName === name && (child.namespace === EDXML_NAMESPACE || child.namespace === null))
      .map((child) => new EdxmlNode(child, display, `${this.path}/${display}`));
  }

  child(name: string, prefixed = true): EdxmlNode | undefined {
    return this.children(name, prefixed)[0];
  }

  require(name: string, prefixed = true): EdxmlNode {
    const found = this.child(name, prefixed);
    if (found === undefined) throw this.missing(name, prefixed);
    return found;
  }

  /** Trimmed text of a child; an absent or empty element both read as null. */
  text(name: string, prefixed = true): string | null {
    const value = this.child(name, prefixed)?.element.text ?? '';
    return value === '' ? null : value;
  }

  requireText(name: string, prefixed = true): string {
    const value = this.text(name, prefixed);
    if (value === null) throw this.missing(name, prefixed);
    return value;
  }

  /** Optional date: absent → null, present but unreadable → INVALID_FIELD (never silently dropped). */
  date(name: string): string | null {
    const raw = this.text(name);
    if (raw === null) return null;
    const parsed = parseEdxmlDate(raw);
    if (parsed === null) throw this.invalid(name, `ngày "${raw}" không đúng định dạng yyyy/MM/dd`);
    return parsed;
  }

  requireDate(name: string): string {
    const value = this.date(name);
    if (value === null) throw this.missing(name, true);
    return value;
  }

  requireTimestamp(name: string): string {
    const raw = this.requireText(name);
    const parsed = parseEdxmlTimestamp(raw);
    if (parsed === null) throw this.invalid(name, `thời điểm "${raw}" không đúng định dạng yyyy/MM/dd HH:mm:ss`);
    return parsed;
  }

  /** Counts are informational; an unreadable one becomes null rather than blocking registration. */
  integer(name: string): number | null {
    const raw = this.text(name);
    return raw !== null && /^\d{1,9}$/.test(raw) ? Number(raw) : null;
  }

  boolean(name: string): boolean | null {
    const raw = this.text(name)?.toLowerCase();
    if (raw === 'true' || raw === '1') return true;
    if (raw === 'false' || raw === '0') return false;
    return null;
  }

  missing(name: string, prefixed: boolean) {
    const display = prefixed ? `${EDXML_PREFIX}:${name}` : name;
    return invalidFile(
      'MISSING_FIELD',
      `thiếu phần tử ${display} trong ${this.displayName}`,
      `${this.path}/${display}`,
    );
  }

  invalid(name: string, detail: string) {
    const display = `${EDXML_PREFIX}:${name}`;
    return invalidFile('INVALID_FIELD', `${display}: ${detail}`, `${this.path}/${display}`);
  }
}

export interface EdxmlEnvelope {
  root: EdxmlNode;
  envelope: EdxmlNode;
  header: EdxmlNode;
  messageHeader: EdxmlNode;
}

/** Shared by document and status messages: safe read, then the fixed edXML → Envelope → Header spine. */
export function openEnvelope(input: Buffer | string, maxBytes = DEFAULT_MAX_BYTES): EdxmlEnvelope {
  const tree = readXmlTree(input, maxBytes);
  if (tree.localName !== 'edXML' || tree.namespace !== EDXML_NAMESPACE) {
    const actual = tree.namespace ? `{${tree.namespace}}${tree.localName}` : tree.localName;
    throw invalidFile(
      'NOT_EDXML',
      `phần tử gốc phải là edXML thuộc không gian tên ${EDXML_NAMESPACE} (QCVN 102:2016), nhận được ${actual}`,
    );
  }
  const root = new EdxmlNode(tree, 'edXML', 'edXML');
  const envelope = root.require('edXMLEnvelope');
  const header = envelope.require('edXMLHeader');
  const messageHeader = header.require('MessageHeader');
  return { root, envelope, header, messageHeader };
}

export function readOrgan(node: EdxmlNode): EdxmlOrgan {
  return {
    organId: node.requireText('OrganId'),
    organizationInCharge: node.text('OrganizationInCharge'),
    organName: node.text('OrganName'),
    organAdd: node.text('OrganAdd'),
    email: node.text('Email'),
    telephone: node.text('Telephone'),
    fax: node.text('Fax'),
    website: node.text('Website'),
  };
}

export function readStaffInfo(node: EdxmlNode): EdxmlStaffInfo {
  return {
    department: node.text('Department'),
    staff: node.text('Staff'),
    email: node.text('Email'),
    mobile: node.text('Mobile'),
  };
}

export function readResponseFor(node: EdxmlNode): EdxmlResponseFor {
  return {
    organId: node.text('OrganId'),
    code: node.text('Code'),
    promulgationDate: node.date('PromulgationDate'),
    documentId: node.text('DocumentId'),
  };
}
