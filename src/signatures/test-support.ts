/**
 * Test helpers: a demo PKI made once per test file, a tiny PDF whose cross-reference is a compressed
 * stream with a PNG predictor (as Word, LibreOffice and scanners write them; pdfkit writes tables), and
 * poppler's independent verdict (`pdfsig`).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { deflateSync } from 'node:zlib';
import { createDemoCa, issueDemoCertificate, toPkcs12 } from './demo-certs.ts';

const run = promisify(execFile);

export interface DemoPki {
  caPem: string;
  signerP12: Buffer;
  organisationP12: Buffer;
}

export const SIGNER_PASSPHRASE = 'ky-so-ca-nhan';
export const ORG_PASSPHRASE = 'ky-so-co-quan';

export function makeDemoPki(): DemoPki {
  const ca = createDemoCa();
  const school = 'Trường Chính trị tỉnh Thái Nguyên';
  const signer = issueDemoCertificate(ca, {
    commonName: 'Nguyễn Thị Hằng',
    title: 'Phó Hiệu trưởng',
    organisation: school,
    locality: 'Thái Nguyên',
  });
  const organisation = issueDemoCertificate(ca, { commonName: school, organisation: school, locality: 'Thái Nguyên' });
  return {
    caPem: ca.certificatePem,
    signerP12: toPkcs12(signer, [ca.certificatePem], SIGNER_PASSPHRASE),
    organisationP12: toPkcs12(organisation, [ca.certificatePem], ORG_PASSPHRASE),
  };
}

/** One page, one blue square; the cross-reference is a FlateDecode stream with the PNG "Up" predictor. */
export function xrefStreamPdf(): Buffer {
  const content = '0 0 1 rg 100 600 200 150 re f';
  const bodies = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  let text = '%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  bodies.forEach((body, i) => {
    offsets.push(Buffer.byteLength(text, 'latin1'));
    text += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xrefAt = Buffer.byteLength(text, 'latin1');
  const rows = [[0, 0, 0xffff], ...offsets.map((o) => [1, o, 0]), [1, xrefAt, 0]].map(([type, field2, field3]) => {
    const row = Buffer.alloc(7);
    row.writeUInt8(type ?? 0, 0);
    row.writeUInt32BE(field2 ?? 0, 1);
    row.writeUInt16BE(field3 ?? 0, 5);
    return row;
  });
  // PNG "Up" filter: each byte minus the byte above it.
  const encoded = Buffer.concat(
    rows.map((row, r) =>
      Buffer.concat([
        Buffer.from([2]),
        Buffer.from(row.map((b, c) => (b - (r > 0 ? (rows[r - 1]?.[c] ?? 0) : 0)) & 0xff)),
      ]),
    ),
  );
  const data = deflateSync(encoded);
  const dict = `<< /Type /XRef /Size 6 /W [1 4 2] /Root 1 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>] /Filter /FlateDecode /DecodeParms << /Columns 7 /Predictor 12 >> /Length ${data.length} >>`;
  return Buffer.concat([
    Buffer.from(`${text}5 0 obj\n${dict}\nstream\n`, 'latin1'),
    data,
    Buffer.from(`\nendstream\nendobj\nstartxref\n${xrefAt}\n%%EOF\n`, 'latin1'),
  ]);
}

/** poppler's report for the file (signature validity per signature), without NSS trust. */
export async function pdfsig(pdf: Buffer): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tct-sig-'));
  try {
    const path = join(dir, 'signed.pdf');
    await writeFile(path, pdf);
    const { stdout } = await run('pdfsig', [path]).catch((error: { stdout?: string }) => ({
      stdout: error.stdout ?? '',
    }));
    return stdout;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
