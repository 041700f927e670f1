/**
 * Verifying the signatures of a PDF, as a clerk needs it for an incoming letter: for each signature, who
 * signed (certificate subject and issuer), when, whether the signed bytes are intact (digest), whether
 * the signature over them is the certificate holder's, whether the byte ranges cover the file up to the
 * signature, whether anything other than later signatures changed the document afterwards, and whether
 * the certificate chain reaches a configured trust anchor.
 *
 * Signatures are found by their /ByteRange in the raw bytes (a signature dictionary cannot sit in a
 * compressed object stream, because its byte offsets must be real), so a damaged cross-reference table
 * does not hide them.
 */
import { createHash, verify as cryptoVerify, type X509Certificate, X509Certificate as X509 } from 'node:crypto';
import { type CertificateSummary, summarise } from './certificates.ts';
import { attributeBytes, attributeTime, DIGESTS, OID, type ParsedCms, parseSignedData } from './cms.ts';
import { fieldNameOf, type FoundSignature, findSignatures, trimContents } from './find-signatures.ts';
import { decodeTextString, PdfName } from './pdf-objects.ts';
import { type ChangeKind, changesAfter } from './revisions.ts';
import { parsePdfDate, vietnamTime } from './time.ts';
import { buildChain } from './trust.ts';

export interface SignatureReport {
  index: number;
  fieldName: string | null;
  signerName: string | null;
  certificate: CertificateSummary | null;
  /** ISO 8601 in Vietnam time, from the signed attributes or else the claimed /M. */
  signingTime: string | null;
  signingTimeSource: 'signed-attribute' | 'signature-dictionary' | null;
  reason: string | null;
  location: string | null;
  subFilter: string | null;
  digestAlgorithm: string | null;
  byteRange: number[];
  /** The signed ranges start at byte 0 and leave out exactly the signature value. */
  byteRangeValid: boolean;
  /** The signed ranges reach the end of the file (nothing added since). */
  coversWholeFile: boolean;
  /** The bytes the signature covers are unchanged (message digest matches). */
  digestValid: boolean;
  /** The signature value verifies with the certificate's public key. */
  signatureValid: boolean;
  certificateValidAtSigningTime: boolean;
  chainTrusted: boolean;
  chain: string[];
  trustAnchor: string | null;
  /** What was added after this signature: nothing, only signatures, or other changes. */
  changesAfterSigning: ChangeKind;
  /** valid: intact and unchanged; invalid: broken signature or digest; modified: content changed after signing. */
  status: 'valid' | 'invalid' | 'modified';
  problems: string[];
}

export interface VerifyReport {
  signatureCount: number;
  /** Every signature intact and nothing but signatures added after any of them. */
  valid: boolean;
  /** Every signer's chain reaches a trust anchor. */
  trusted: boolean;
  signatures: SignatureReport[];
  /** One line in Vietnamese for the review page. */
  summary: string;
}

export interface VerifyOptions {
  trustAnchors?: X509Certificate[];
}

/** Certificates of the signature that Node can read; a malformed one is skipped, not fatal. */
function readCertificates(cms: ParsedCms): X509Certificate[] {
  return cms.certificates.flatMap((c) => {
    try {
      return [new X509(c)];
    } catch {
      return [];
    }
  });
}

function signerCertificate(cms: ParsedCms): X509Certificate | null {
  const certs = readCertificates(cms);
  const { issuer, serialHex, subjectKeyId } = cms.signer;
  return (
    certs.find((c) => {
      const serial = c.serialNumber.toLowerCase().replace(/^0+(?=.)/, '');
      if (serialHex) return serial === serialHex.replace(/^0+(?=.)/, '') && (!issuer || c.raw.includes(issuer));
      return subjectKeyId ? c.raw.includes(subjectKeyId) : false;
    }) ?? null
  );
}

function verifySignatureValue(cms: ParsedCms, cert: X509Certificate, signedData: Buffer, hash: string): boolean {
  const alg = cms.signer.signatureAlgorithm;
  const key = cert.publicKey;
  try {
    if (alg.startsWith('1.2.840.10045.4.3'))
      return cryptoVerify(hash, signedData, { key, dsaEncoding: 'der' }, cms.signer.signature);
    if (alg === '1.2.840.113549.1.1.10') return false; // RSASSA-PSS: parameters not supported
    return cryptoVerify(hash, signedData, key, cms.signer.signature);
  } catch {
    return false;
  }
}

export function verifyPdfSignatures(pdf: Buffer, options: VerifyOptions = {}): VerifyReport {
  const anchors = options.trustAnchors ?? [];
  const text = pdf.toString('latin1');
  const found = findSignatures(pdf, text);
  const reports = found.map((sig, i) => {
    try {
      return checkSignature(pdf, text, sig, i + 1, anchors);
    } catch (error) {
      // A hostile or damaged signature must end in a report, never in an exception.
      const report = blankReport(sig, i + 1);
      report.problems.push(`Không kiểm tra được chữ ký (${(error as Error).message}).`);
      return report;
    }
  });
  const valid = reports.length > 0 && reports.every((r) => r.status === 'valid');
  const trusted = reports.length > 0 && reports.every((r) => r.chainTrusted);
  let summary: string;
  if (reports.length === 0) summary = 'Tệp không có chữ ký số.';
  else if (!valid) summary = 'CẢNH BÁO: có chữ ký số không hợp lệ hoặc văn bản đã bị thay đổi sau khi ký.';
  else if (!trusted)
    summary = `${reports.length} chữ ký số nguyên vẹn, nhưng chứng thư chưa được xác thực bởi tổ chức tin cậy đã cấu hình.`;
  else summary = `${reports.length} chữ ký số hợp lệ.`;
  return { signatureCount: reports.length, valid, trusted, signatures: reports, summary };
}

