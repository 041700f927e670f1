/**
 * Reading certificate names for people: "CN=Nguyễn Thị Hằng, T=Phó Hiệu trưởng, O=Trường Chính trị tỉnh
 * Thái Nguyên, C=VN", decoded from the DER (UTF8String, PrintableString, BMPString…) rather than from
 * OpenSSL's escaped one-line form, so Vietnamese names print as written.
 */
import type { X509Certificate } from 'node:crypto';
import forge from 'node-forge';
import { certificateIds, parseDer } from './cms.ts';

type Node = forge.asn1.Asn1;

const SHORT_NAMES: Record<string, string> = {
  '2.5.4.3': 'CN',
  '2.5.4.4': 'SN',
  '2.5.4.5': 'SERIALNUMBER',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '2.5.4.12': 'T',
  '2.5.4.42': 'GN',
  '1.2.840.113549.1.9.1': 'E',
  '0.9.2342.19200300.100.1.1': 'UID',
};

export interface NameField {
  type: string;
  value: string;
}

function decodeString(node: Node): string {
  const raw = typeof node.value === 'string' ? node.value : '';
  const buf = Buffer.from(raw, 'binary');
  if (node.type === forge.asn1.Type.BMPSTRING) return buf.swap16().toString('utf16le');
  if (node.type === forge.asn1.Type.UTF8) return buf.toString('utf8');
  return buf.toString('latin1');
}

export function parseName(name: Node): NameField[] {
  const fields: NameField[] = [];
  for (const rdn of (name.value as Node[]) ?? []) {
    for (const atv of (rdn.value as Node[]) ?? []) {
      const [type, value] = (atv.value as Node[]) ?? [];
      if (!type || !value || typeof type.value !== 'string') continue;
      const oid = forge.asn1.derToOid(type.value);
      fields.push({ type: SHORT_NAMES[oid] ?? oid, value: decodeString(value) });
    }
  }
  return fields;
}

/** RFC 4514 order (most specific first): "CN=…, O=…, C=VN". */
export function formatName(fields: NameField[]): string {
  return [...fields]
    .reverse()
    .map((f) => `${f.type}=${f.value}`)
    .join(', ');
}

export interface CertificateSummary {
  subject: string;
  issuer: string;
  commonName: string | null;
  organisation: string | null;
  serialNumber: string;
  validFrom: string;
  validTo: string;
  fingerprint256: string;
}

function subjectNode(der: Buffer): Node | undefined {
  const tbs = ((parseDer(der).value as Node[])[0]?.value as Node[]) ?? [];
  const offset = tbs[0]?.tagClass === forge.asn1.Class.CONTEXT_SPECIFIC ? 1 : 0;
  return tbs[offset + 4];
}

export function summarise(cert: X509Certificate): CertificateSummary {
  const der = cert.raw;
  const subjectFields = parseName(subjectNode(der) as Node);
  const issuerFields = parseName(certificateIds(der).issuer);
  return {
    subject: formatName(subjectFields),
    issuer: formatName(issuerFields),
    commonName: subjectFields.find((f) => f.type === 'CN')?.value ?? null,
    organisation: subjectFields.find((f) => f.type === 'O')?.value ?? null,
    serialNumber: cert.serialNumber.toUpperCase(),
    validFrom: new Date(cert.validFrom).toISOString(),
    validTo: new Date(cert.validTo).toISOString(),
    fingerprint256: cert.fingerprint256,
  };
}
