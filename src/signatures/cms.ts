/**
 * CMS SignedData (RFC 5652) for PDF signatures: built as PAdES baseline B-B wants it (ETSI EN 319 142-1:
 * detached, SHA-256, signed attributes content-type, message-digest and ESS signing-certificate-v2, no
 * signing-time attribute — the time is the signature dictionary's /M), and parsed back for verification.
 * ASN.1 through node-forge; keys and signature arithmetic through Node's crypto.
 */
import { createHash, type KeyObject, sign } from 'node:crypto';
import forge from 'node-forge';

const { asn1 } = forge;
type Node = forge.asn1.Asn1;

export const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  signingCertificate: '1.2.840.113549.1.9.16.2.12',
  sha1: '1.3.14.3.2.26',
  sha256: '2.16.840.1.101.3.4.2.1',
  sha384: '2.16.840.1.101.3.4.2.2',
  sha512: '2.16.840.1.101.3.4.2.3',
  rsaEncryption: '1.2.840.113549.1.1.1',
  sha256WithRSA: '1.2.840.113549.1.1.11',
  ecdsaWithSha256: '1.2.840.10045.4.3.2',
} as const;

/** Digest OIDs → Node hash names. */
export const DIGESTS: Record<string, string> = {
  [OID.sha1]: 'sha1',
  [OID.sha256]: 'sha256',
  [OID.sha384]: 'sha384',
  [OID.sha512]: 'sha512',
};

const C = asn1.Class;
const T = asn1.Type;
const seq = (items: Node[]) => asn1.create(C.UNIVERSAL, T.SEQUENCE, true, items);
const set = (items: Node[]) => asn1.create(C.UNIVERSAL, T.SET, true, items);
const oid = (value: string) => asn1.create(C.UNIVERSAL, T.OID, false, asn1.oidToDer(value).getBytes());
const octets = (buf: Buffer) => asn1.create(C.UNIVERSAL, T.OCTETSTRING, false, buf.toString('binary'));
const int = (value: number) => asn1.create(C.UNIVERSAL, T.INTEGER, false, String.fromCharCode(value));
const nul = () => asn1.create(C.UNIVERSAL, T.NULL, false, '');

export function der(node: Node): Buffer {
  return Buffer.from(asn1.toDer(node).getBytes(), 'binary');
}

// forge accepts an options object here; its type declarations only know the older boolean form.
const fromDer = asn1.fromDer as unknown as (
  bytes: forge.util.ByteStringBuffer,
  options: { strict: boolean; decodeBitStrings: boolean },
) => Node;

export function parseDer(buf: Buffer): Node {
  return fromDer(forge.util.createBuffer(buf.toString('binary')), { strict: false, decodeBitStrings: false });
}

/** DER orders SET OF by the encodings of its elements. */
function sortedSet(items: Node[]): Node[] {
  return items
    .map((node) => ({ node, bytes: der(node) }))
    .sort((a, b) => Buffer.compare(a.bytes, b.bytes))
    .map((x) => x.node);
}

/** tbsCertificate fields of a DER certificate: issuer Name and serialNumber INTEGER nodes. */
export function certificateIds(certDer: Buffer): { issuer: Node; serial: Node } {
  const cert = parseDer(certDer);
  const tbs = (cert.value as Node[])[0];
  const fields = (tbs?.value as Node[]) ?? [];
  const offset = fields[0]?.tagClass === C.CONTEXT_SPECIFIC ? 1 : 0;
  const serial = fields[offset];
  const issuer = fields[offset + 2];
  if (!serial || !issuer) throw new Error('certificate without issuer or serial');
  return { issuer, serial };
}

export interface CmsSignInput {
  /** SHA-256 of the signed byte ranges. */
  digest: Buffer;
  certificate: Buffer;
  /** Intermediate and root certificates to embed (DER). */
  chain: Buffer[];
  privateKey: KeyObject;
}

export function buildSignedData(input: CmsSignInput): Buffer {
  const { issuer, serial } = certificateIds(input.certificate);
  const certHash = createHash('sha256').update(input.certificate).digest();
  // ESSCertIDv2: hashAlgorithm is DEFAULT sha256, so DER omits it.
  const essCertId = seq([octets(certHash), seq([seq([asn1.create(C.CONTEXT_SPECIFIC, 4, true, [issuer])]), serial])]);
  const attributes = sortedSet([
    seq([oid(OID.contentType), set([oid(OID.data)])]),
    seq([oid(OID.messageDigest), set([octets(input.digest)])]),
    seq([oid(OID.signingCertificateV2), set([seq([seq([essCertId])])])]),
  ]);
  const signedAttrs = der(set(attributes));
  const ec = input.privateKey.asymmetricKeyType === 'ec';
  const signature = ec
    ? sign('sha256', signedAttrs, { key: input.privateKey, dsaEncoding: 'der' })
    : sign('sha256', signedAttrs, input.privateKey);
  const signerInfo = seq([
    int(1),
    seq([issuer, serial]),
    seq([oid(OID.sha256)]),
    asn1.create(C.CONTEXT_SPECIFIC, 0, true, attributes),
    ec ? seq([oid(OID.ecdsaWithSha256)]) : seq([oid(OID.rsaEncryption), nul()]),
    octets(signature),
  ]);
  const certificates = [input.certificate, ...input.chain].map(parseDer);
  const signedData = seq([
    int(1),
    set([seq([oid(OID.sha256)])]),
    seq([oid(OID.data)]),
    asn1.create(C.CONTEXT_SPECIFIC, 0, true, certificates),
    set([signerInfo]),
  ]);
  return der(seq([oid(OID.signedData), asn1.create(C.CONTEXT_SPECIFIC, 0, true, [signedData])]));
}

