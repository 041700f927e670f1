/** Test helpers: builds an image-only PDF (no text layer) from JPEG pages, like a scanner's output. */
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

/** Writes a PDF whose pages are the given JPEG files at 200 dpi. */
export function writeImagePdf(out: string, jpegPaths: string[]): void {
  const objects: Buffer[] = [];
  const add = (b: Buffer | string) => objects.push(typeof b === 'string' ? Buffer.from(b, 'latin1') : b);
  const n = jpegPaths.length;
  // 1: catalog, 2: pages, then per page: page, content, image.
  add('<< /Type /Catalog /Pages 2 0 R >>');
  const kids = jpegPaths.map((_, k) => `${3 + k * 3} 0 R`).join(' ');
  add(`<< /Type /Pages /Kids [${kids}] /Count ${n} >>`);
  jpegPaths.forEach((p, k) => {
    const jpeg = readFileSync(p);
    const { width, height, components } = jpegSize(jpeg);
    const w = (width * 72) / 200;
    const h = (height * 72) / 200;
    const base = 3 + k * 3;
    add(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w.toFixed(2)} ${h.toFixed(2)}] /Contents ${base + 1} 0 R /Resources << /XObject << /Im0 ${base + 2} 0 R >> >> >>`,
    );
    const content = `q ${w.toFixed(2)} 0 0 ${h.toFixed(2)} 0 0 cm /Im0 Do Q`;
    add(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
    const cs = components === 3 ? '/DeviceRGB' : '/DeviceGray';
    add(
      Buffer.concat([
        Buffer.from(
          `<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace ${cs} /BitsPerComponent 8 /Filter /DCTDecode /Length ${jpeg.length} >>\nstream\n`,
          'latin1',
        ),
        jpeg,
        Buffer.from('\nendstream', 'latin1'),
      ]),
    );
  });
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
