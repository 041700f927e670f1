/**
 * Times New Roman-metric fonts with Vietnamese glyphs for the PDF. Liberation Serif 2.x (Debian
 * `fonts-liberation2`) has the same advance widths as Times New Roman, so line breaks match what Word
 * shows for the DOCX, and it covers Vietnamese (U+1EA0–1EF9). Liberation 1.x (`fonts-liberation`)
 * lacks those glyphs and is refused rather than printing boxes. TCT_FONT_DIR points elsewhere
 * (e.g. a folder holding the real Times New Roman files under the Liberation names).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fontkit from 'fontkit';

export type FontFace = 'regular' | 'bold' | 'italic' | 'boldItalic';

const FILES: Record<FontFace, string> = {
  regular: 'LiberationSerif-Regular.ttf',
  bold: 'LiberationSerif-Bold.ttf',
  italic: 'LiberationSerif-Italic.ttf',
  boldItalic: 'LiberationSerif-BoldItalic.ttf',
};

const SEARCH_DIRS = [
  '/usr/share/fonts/truetype/liberation2',
  '/usr/share/fonts/truetype/liberation',
  '/usr/share/fonts/liberation-serif',
  '/usr/share/fonts/TTF',
];

/** Characters every Vietnamese letter needs; "Ộ" and "ữ" are absent from Liberation 1.x. */
const PROBE = 'ĐđƠơƯưẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹ';

export class FontUnavailableError extends Error {}

export interface LetterFonts {
  dir: string;
  files: Record<FontFace, Buffer>;
}

let cached: LetterFonts | null = null;

function coversVietnamese(data: Buffer): boolean {
  const font = fontkit.create(data);
  if (!('hasGlyphForCodePoint' in font)) return false;
  return [...PROBE].every((ch) => font.hasGlyphForCodePoint(ch.codePointAt(0) ?? 0));
}

/** Loads the four faces once; throws FontUnavailableError with a Vietnamese message when none fit. */
export function loadLetterFonts(env: NodeJS.ProcessEnv = process.env): LetterFonts {
  if (cached && !env.TCT_FONT_DIR) return cached;
  const dirs = env.TCT_FONT_DIR ? [env.TCT_FONT_DIR] : SEARCH_DIRS;
  const rejected: string[] = [];
  for (const dir of dirs) {
    if (!Object.values(FILES).every((f) => existsSync(join(dir, f)))) continue;
    const files = Object.fromEntries(
      Object.entries(FILES).map(([face, file]) => [face, readFileSync(join(dir, file))]),
    ) as Record<FontFace, Buffer>;
    if (!Object.values(files).every(coversVietnamese)) {
      rejected.push(dir);
      continue;
    }
    const fonts = { dir, files };
    if (!env.TCT_FONT_DIR) cached = fonts;
    return fonts;
  }
  throw new FontUnavailableError(
    `Không tìm thấy phông Liberation Serif có đủ chữ tiếng Việt (cài gói Debian fonts-liberation2 hoặc đặt TCT_FONT_DIR)${
      rejected.length > 0 ? `; thiếu chữ tiếng Việt trong: ${rejected.join(', ')}` : ''
    }.`,
  );
}

export function faceOf(style: { bold?: boolean; italic?: boolean }): FontFace {
  if (style.bold && style.italic) return 'boldItalic';
  if (style.bold) return 'bold';
  if (style.italic) return 'italic';
  return 'regular';
}
