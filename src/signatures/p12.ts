/**
 * PKCS#12 (.p12/.pfx) files, as a school admin uploads a signer's or the organisation's certificate:
 * opened with the passphrase (node-forge), the private key handed to Node's crypto, the certificate that
 * matches the key picked out, the rest kept as its chain.
 */
import { createPrivateKey, createPublicKey, type KeyObject, X509Certificate } from 'node:crypto';
import forge from 'node-forge';
import { SignatureError } from './errors.ts';

export interface SigningIdentity {
  privateKey: KeyObject;
  certificate: X509Certificate;
  /** The other certificates of the file (intermediates, root). */
  chain: X509Certificate[];
}

const MAX_P12_BYTES = 1024 * 1024;

function certificateDer(bag: forge.pkcs12.Bag): Buffer | null {
  if (bag.cert) return Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(bag.cert)).getBytes(), 'binary');
  if (bag.asn1) return Buffer.from(forge.asn1.toDer(bag.asn1).getBytes(), 'binary');
  return null;
}

function keyDer(bag: forge.pkcs12.Bag): Buffer | null {
  if (bag.key) {
    const info = forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(bag.key as forge.pki.rsa.PrivateKey));
    return Buffer.from(forge.asn1.toDer(info).getBytes(), 'binary');
  }
  // Key types forge does not parse (EC) arrive as the decrypted PrivateKeyInfo.
  if (bag.asn1) return Buffer.from(forge.asn1.toDer(bag.asn1).getBytes(), 'binary');
  return null;
}

export function loadPkcs12(p12: Buffer, passphrase: string): SigningIdentity {
  if (p12.length === 0 || p12.length > MAX_P12_BYTES)
    throw new SignatureError('BAD_P12', 'Tệp chứng thư số (PKCS#12) rỗng hoặc quá lớn.');
  let parsed: forge.pkcs12.Pkcs12Pfx;
  try {
    const asn = forge.asn1.fromDer(forge.util.createBuffer(p12.toString('binary')), false);
    parsed = forge.pkcs12.pkcs12FromAsn1(asn, false, passphrase);
  } catch (error) {
    const message = (error as Error).message ?? '';
    if (/password|MAC|decrypt/i.test(message)) {
      throw new SignatureError('BAD_PASSPHRASE', 'Mật khẩu của tệp chứng thư số không đúng.');
    }
    throw new SignatureError('BAD_P12', 'Không đọc được tệp chứng thư số (cần tệp PKCS#12 .p12/.pfx).');
  }
  const bags = (type: string | undefined): forge.pkcs12.Bag[] =>
    type ? (parsed.getBags({ bagType: type })[type] ?? []) : [];
  const keyBags = [...bags(forge.pki.oids.pkcs8ShroudedKeyBag), ...bags(forge.pki.oids.keyBag)];
  const certBags = bags(forge.pki.oids.certBag);
  const keyBytes = keyBags.map(keyDer).find((k): k is Buffer => k !== null);
  if (!keyBytes) throw new SignatureError('BAD_P12', 'Tệp chứng thư số không có khóa bí mật.');
  const privateKey = createPrivateKey({ key: keyBytes, format: 'der', type: 'pkcs8' });
  const publicDer = createPublicKey(privateKey).export({ format: 'der', type: 'spki' });
  const certificates = certBags
    .map(certificateDer)
    .filter((c): c is Buffer => c !== null)
    .map((c) => new X509Certificate(c));
  const certificate = certificates.find((c) => c.publicKey.export({ format: 'der', type: 'spki' }).equals(publicDer));
  if (!certificate) throw new SignatureError('BAD_P12', 'Tệp chứng thư số không có chứng thư ứng với khóa bí mật.');
  return { privateKey, certificate, chain: certificates.filter((c) => c !== certificate) };
}