function blankReport(sig: FoundSignature, index: number): SignatureReport {
  return {
    index,
    fieldName: null,
    signerName: null,
    certificate: null,
    signingTime: null,
    signingTimeSource: null,
    reason: null,
    location: null,
    subFilter: null,
    digestAlgorithm: null,
    byteRange: [...sig.range],
    byteRangeValid: false,
    coversWholeFile: false,
    digestValid: false,
    signatureValid: false,
    certificateValidAtSigningTime: false,
    chainTrusted: false,
    chain: [],
    trustAnchor: null,
    changesAfterSigning: 'none',
    status: 'invalid',
    problems: [],
  };
}

function checkSignature(
  pdf: Buffer,
  text: string,
  sig: FoundSignature,
  index: number,
  anchors: X509Certificate[],
): SignatureReport {
  const problems: string[] = [];
  const [r0, r1, r2, r3] = sig.range;
  const end = r2 + r3;
  const contentsKey = pdf.toString('latin1', Math.max(0, r1 - 12), r1);
  const byteRangeValid =
    r0 === 0 && r1 < r2 && end <= pdf.length && /\/Contents\s*$/.test(contentsKey) && sig.contents.length > 0;
  if (!byteRangeValid) problems.push('Vùng dữ liệu được ký (ByteRange) không hợp lệ.');
  const dictName = (key: string) => {
    const value = sig.dict?.get(key);
    return value instanceof PdfName ? value.name : null;
  };
  const report: SignatureReport = {
    ...blankReport(sig, index),
    fieldName: fieldNameOf(pdf, text, sig.objectNum),
    signerName: decodeTextString(sig.dict?.get('Name')),
    reason: decodeTextString(sig.dict?.get('Reason')),
    location: decodeTextString(sig.dict?.get('Location')),
    subFilter: dictName('SubFilter'),
    byteRangeValid,
    coversWholeFile: end === pdf.length,
    problems,
  };
  const claimed = parsePdfDate(decodeTextString(sig.dict?.get('M')));
  if (claimed) {
    report.signingTime = vietnamTime(claimed).iso;
    report.signingTimeSource = 'signature-dictionary';
  }
  let cms: ParsedCms;
  try {
    cms = parseSignedData(trimContents(sig.contents));
  } catch (error) {
    problems.push(`Không đọc được giá trị chữ ký (${(error as Error).message}).`);
    return report;
  }
  const hash = DIGESTS[cms.signer.digestAlgorithm];
  report.digestAlgorithm = hash ?? cms.signer.digestAlgorithm;
  const cert = signerCertificate(cms);
  if (!cert) problems.push('Chữ ký không kèm chứng thư của người ký.');
  else {
    report.certificate = summarise(cert);
    report.signerName = report.certificate.commonName ?? report.signerName;
  }
  const signedTime = attributeTime(cms.signer.attributes.get(OID.signingTime)?.[0]);
  if (signedTime) {
    report.signingTime = vietnamTime(signedTime).iso;
    report.signingTimeSource = 'signed-attribute';
  }
  if (!hash) problems.push(`Thuật toán băm ${cms.signer.digestAlgorithm} không được hỗ trợ.`);
  else if (byteRangeValid) {
    const digest = createHash(hash).update(pdf.subarray(0, r1)).update(pdf.subarray(r2, end)).digest();
    const signedDigest = cms.signer.signedAttrs
      ? attributeBytes(cms.signer.attributes.get(OID.messageDigest)?.[0])
      : null;
    report.digestValid = signedDigest ? signedDigest.equals(digest) : false;
    if (!report.digestValid) problems.push('Dữ liệu đã ký bị thay đổi (mã băm không khớp).');
    if (cert && cms.signer.signedAttrs)
      report.signatureValid = verifySignatureValue(cms, cert, cms.signer.signedAttrs, hash);
    if (cert && !report.signatureValid) problems.push('Giá trị chữ ký không khớp với chứng thư của người ký.');
  }
  if (cert) {
    const at = signedTime ?? claimed ?? new Date();
    report.certificateValidAtSigningTime = new Date(cert.validFrom) <= at && at <= new Date(cert.validTo);
    const pool = readCertificates(cms);
    const chain = buildChain(cert, pool, anchors, at);
    report.chain = chain.chain.map((c) => summarise(c).subject);
    report.trustAnchor = chain.anchor ? summarise(chain.anchor).subject : null;
    report.chainTrusted = chain.anchor !== null && chain.problems.length === 0;
    problems.push(...chain.problems);
  }
  if (byteRangeValid && !report.coversWholeFile) {
    const changes = changesAfter(pdf, end);
    report.changesAfterSigning = changes.kind;
    if (changes.kind === 'other') problems.push('Văn bản đã bị thay đổi sau khi ký:', ...changes.details);
  }
  const intact = report.byteRangeValid && report.digestValid && report.signatureValid;
  report.status = !intact ? 'invalid' : report.changesAfterSigning === 'other' ? 'modified' : 'valid';
  return report;
}
