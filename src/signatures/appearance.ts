/**
 * Visible signature appearances as self-contained Form XObject content: text is drawn as glyph outlines
 * taken from Liberation Serif (fontkit), so Vietnamese shows correctly without embedding a font in the
 * incremental update. NĐ 30/2020 Phụ lục I describes the two images (recalled, see docs/outgoing.md):
 * - the signer's signature in blue, centred between the signer's title and name;
 * - the organisation's signature as its red seal, over the left third of the signer's signature, with the
 *   organisation's name and the signing time.
 * TCT has no scanned signatures or seals, so both are drawn: the signer's name and time, and a round
 * seal-like mark with the organisation's name around the ring.
 */
import * as fontkit from 'fontkit';
import { type FontFace, loadLetterFonts } from '../letters/fonts.ts';

type Font = fontkit.Font;
const fonts = new Map<FontFace, Font>();

function font(face: FontFace): Font {
  let f = fonts.get(face);
  if (!f) {
    f = fontkit.create(loadLetterFonts().files[face]) as Font;
    fonts.set(face, f);
  }
  return f;
}

const n = (v: number) => (Math.round(v * 100) / 100).toString();

/** Path operators of one glyph, in glyph space scaled by `scale`. */
function glyphPath(glyph: fontkit.Glyph, scale: number): string {
  const ops: string[] = [];
  let cx = 0;
  let cy = 0;
  for (const { command, args } of glyph.path.commands) {
    const a = args.map((v) => v * scale);
    if (command === 'moveTo') {
      ops.push(`${n(a[0] ?? 0)} ${n(a[1] ?? 0)} m`);
      [cx, cy] = [a[0] ?? 0, a[1] ?? 0];
    } else if (command === 'lineTo') {
      ops.push(`${n(a[0] ?? 0)} ${n(a[1] ?? 0)} l`);
      [cx, cy] = [a[0] ?? 0, a[1] ?? 0];
    } else if (command === 'quadraticCurveTo') {
      const [qx = 0, qy = 0, x = 0, y = 0] = a;
      // A quadratic Bézier as the equivalent cubic.
      ops.push(
        `${n(cx + (2 / 3) * (qx - cx))} ${n(cy + (2 / 3) * (qy - cy))} ${n(x + (2 / 3) * (qx - x))} ${n(y + (2 / 3) * (qy - y))} ${n(x)} ${n(y)} c`,
      );
      [cx, cy] = [x, y];
    } else if (command === 'bezierCurveTo') {
      ops.push(`${a.slice(0, 6).map(n).join(' ')} c`);
      [cx, cy] = [a[4] ?? 0, a[5] ?? 0];
    } else if (command === 'closePath') ops.push('h');
  }
  return ops.join(' ');
}

export function textWidth(text: string, size: number, face: FontFace = 'regular'): number {
  const f = font(face);
  return (f.layout(text.normalize('NFC')).advanceWidth / f.unitsPerEm) * size;
}

/** Fill operators drawing `text` with its baseline starting at (x, y). */
export function drawText(text: string, x: number, y: number, size: number, face: FontFace = 'regular'): string {
  const f = font(face);
  const scale = size / f.unitsPerEm;
  const run = f.layout(text.normalize('NFC'));
  const out: string[] = [];
  let pen = 0;
  run.glyphs.forEach((glyph, i) => {
    const pos = run.positions[i];
    const path = glyphPath(glyph, scale);
    if (path)
      out.push(
        `q 1 0 0 1 ${n(x + pen + (pos?.xOffset ?? 0) * scale)} ${n(y + (pos?.yOffset ?? 0) * scale)} cm ${path} f Q`,
      );
    pen += (pos?.xAdvance ?? glyph.advanceWidth) * scale;
  });
  return out.join('\n');
}

/** Shrinks `size` until `text` fits `width`. */
function fitSize(text: string, size: number, width: number, face: FontFace): number {
  const w = textWidth(text, size, face);
  return w <= width ? size : Math.max(4, (size * width) / w);
}

const BLUE = '0 0.2 0.6 rg';
const RED = '0.8 0 0 rg 0.8 0 0 RG';

/** The signer's appearance: name and signing time, blue, centred in a box `width` × `height`. */
export function signerAppearance(width: number, height: number, lines: string[]): string {
  const sizes = lines.map((l, i) => fitSize(l, i === 0 ? 12 : 9, width - 4, i === 0 ? 'bold' : 'italic'));
  const total = sizes.reduce((a, s) => a + s * 1.25, 0);
  let y = height / 2 + total / 2;
  const ops = [BLUE];
  lines.forEach((line, i) => {
    const size = sizes[i] ?? 9;
    const face: FontFace = i === 0 ? 'bold' : 'italic';
    y -= size * 1.05;
    ops.push(drawText(line, (width - textWidth(line, size, face)) / 2, y, size, face));
    y -= size * 0.2;
  });
  return ops.join('\n');
}

