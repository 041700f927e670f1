/**
 * PAdES signing of a PDF with a PKCS#12 identity, as an incremental update: the signer signs the letter,
 * then the clerk adds the organisation's signature to the already signed file, and the first signature
 * stays valid because its bytes are untouched. SubFilter ETSI.CAdES.detached (PAdES baseline B-B, see
 * cms.ts). Visible (with an appearance, appearance.ts) or invisible.
 */
import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import type { TextStamp } from '../letters/issue.ts';
import { sealAppearance, signerAppearance, stampAppearance } from './appearance.ts';
import { summarise } from './certificates.ts';
import { buildSignedData } from './cms.ts';
import { SignatureError } from './errors.ts';
import { appendUpdate, type ObjectUpdate, objectUpdate } from './incremental.ts';
import { loadPkcs12 } from './p12.ts';
import { PdfFile } from './pdf-file.ts';
import { name, PdfDict, type PdfObj, PdfRef, PdfStream, PdfSyntaxError, textString } from './pdf-objects.ts';
import { pdfDate, vietnamTime } from './time.ts';

export interface VisibleSignature {
  /** 0-based page index. */
  page: number;
  /** [x1, y1, x2, y2] in PDF user space (points, origin bottom-left). */
  rect: [number, number, number, number];
  /** The signer's blue text, or the organisation's red seal. */
  kind: 'signer' | 'organisation';
}

export interface SignOptions {
  p12: Buffer;
  passphrase: string;
  reason?: string;
  location?: string;
  contactInfo?: string;
  /** Defaults to the certificate's common name. */
  name?: string;
  /** Defaults to now; written to /M (PAdES: the claimed signing time). */
  signingTime?: Date;
  visible?: VisibleSignature | null;
  /**
   * Text the signature adds over the page, in its appearance: the clerk's number and date stamped into the
   * blanks the signer signed (see issueStamps in src/letters/issue.ts). Opaque, so the blank draft line
   * under a stamp does not show. Same page as `visible`.
   */
  stamps?: TextStamp[];
  /** Bytes reserved for the CMS (doubled in hex); the default fits a 4096-bit key with a chain of three. */
  reservedBytes?: number;
}

const BYTE_RANGE_WIDTH = 10;
const PLACEHOLDER = `/ByteRange [0 ${'0'.repeat(BYTE_RANGE_WIDTH)} ${'0'.repeat(BYTE_RANGE_WIDTH)} ${'0'.repeat(BYTE_RANGE_WIDTH)}]`;

function openPdf(pdf: Buffer): PdfFile {
  if (pdf.subarray(0, 1024).indexOf('%PDF-') < 0) throw new SignatureError('BAD_PDF', 'Tệp không phải PDF.');
  try {
    const file = new PdfFile(pdf);
    if (file.trailer.get('Encrypt')) throw new SignatureError('ENCRYPTED_PDF', 'Không ký được tệp PDF đã mã hóa.');
    file.catalogRef();
    return file;
  } catch (error) {
    if (error instanceof SignatureError) throw error;
    throw new SignatureError('BAD_PDF', `Không đọc được cấu trúc tệp PDF (${(error as Error).message}).`);
  }
}

/** A copy of a dictionary object, so the update can change it without touching the parsed file. */
function copyDict(file: PdfFile, ref: PdfObj | undefined): PdfDict {
  const dict = file.dict(ref);
  return new PdfDict(new Map(dict?.map ?? []));
}

