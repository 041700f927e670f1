/** PAdES signing, demo certificates and signature verification. See docs/outgoing.md. */
export { type CertificateSummary, summarise } from './certificates.ts';
export {
  createDemoCa,
  type DemoCa,
  type DemoCertificate,
  type DemoSubject,
  issueDemoCertificate,
  toPkcs12,
} from './demo-certs.ts';
export { SignatureError, type SignatureErrorCode } from './errors.ts';
export { loadPkcs12, type SigningIdentity } from './p12.ts';
export { type SignOptions, signPdf, type VisibleSignature } from './sign.ts';
export { vietnamTime } from './time.ts';
export { buildChain, loadTrustAnchors, parsePemBundle } from './trust.ts';
export { type SignatureReport, type VerifyOptions, type VerifyReport, verifyPdfSignatures } from './verify.ts';
