/** Test and benchmark helpers: builds an image-only PDF (no text layer) from JPEG pages, like a scanner's output. */
import { readFileSync, writeFileSync } from 'node:fs';

function jpegSize(jpeg: Buffer): { width: number; height: number; components: number } {
  let i = 2;
  while (i < jpeg.length) {
    if (jpeg[i] !== 0xff) throw new Error('JPEG không hợp lệ');
    const marker = jpeg[i + 1] ?? 0;
    const len = jpeg.readUInt16BE(i + 2);
    if (marker >= 0xc0 && marker <= 0xc3) {
      return { height: jpeg.readUInt16BE(i + 5), width: jpeg.readUInt16BE(i + 7), components: jpeg[i + 9] ?? 1 };
    }
    i += 2 + len;
  }
  throw new Error('Không tìm thấy kích thước JPEG');
}

export interface PdfPageSpec {
  jpeg: string;
  /** Part of the image shown on the page, as fractions of its height from the top: [from, to). */
  crop?: [number, number];
  /** Resolution the page is laid out at (default 200). */
  dpi?: number;
}

/** A typed page (a text layer, no image): ASCII lines in Helvetica, as a word processor's export would have. */
export interface TextPageSpec {
  text: string[];
}

/**
 * Writes an image-only PDF (no text layer), like a scanner's output: one JPEG per page, embedded as is
 * (DCTDecode). A JPEG used on several pages is stored once; a crop shows part of the image on its page (a
 * letter's text split over two pages). A TextPageSpec page has a text layer instead (a mixed PDF).
 */
export function writeImagePdf(out: string, pages: Array<string | PdfPageSpec | TextPageSpec>): void {
  const all = pages.map((p) => (typeof p === 'string' ? { jpeg: p } : p));
  const specs = all.filter((p): p is PdfPageSpec => 'jpeg' in p);
  const objects: Buffer[] = [];
  const add = (b: Buffer | string) => {
    objects.push(typeof b === 'string' ? Buffer.from(b, 'latin1') : b);
    return objects.length;
  };
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add(''); // pages tree, filled in below
  const images = new Map<string, { id: number; width: number; height: number }>();
  for (const spec of specs) {
    if (images.has(spec.jpeg)) continue;
    const jpeg = readFileSync(spec.jpeg);
    const { width, height, components } = jpegSize(jpeg);
    const cs = components === 3 ? '/DeviceRGB' : '/DeviceGray';
    const id = add(
      Buffer.concat([
        Buffer.from(
          `<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace ${cs} /BitsPerComponent 8 /Filter /DCTDecode /Length ${jpeg.length} >>\nstream\n`,
          'latin1',
        ),
        jpeg,
        Buffer.from('\nendstream', 'latin1'),
      ]),
    );
    images.set(spec.jpeg, { id, width, height });
  }
  const kids: number[] = [];
  let font = 0;
  for (const spec of all) {
    if ('text' in spec) {
      font ||= add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
      const lines = spec.text.map((l) => `(${l.replace(/[\\()]/g, '\\$&')}) Tj T*`).join(' ');
      const content = `BT /F1 11 Tf 14 TL 56 780 Td ${lines} ET`;
      const contentId = add(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
      kids.push(
        add(
          `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents ${contentId} 0 R /Resources << /Font << /F1 ${font} 0 R >> >> >>`,
        ),
      );
      continue;
    }
    const img = images.get(spec.jpeg);
    if (!img) continue;
    const dpi = spec.dpi ?? 200;
    const [from, to] = spec.crop ?? [0, 1];
    const w = (img.width * 72) / dpi;
    const full = (img.height * 72) / dpi;
    const h = full * (to - from);
    // The whole image is drawn, shifted so that the cropped band fills the page; the rest falls outside.
    const y = -full * (1 - to);
    const content = `q ${w.toFixed(2)} 0 0 ${full.toFixed(2)} 0 ${y.toFixed(2)} cm /Im0 Do Q`;
    const contentId = add(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
    kids.push(
      add(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w.toFixed(2)} ${h.toFixed(2)}] /Contents ${contentId} 0 R /Resources << /XObject << /Im0 ${img.id} 0 R >> >> >>`,
      ),
    );
  }
  objects[1] = Buffer.from(
    `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`,
    'latin1',
  );
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let pos = parts[0]?.length ?? 0;
  objects.forEach((o, k) => {
    offsets.push(pos);
    const b = Buffer.concat([Buffer.from(`${k + 1} 0 obj\n`, 'latin1'), o, Buffer.from('\nendobj\n', 'latin1')]);
    parts.push(b);
    pos += b.length;
  });
  const xref = [
    `xref\n0 ${objects.length + 1}\n`,
    '0000000000 65535 f \n',
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`),
  ].join('');
  parts.push(
    Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${pos}\n%%EOF\n`, 'latin1'),
  );
  writeFileSync(out, Buffer.concat(parts));
}

/**
 * A short synthetic letter with every core field (image-read.ts#missingCoreFields), as header and signature
 * block, and the signature block as a global threshold reads it under a grey seal (the name and title lost).
 */
export const CORE_LETTER_HEAD = [
  'SỞ NỘI VỤ TỈNH AN GIANG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'Số: 12/SNV-TCCB An Giang, ngày 03 tháng 4 năm 2024',
  'V/v cử cán bộ dự lớp bồi dưỡng',
  'Kính gửi: Trường Chính trị tỉnh An Giang.',
  'Sở Nội vụ đề nghị Trường cử cán bộ dự lớp bồi dưỡng.',
].join('\n');
export const CORE_LETTER_SIGNATURE = ['Nơi nhận: GIÁM ĐỐC', '- Như trên;', '- Lưu: VT.', 'Nguyễn Văn An', ''].join(
  '\n',
);
export const SEALED_SIGNATURE = ['Nơi nhận: ~@#', '- Như trên;', '- Lưu: VT.', 'Ng#@ ~~', ''].join('\n');
