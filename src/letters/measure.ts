/**
 * Text widths from the font files (the PDF's fonts, Times New Roman metrics), and balanced line breaks for
 * centred header lines: "TRƯỜNG CHÍNH TRỊ / TỈNH THÁI NGUYÊN" rather than "TRƯỜNG CHÍNH TRỊ TỈNH THÁI /
 * NGUYÊN", as a typist would break them. The breaks are decided once, so the DOCX and the PDF agree.
 */
import * as fontkit from 'fontkit';
import { type FontFace, faceOf, type LetterFonts } from './fonts.ts';
import type { TextStyle } from './layout-rules.ts';

/** Width of a single line of text in points. */
export type Measure = (text: string, style: TextStyle) => number;

export function fontMeasure(fonts: LetterFonts): Measure {
  const faces = new Map<FontFace, fontkit.Font>();
  const faceFont = (face: FontFace): fontkit.Font => {
    let font = faces.get(face);
    if (!font) {
      font = fontkit.create(fonts.files[face]) as fontkit.Font;
      faces.set(face, font);
    }
    return font;
  };
  return (text, style) => {
    const font = faceFont(faceOf(style));
    return (font.layout(text).advanceWidth / font.unitsPerEm) * style.size;
  };
}

function greedy(words: string[], limit: number, width: (s: string) => number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && width(candidate) > limit) {
      lines.push(current);
      current = word;
    } else current = candidate;
  }
  if (current) lines.push(current);
  return lines;
}

/**
 * The fewest lines that fit `width`, with the break points chosen so the lines are as even as possible.
 * A word wider than the column stays whole on its own line (the renderer then lets it overflow).
 */
export function balanceLines(text: string, style: TextStyle, width: number, measure: Measure): string[] {
  // Only ordinary spaces are break points: the no-break spaces of a draft's blank date must stay.
  const clean = text.replace(/[ \t\r\n]+/g, ' ').replace(/^ | $/g, '');
  const w = (s: string) => measure(s, style);
  if (clean === '' || w(clean) <= width) return clean === '' ? [] : [clean];
  const words = clean.split(' ');
  const fewest = greedy(words, width, w).length;
  // Narrow the limit while the line count stays the same: the narrowest such limit gives even lines.
  let low = w(clean) / fewest;
  let high = width;
  let best = greedy(words, width, w);
  for (let i = 0; i < 20 && high - low > 0.5; i++) {
    const mid = (low + high) / 2;
    const lines = greedy(words, mid, w);
    if (lines.length <= fewest) {
      best = lines;
      high = mid;
    } else low = mid;
  }
  return best;
}
