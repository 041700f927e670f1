/**
 * "Kính gửi:" recipients: one inline recipient, or "- " items on the following lines. OCR may split the
 * label over two lines ("Kính - A," / "gửi: - B,") and wrap long items.
 */
import type { Span } from '../types.ts';
import { type Ctx, lineSpan } from './context.ts';
import { joinSplitInitials } from './lexicon.ts';
import { snapOrganisation } from './org-vocab.ts';
import { fixOcrWords, startsLower } from './vietnamese.ts';

export interface RecipientsResult {
  recipients: string[];
  spans: Span[];
  confidence: number;
  line: number | null;
  lastLine: number | null;
}

const BULLET = /^[-–~•+]\s*/;

/**
 * An addressee that is a body of the closed vocabulary read with a letter or a mark wrong ("Trường Chính trị tỉnh
 * Quảng TỊ"): the vocabulary's spelling, word by word in the case the letter wrote it. Only a name of as many words
 * as read, so that a list ("Các trường chính trị tỉnh, thành phố") or a longer phrase is never rewritten.
 */
function snapAddressee(item: string): string {
  const snap = snapOrganisation(item.toUpperCase());
  if (!snap || snap.name === item.toUpperCase()) return item;
  const read = item.split(' ');
  const canon = snap.name.split(' ');
  if (read.length !== canon.length) return item;
  return read
    .map((w, k) => {
      const c = canon[k] ?? w;
      if (w.toUpperCase() === c) return w;
      const lower = c.toLowerCase();
      return /^\p{Lu}/u.test(w) ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
    })
    .join(' ');
}

function cleanItem(s: string): string {
  const read = fixOcrWords(
    joinSplitInitials(s)
      .replace(/\s+/g, ' ')
      .replace(/^[-–~•+\s]+/, '')
      .replace(/[\s,;.]+$/, '')
      .trim(),
  );
  return snapAddressee(read);
}

export function findKinhGuiLine(ctx: Ctx, limit: number): number | null {
  for (let i = 0; i < Math.min(limit, ctx.doc.lines.length); i++) {
    const f = ctx.doc.lines[i]?.folded ?? '';
    if (/^\W{0,2}kinh\s*gui\b/.test(f)) return i;
    if (/^\W{0,2}kinh\b/.test(f) && /^\W{0,2}gui\s*:/.test(ctx.doc.lines[i + 1]?.folded ?? '')) return i;
  }
  return null;
}

export function extractRecipients(ctx: Ctx, kinhGui: number | null): RecipientsResult {
  const none: RecipientsResult = { recipients: [], spans: [], confidence: 0.8, line: null, lastLine: null };
  if (kinhGui === null) return none;
  const lines = ctx.doc.lines;
  const items: Array<{ text: string; span: Span }> = [];
  let last = kinhGui;
  let ended = false;
  for (let i = kinhGui; i < lines.length && i < kinhGui + 30 && !ended; i++) {
    const line = lines[i];
    if (!line) break;
    let text = line.text;
    let offset = 0;
    const label =
      i === kinhGui
        ? /^\W{0,2}k\S*nh(\s*g\S*i)?\s*[:.]?\s*/iu.exec(text)
        : i === kinhGui + 1
          ? /^g\S*i\s*:\s*/iu.exec(text)
          : null;
    if (label) {
      offset = label[0].length;
      text = text.slice(offset);
    }
    if (!text.trim()) {
      if (i === kinhGui) continue;
      // A blank line ends the list unless the next line is another item (or the first, under "Kính gửi:").
      const next = lines.slice(i + 1).find((l) => l.text);
      if (!next || !BULLET.test(next.text) || (items.length === 0 && i > kinhGui + 2)) break;
      continue;
    }
    const prev = items[items.length - 1];
    const isBullet = BULLET.test(text);
    if (isBullet || (i === kinhGui && !prev) || (i === kinhGui + 1 && label)) {
      items.push({ text, span: lineSpan(line, offset) });
      last = i;
      if (!isBullet && i === kinhGui) ended = /\.\s*$/.test(text);
    } else if (prev && (startsLower(text) || /^[(\d]/.test(text)) && !/[.]\s*$/.test(prev.text)) {
      prev.text += ` ${text}`;
      prev.span = [prev.span[0], line.end];
      last = i;
    } else {
      break;
    }
    if (
      items.length > 0 &&
      /\.\s*$/.test(items[items.length - 1]?.text ?? '') &&
      !BULLET.test(lines[i + 1]?.text ?? '')
    )
      break;
  }
  const recipients: string[] = [];
  const spans: Span[] = [];
  for (const it of items) {
    const r = cleanItem(it.text);
    if (r.length >= 3) {
      recipients.push(r);
      spans.push(it.span);
    }
  }
  return { recipients, spans, confidence: recipients.length ? 0.9 : 0.3, line: kinhGui, lastLine: last };
}