// ------------------------------------------------------------------ parsing

export interface ParsedSignerInfo {
  issuer: Buffer | null;
  serialHex: string | null;
  subjectKeyId: Buffer | null;
  digestAlgorithm: string;
  /** DER of the signed attributes with the SET tag, as the signature covers them; null when absent. */
  signedAttrs: Buffer | null;
  attributes: Map<string, Node[]>;
  signatureAlgorithm: string;
  signature: Buffer;
}

export interface ParsedCms {
  certificates: Buffer[];
  eContentType: string;
  signer: ParsedSignerInfo;
}

export class CmsFormatError extends Error {}

const children = (node: Node | undefined): Node[] => (Array.isArray(node?.value) ? (node?.value as Node[]) : []);
const bytes = (node: Node | undefined): Buffer =>
  Buffer.from(typeof node?.value === 'string' ? node.value : '', 'binary');
const oidOf = (node: Node | undefined): string =>
  node && typeof node.value === 'string' ? asn1.derToOid(node.value) : '';

/** Serial number INTEGER → lowercase hex without leading zeros (as Node's X509Certificate prints it, upper-cased). */
export function serialHexOf(node: Node): string {
  return bytes(node)
    .toString('hex')
    .replace(/^(00)+(?=.)/, '');
}

export function parseSignedData(contents: Buffer): ParsedCms {
  let root: Node;
  try {
    root = parseDer(contents);
  } catch (error) {
    throw new CmsFormatError(`CMS không đọc được: ${(error as Error).message}`);
  }
  const [type, wrapped] = children(root);
  if (oidOf(type) !== OID.signedData) throw new CmsFormatError('Không phải CMS SignedData.');
  const signedData = children(wrapped)[0];
  const parts = children(signedData);
  const eContentType = oidOf(children(parts[2])[0]);
  const certificates = parts
    .filter((p) => p.tagClass === C.CONTEXT_SPECIFIC && p.type === 0)
    .flatMap((p) => children(p).map(der));
  const signerInfos = children(parts[parts.length - 1]);
  const info = children(signerInfos[0]);
  if (info.length < 5) throw new CmsFormatError('SignerInfo thiếu thành phần.');
  const [, sid, digestAlg, ...rest] = info;
  let issuer: Buffer | null = null;
  let serialHex: string | null = null;
  let subjectKeyId: Buffer | null = null;
  if (sid?.tagClass === C.CONTEXT_SPECIFIC) subjectKeyId = bytes(sid);
  else {
    const [iss, ser] = children(sid);
    issuer = iss ? der(iss) : null;
    serialHex = ser ? serialHexOf(ser) : null;
  }
  let signedAttrs: Buffer | null = null;
  const attributes = new Map<string, Node[]>();
  let index = 0;
  const first = rest[0];
  if (first?.tagClass === C.CONTEXT_SPECIFIC && first.type === 0) {
    const attrs = children(first);
    signedAttrs = der(set(attrs));
    for (const attr of attrs) {
      const [attrType, values] = children(attr);
      attributes.set(oidOf(attrType), children(values));
    }
    index = 1;
  }
  const signatureAlg = rest[index];
  const signature = rest[index + 1];
  return {
    certificates,
    eContentType,
    signer: {
      issuer,
      serialHex,
      subjectKeyId,
      digestAlgorithm: oidOf(children(digestAlg)[0]),
      signedAttrs,
      attributes,
      signatureAlgorithm: oidOf(children(signatureAlg)[0]),
      signature: bytes(signature),
    },
  };
}

export function attributeBytes(node: Node | undefined): Buffer {
  return bytes(node);
}

export function attributeOid(node: Node | undefined): string {
  return oidOf(node);
}

/** UTCTime/GeneralizedTime attribute value → Date. */
export function attributeTime(node: Node | undefined): Date | null {
  if (!node || typeof node.value !== 'string') return null;
  try {
    return node.type === T.UTCTIME ? asn1.utcTimeToDate(node.value) : asn1.generalizedTimeToDate(node.value);
  } catch {
    return null;
  }
}
