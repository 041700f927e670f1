/**
 * Trust anchors and certificate chains. Anchors are a configured PEM list (the demo CA in the demo; the
 * Ban Cơ yếu Chính phủ chain in production, which is not bundled because no public copy of its root was
 * found in the sources). A chain is built from the signer's certificate through the certificates the
 * signature carries up to an anchor, checking each signature and each validity period at signing time.
 * Revocation (CRL/OCSP) is not checked: TCT runs offline.
 */
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { summarise } from './certificates.ts';

const PEM = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

/** Every certificate of a PEM bundle; text that is not a certificate is ignored. */
export function parsePemBundle(text: string): X509Certificate[] {
  return (text.match(PEM) ?? []).map((pem) => new X509Certificate(pem));
}

/** Anchors from files (paths separated by the platform's path delimiter in TCT_TRUST_ANCHORS). */
export function loadTrustAnchors(paths: string[]): X509Certificate[] {
  return paths.flatMap((path) => parsePemBundle(readFileSync(path, 'utf8')));
}

export interface ChainResult {
  chain: X509Certificate[];
  anchor: X509Certificate | null;
  problems: string[];
}

function validAt(cert: X509Certificate, at: Date): boolean {
  return new Date(cert.validFrom) <= at && at <= new Date(cert.validTo);
}

function issuedBy(child: X509Certificate, parent: X509Certificate): boolean {
  try {
    return child.checkIssued(parent) && child.verify(parent.publicKey);
  } catch {
    return false;
  }
}

const MAX_DEPTH = 10;

export function buildChain(
  leaf: X509Certificate,
  pool: X509Certificate[],
  anchors: X509Certificate[],
  at: Date,
): ChainResult {
  const problems: string[] = [];
  const chain = [leaf];
  const isAnchor = (c: X509Certificate) => anchors.some((a) => a.fingerprint256 === c.fingerprint256);
  let current = leaf;
  let anchor: X509Certificate | null = isAnchor(leaf) ? leaf : null;
  while (!anchor && chain.length < MAX_DEPTH) {
    const issuer = [...anchors, ...pool].find(
      (c) => c.fingerprint256 !== current.fingerprint256 && issuedBy(current, c),
    );
    if (!issuer) break;
    if (!issuer.ca) problems.push(`Chứng thư "${summarise(issuer).subject}" không phải chứng thư của tổ chức cấp.`);
    chain.push(issuer);
    if (isAnchor(issuer)) anchor = issuer;
    current = issuer;
  }
  for (const cert of chain) {
    if (!validAt(cert, at)) {
      problems.push(`Chứng thư "${summarise(cert).subject}" không có hiệu lực tại thời điểm ký.`);
    }
  }
  if (!anchor) problems.push('Chuỗi chứng thư không dẫn tới chứng thư gốc tin cậy nào đã cấu hình.');
  return { chain, anchor, problems };
}
