/**
 * Lines that are not part of the printed letter: handwriting (notes on the stamp, bút phê) and OCR noise
 * (seal text, stray marks). They are reported, never used as fields.
 */
import type { Annotation } from '../types.ts';
import type { Ctx } from './context.ts';
import { ITEM_START, isHeading } from './paragraphs.ts';
import { wordQuality } from './vietnamese.ts';

export interface AnnotationZones {
  /** Lines around the receiving stamp that are not stamp fields. */
  stampZone: [number, number] | null;
  /** Lines that belong to structure (header, recipients, signature, paragraphs) and stay unflagged. */
  structural: Set<number>;
  /** First line of "Nơi nhận" / signature: its "- …" copy-recipient lines are structure. */
  closingStart?: number;
}

// Each line's word quality is computed once per document even though annotations are looked for twice.
const qualityCache = new WeakMap<object, number>();

export function findAnnotations(ctx: Ctx, zones: AnnotationZones): { annotations: Annotation[]; lines: Set<number> } {
  const annotations: Annotation[] = [];
  const lines = new Set<number>();
  for (const line of ctx.doc.lines) {
    if (!line.text || ctx.used.has(line.index) || zones.structural.has(line.index)) continue;
    const text = line.text;
    // Decorations (the Party header star) and copy-recipient lines are part of the printed letter.
    if (!/[\p{L}\p{N}]/u.test(text)) continue;
    if (
      zones.closingStart !== undefined &&
      line.index >= zones.closingStart &&
      /^[-~•+]\s*\p{L}/u.test(text) &&
      wordQuality(text) >= 0.5
    )
      continue;
    let kind: Annotation['kind'] | null = null;
    const inStamp = zones.stampZone && line.index >= zones.stampZone[0] && line.index <= zones.stampZone[1];
    let quality = qualityCache.get(line);
    if (quality === undefined) {
      quality = wordQuality(text);
      qualityCache.set(line, quality);
    }
    if (/<\/?i>|^\*.*\*$/.test(text)) kind = 'handwriting';
    // A numbered item or article ("Điều 1. …", "2. …") under the stamp is the printed body: notes written on
    // a stamp are not numbered.
    else if (inStamp && !(ITEM_START.test(text) && quality >= 0.7 && text.length >= 40)) kind = 'handwriting';
    // A wrapped period or date ("IV/2025.", "II//2021") is the end of a sentence, not noise.
    else if (quality < 0.7 && !/^(?:[IVXHlT1|]{1,4}|\d{1,2})\s?\/{1,2}\s?\d{2,4}[.,;)]*$/u.test(text)) kind = 'noise';
    else if (!/\s/.test(text) && !isHeading(text) && text !== text.toUpperCase() && text.length < 20) kind = 'noise';
    if (!kind) continue;
    annotations.push({ text, span: [line.start, line.end], kind });
    lines.add(line.index);
  }
  return { annotations, lines };
}