export async function signPdf(pdf: Buffer, options: SignOptions): Promise<Buffer> {
  const identity = loadPkcs12(options.p12, options.passphrase);
  const signingTime = options.signingTime ?? new Date();
  const certificate = summarise(identity.certificate);
  if (signingTime < new Date(certificate.validFrom) || signingTime > new Date(certificate.validTo)) {
    throw new SignatureError(
      'CERTIFICATE_NOT_VALID',
      'Chứng thư số chưa có hiệu lực hoặc đã hết hạn tại thời điểm ký.',
    );
  }
  const file = openPdf(pdf);
  const pages = file.pageRefs();

  let next = file.size;
  const alloc = () => next++;
  const updates: ObjectUpdate[] = [];
  const signerName = options.name ?? certificate.commonName ?? 'Người ký';
  const reserved = options.reservedBytes ?? 16_384;

  // Signature dictionary with placeholders; /Contents and /ByteRange are filled in after the file is laid out.
  // Written by hand rather than serialized so the placeholders keep a known, fixed width.
  const sigNum = alloc();
  let sigBody = `<</Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached ${PLACEHOLDER} /Contents <${'0'.repeat(reserved * 2)}>`;
  sigBody += ` /M (${pdfDate(signingTime)})`;
  for (const [key, value] of [
    ['Name', signerName],
    ['Reason', options.reason],
    ['Location', options.location],
    ['ContactInfo', options.contactInfo],
  ] as const) {
    if (value) sigBody += ` /${key} <${textString(value).bytes.toString('hex').toUpperCase()}>`;
  }
  sigBody += ' /Prop_Build <</App <</Name /TCT>>>>>>';
  updates.push({ num: sigNum, gen: 0, body: sigBody });

  // One field, one widget (viewers such as poppler expect that of a signature). When the clerk's stamps
  // come with the seal, the widget spans all of them and its appearance paints each part in place;
  // what it does not paint stays transparent.
  const catalog = copyDict(file, file.catalogRef());
  const acroFormValue = catalog.get('AcroForm');
  const acroForm = copyDict(file, acroFormValue);
  const fieldsValue = acroForm.get('Fields');
  const fields = [...((file.resolve(fieldsValue) as PdfObj[] | null) ?? [])];
  const time = vietnamTime(signingTime);
  const parts: { rect: [number, number, number, number]; content: (w: number, h: number) => string }[] = [];
  const visible = options.visible;
  if (visible) {
    parts.push({
      rect: visible.rect,
      content: (w, h) =>
        visible.kind === 'signer'
          ? signerAppearance(w, h, [signerName, `Ký số: ${time.date} ${time.time}`])
          : sealAppearance(Math.min(w, h), certificate.organisation ?? signerName, [
              `Ký số: ${time.date}`,
              `${time.time} ${time.zone}`,
            ]),
    });
  }
  for (const stamp of options.stamps ?? [])
    parts.push({ rect: stamp.rect, content: (w, h) => stampAppearance(w, h, stamp) });
  const pageIndex = visible?.page ?? options.stamps?.[0]?.page ?? 0;
  if ((options.stamps ?? []).some((s) => s.page !== pageIndex)) {
    throw new SignatureError('BAD_PAGE', 'Dấu số, ngày phải ở cùng trang với chữ ký.');
  }
  const pageRef = pages[pageIndex];
  if (!pageRef) throw new SignatureError('BAD_PAGE', `Tệp PDF không có trang ${pageIndex + 1}.`);
  const fieldNum = alloc();
  const widget = new PdfDict()
    .set('Type', name('Annot'))
    .set('Subtype', name('Widget'))
    .set('FT', name('Sig'))
    .set('T', textString(`Chữ ký ${fields.length + 1}`))
    .set('V', new PdfRef(sigNum, 0))
    .set('P', pageRef)
    .set('F', 132); // Print + Locked
  if (parts.length > 0) {
    const box = (r: [number, number, number, number]) =>
      [Math.min(r[0], r[2]), Math.min(r[1], r[3]), Math.max(r[0], r[2]), Math.max(r[1], r[3])] as const;
    const boxes = parts.map((p) => box(p.rect));
    const [ux1, uy1, ux2, uy2] = [
      Math.min(...boxes.map((b) => b[0])),
      Math.min(...boxes.map((b) => b[1])),
      Math.max(...boxes.map((b) => b[2])),
      Math.max(...boxes.map((b) => b[3])),
    ];
    const content = parts
      .map((part, i) => {
        const [x1, y1, x2, y2] = boxes[i] ?? [0, 0, 0, 0];
        return `q 1 0 0 1 ${(x1 - ux1).toFixed(2)} ${(y1 - uy1).toFixed(2)} cm\n${part.content(x2 - x1, y2 - y1)}\nQ`;
      })
      .join('\n');
    const apNum = alloc();
    const ap = new PdfStream(
      new PdfDict()
        .set('Type', name('XObject'))
        .set('Subtype', name('Form'))
        .set('BBox', [0, 0, ux2 - ux1, uy2 - uy1])
        .set('Resources', new PdfDict())
        .set('Filter', name('FlateDecode')),
      deflateSync(Buffer.from(content, 'latin1')),
    );
    updates.push(objectUpdate(apNum, ap));
    widget.set('Rect', [ux1, uy1, ux2, uy2]);
    widget.set('AP', new PdfDict().set('N', new PdfRef(apNum, 0)));
  } else widget.set('Rect', [0, 0, 0, 0]);
  updates.push(objectUpdate(fieldNum, widget));
  const widgetRef = new PdfRef(fieldNum, 0);

  // The page lists the widget among its annotations (the array may be its own object).
  const page = copyDict(file, pageRef);
  const annotsValue = page.get('Annots');
  const annots = [...((file.resolve(annotsValue) as PdfObj[] | null) ?? []), widgetRef];
  if (annotsValue instanceof PdfRef) updates.push(objectUpdate(annotsValue.num, annots, annotsValue.gen));
  else {
    page.set('Annots', annots);
    updates.push(objectUpdate(pageRef.num, page, pageRef.gen));
  }

  // The form lists the field; SigFlags 3 = signatures exist, append only.
  fields.push(widgetRef);
  if (fieldsValue instanceof PdfRef) updates.push(objectUpdate(fieldsValue.num, fields, fieldsValue.gen));
  else acroForm.set('Fields', fields);
  acroForm.set('SigFlags', 3);
  if (acroFormValue instanceof PdfRef) updates.push(objectUpdate(acroFormValue.num, acroForm, acroFormValue.gen));
  else {
    const formNum = alloc();
    updates.push(objectUpdate(formNum, acroForm));
    catalog.set('AcroForm', new PdfRef(formNum, 0));
    const root = file.catalogRef();
    updates.push(objectUpdate(root.num, catalog, root.gen));
  }

  const laidOut = appendUpdate(file, updates, next);
  return fillSignature(laidOut, file.buf.length, identity, reserved);
}