function circle(cx: number, cy: number, r: number): string {
  const k = 0.5523 * r;
  return [
    `${n(cx + r)} ${n(cy)} m`,
    `${n(cx + r)} ${n(cy + k)} ${n(cx + k)} ${n(cy + r)} ${n(cx)} ${n(cy + r)} c`,
    `${n(cx - k)} ${n(cy + r)} ${n(cx - r)} ${n(cy + k)} ${n(cx - r)} ${n(cy)} c`,
    `${n(cx - r)} ${n(cy - k)} ${n(cx - k)} ${n(cy - r)} ${n(cx)} ${n(cy - r)} c`,
    `${n(cx + k)} ${n(cy - r)} ${n(cx + r)} ${n(cy - k)} ${n(cx + r)} ${n(cy)} c`,
    'h S',
  ].join(' ');
}

/** Text set around the upper part of a circle of radius `r`, centred on the top. */
function textOnArc(text: string, cx: number, cy: number, r: number, size: number): string {
  const f = font('bold');
  const scale = size / f.unitsPerEm;
  const run = f.layout(text.normalize('NFC'));
  const widths = run.glyphs.map((g, i) => (run.positions[i]?.xAdvance ?? g.advanceWidth) * scale);
  const total = widths.reduce((a, b) => a + b, 0);
  const span = Math.min(total / r, Math.PI * 1.6);
  const squeeze = span / (total / r);
  let angle = Math.PI / 2 + span / 2;
  const out: string[] = [];
  run.glyphs.forEach((glyph, i) => {
    const advance = ((widths[i] ?? 0) / r) * squeeze;
    const middle = angle - advance / 2;
    const x = cx + r * Math.cos(middle);
    const y = cy + r * Math.sin(middle);
    const rot = middle - Math.PI / 2;
    const [c, s] = [Math.cos(rot), Math.sin(rot)];
    const half = ((widths[i] ?? 0) * squeeze) / 2;
    const path = glyphPath(glyph, scale * squeeze);
    // Rotate about the glyph's middle so the baseline follows the ring.
    if (path) out.push(`q ${n(c)} ${n(s)} ${n(-s)} ${n(c)} ${n(x - half * c)} ${n(y - half * s)} cm ${path} f Q`);
    angle -= advance;
  });
  return out.join('\n');
}

function star(cx: number, cy: number, r: number): string {
  const points: string[] = [];
  for (let i = 0; i < 10; i++) {
    const radius = i % 2 === 0 ? r : r * 0.4;
    const a = Math.PI / 2 + (i * Math.PI) / 5;
    points.push(`${n(cx + radius * Math.cos(a))} ${n(cy + radius * Math.sin(a))} ${i === 0 ? 'm' : 'l'}`);
  }
  return `${points.join(' ')} h f`;
}

/** Opaque white box with centred black lines (the clerk's number and date over the draft's blanks). */
export function stampAppearance(
  width: number,
  height: number,
  stamp: { lines: string[]; style: { size: number; bold?: boolean; italic?: boolean } },
): string {
  const face: FontFace = stamp.style.bold
    ? stamp.style.italic
      ? 'boldItalic'
      : 'bold'
    : stamp.style.italic
      ? 'italic'
      : 'regular';
  const size = stamp.style.size;
  const lineHeight = size * 1.149; // Liberation Serif's natural line height, as the page was laid out
  const ops = ['1 1 1 rg', `0 0 ${n(width)} ${n(height)} re f`, '0 0 0 rg'];
  stamp.lines.forEach((line, i) => {
    const fitted = fitSize(line, size, width - 2, face);
    const baseline = height - 1 - 0.891 * size - i * lineHeight;
    ops.push(drawText(line, (width - textWidth(line, fitted, face)) / 2, baseline, fitted, face));
  });
  return ops.join('\n');
}

/** The organisation's appearance: a red round mark with its name on the ring and the signing time inside. */
export function sealAppearance(size: number, organisation: string, timeLines: string[]): string {
  const c = size / 2;
  const outer = c - 1;
  const ops = [RED, '1.2 w', circle(c, c, outer), '0.6 w', circle(c, c, outer * 0.72)];
  ops.push(
    textOnArc(organisation.toLocaleUpperCase('vi'), c, c, outer * 0.8, Math.max(4.5, Math.min(7, outer * 0.17))),
  );
  ops.push(star(c, c + outer * 0.3, outer * 0.12));
  timeLines.forEach((line, i) => {
    const s = fitSize(line, 6, outer * 1.3, 'regular');
    ops.push(drawText(line, c - textWidth(line, s) / 2, c - outer * 0.08 - i * s * 1.2, s));
  });
  return ops.join('\n');
}
