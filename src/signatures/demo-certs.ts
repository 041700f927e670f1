/**
 * Demo certificates, generated locally (keys by Node's crypto, certificates by node-forge): a root
 * "TCT Demo CA", personal certificates for signers and organisation certificates for the clerk's
 * "ký số của cơ quan" step, each exportable as PKCS#12 with a passphrase. The seed calls these; nothing
 * here is trusted unless the demo CA is configured as a trust anchor. Not for production use.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import forge from 'node-forge';

export interface DemoCertificate {
  certificatePem: string;
  privateKeyPem: string;
}

export interface DemoCa extends DemoCertificate {
  commonName: string;
}

export interface DemoSubject {
  commonName: string;
  /** Position of a person ("Phó Hiệu trưởng"); omitted for an organisation. */
  title?: string;
  organisation: string;
  organisationalUnit?: string;
  locality?: string;
}

const UTF8 = forge.asn1.Type.UTF8;
const DAY = 24 * 60 * 60 * 1000;

function newKey(): { pem: string; forgeKey: forge.pki.rsa.PrivateKey; publicKey: forge.pki.rsa.PublicKey } {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const pem = privateKey.export({ format: 'pem', type: 'pkcs1' }).toString();
  const forgeKey = forge.pki.privateKeyFromPem(pem) as forge.pki.rsa.PrivateKey;
  return { pem, forgeKey, publicKey: forge.pki.setRsaPublicKey(forgeKey.n, forgeKey.e) };
}

/** A positive random serial (first bit clear), 16 bytes. */
function serial(): string {
  const bytes = randomBytes(16);
  bytes[0] = ((bytes[0] ?? 0) & 0x7f) | 0x01;
  return bytes.toString('hex');
}

/** A UTF8String name attribute (forge's types do not declare valueTagClass as a string type). */
function utf8(field: { shortName?: string; type?: string; value: string }): forge.pki.CertificateField {
  return { ...field, valueTagClass: UTF8 } as unknown as forge.pki.CertificateField;
}

function attributes(subject: DemoSubject): forge.pki.CertificateField[] {
  const fields: forge.pki.CertificateField[] = [{ shortName: 'C', value: 'VN' }];
  if (subject.locality) fields.push(utf8({ shortName: 'L', value: subject.locality }));
  fields.push(utf8({ shortName: 'O', value: subject.organisation }));
  if (subject.organisationalUnit) fields.push(utf8({ shortName: 'OU', value: subject.organisationalUnit }));
  if (subject.title) fields.push(utf8({ type: '2.5.4.12', value: subject.title }));
  fields.push(utf8({ shortName: 'CN', value: subject.commonName }));
  return fields;
}

function validity(cert: forge.pki.Certificate, notBefore: Date, years: number): void {
  cert.validity.notBefore = notBefore;
  cert.validity.notAfter = new Date(notBefore.getTime() + years * 365 * DAY);
}

export interface DemoOptions {
  /** Start of validity; back-dated by default so demo letters dated in 2022 fall inside it. */
  notBefore?: Date;
  years?: number;
}

export function createDemoCa(options: DemoOptions & { commonName?: string } = {}): DemoCa {
  const key = newKey();
  const cert = forge.pki.createCertificate();
  cert.publicKey = key.publicKey;
  cert.serialNumber = serial();
  validity(cert, options.notBefore ?? new Date('2020-01-01T00:00:00Z'), options.years ?? 20);
  const commonName = options.commonName ?? 'TCT Demo CA';
  const name = attributes({ commonName, organisation: 'TCT (chứng thư thử nghiệm, không có giá trị pháp lý)' });
  cert.setSubject(name);
  cert.setIssuer(name);
  cert.setExtensions([
    { name: 'basicConstraints', cA: true, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  cert.sign(key.forgeKey, forge.md.sha256.create());
  return { commonName, certificatePem: forge.pki.certificateToPem(cert), privateKeyPem: key.pem };
}

/** A signing certificate issued by the demo CA: a person's (with title) or an organisation's. */
export function issueDemoCertificate(ca: DemoCa, subject: DemoSubject, options: DemoOptions = {}): DemoCertificate {
  const caCert = forge.pki.certificateFromPem(ca.certificatePem);
  const caKey = forge.pki.privateKeyFromPem(ca.privateKeyPem);
  const key = newKey();
  const cert = forge.pki.createCertificate();
  cert.publicKey = key.publicKey;
  cert.serialNumber = serial();
  validity(cert, options.notBefore ?? new Date('2021-01-01T00:00:00Z'), options.years ?? 10);
  cert.setSubject(attributes(subject));
  // forge keeps parsed UTF8String values as raw bytes and would encode them twice: decode them first.
  cert.setIssuer(
    caCert.subject.attributes.map((a) =>
      (a.valueTagClass as unknown) === UTF8 && typeof a.value === 'string'
        ? { ...a, value: forge.util.decodeUtf8(a.value) }
        : a,
    ),
  );
  cert.setExtensions([
    { name: 'basicConstraints', cA: false, critical: true },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true },
    { name: 'extKeyUsage', emailProtection: true },
    { name: 'subjectKeyIdentifier' },
    { name: 'authorityKeyIdentifier', keyIdentifier: caCert.generateSubjectKeyIdentifier().getBytes() },
  ]);
  cert.sign(caKey, forge.md.sha256.create());
  return { certificatePem: forge.pki.certificateToPem(cert), privateKeyPem: key.pem };
}

/** PKCS#12 with the key, the certificate and its chain, protected by `passphrase` (AES-256, SHA-256 KDF). */
export function toPkcs12(
  identity: DemoCertificate,
  chainPems: string[],
  passphrase: string,
  friendlyName?: string,
): Buffer {
  const key = forge.pki.privateKeyFromPem(identity.privateKeyPem);
  const certs = [identity.certificatePem, ...chainPems].map((pem) => forge.pki.certificateFromPem(pem));
  const asn = forge.pkcs12.toPkcs12Asn1(key, certs, passphrase, {
    algorithm: 'aes256',
    ...(friendlyName ? { friendlyName } : {}),
  });
  return Buffer.from(forge.asn1.toDer(asn).getBytes(), 'binary');
}