/** Writes /ByteRange and the CMS into the placeholders of the signature added after `from`. */
function fillSignature(pdf: Buffer, from: number, identity: ReturnType<typeof loadPkcs12>, reserved: number): Buffer {
  const rangeAt = pdf.indexOf(PLACEHOLDER, from, 'latin1');
  const contentsAt = pdf.indexOf('/Contents <', rangeAt, 'latin1') + '/Contents '.length;
  if (rangeAt < 0 || contentsAt < rangeAt) throw new PdfSyntaxError('signature placeholder lost');
  const contentsEnd = contentsAt + reserved * 2 + 2;
  const range = [0, contentsAt, contentsEnd, pdf.length - contentsEnd];
  const rangeText = `/ByteRange [0 ${range
    .slice(1)
    .map((v) => String(v).padEnd(BYTE_RANGE_WIDTH, ' '))
    .join(' ')}]`;
  if (rangeText.length !== PLACEHOLDER.length) throw new PdfSyntaxError('byte range does not fit its placeholder');
  const out = Buffer.from(pdf);
  out.write(rangeText, rangeAt, 'latin1');
  const digest = createHash('sha256').update(out.subarray(0, contentsAt)).update(out.subarray(contentsEnd)).digest();
  const cms = buildSignedData({
    digest,
    certificate: identity.certificate.raw,
    chain: identity.chain.map((c) => c.raw),
    privateKey: identity.privateKey,
  });
  if (cms.length > reserved)
    throw new SignatureError('SIGNATURE_TOO_LARGE', 'Chữ ký số vượt quá chỗ dành sẵn trong tệp.');
  out.write(
    cms
      .toString('hex')
      .toUpperCase()
      .padEnd(reserved * 2, '0'),
    contentsAt + 1,
    'latin1',
  );
  return out;
}
