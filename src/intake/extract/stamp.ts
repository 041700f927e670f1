/**
 * The receiving stamp ("ĐẾN", "CV ĐẾN", "CÔNG VĂN ĐẾN"; NĐ 30 Phụ lục IV): receiving body above it,
 * "Số:" (incoming number), "Ngày:" (often handwritten), "Chuyển:".
 */
import type { Span } from '../types.ts';
import { type Ctx, lineSpan, unionSpan } from './context.ts';
import { joinReceiverParts } from './receiver.ts';
import { exactOrganisation, orgKey, snapOrganisation } from './org-vocab.ts';
import { assembleReceiver, isHeaderBoundary, withoutTitle } from './stamp-receiver.ts';
import { squash } from './normalize.ts';
import { canonStampLine, unlabelledDate } from './stamp-labels.ts';
import { coreWord, fixOcrWords, isSyllable, isUpperWord } from './vietnamese.ts';

export interface StampRaw {
  lines: number[];
  firstLine: number;
  lastLine: number;
  receiver: string | null;
  receiverSpan: Span | null;
  number: number | null;
  numberSpan: Span | null;
  dateText: string | null;
  dateSpan: Span | null;
  /** A stamp word (ĐẾN) was read, not only the field labels. */
  hasWord: boolean;
  /** The receiver was rebuilt from fragments or snapped to the vocabulary (less sure than read whole). */
  receiverRepaired?: boolean;
  /** The date was found without its label (stamp-labels.ts#unlabelledDate): kept only when clean and plausible. */
  dateUnlabelled?: boolean;
}

// "ĐẾN" as OCR reads it: "DEN", "ĐEN", "BEN" (Đ's bar read as B), glued to "CV" ("CVĐEN", "cVBEN");
// "BẾN TRE" is a province, not the stamp.
export const DEN_WORD = /(?:^|[^\p{L}])(?:[cC][vV]|[A-ZĐ])?[ĐDB][ẾỀÊỂỄỆEÉÈẼẸË]N(?![\p{L}])(?!\s*TRE\b)/u;
// The abbreviated stamp word alone on a line, its parts glued or spaced ("CV ĐẾN", "CVĐEN", "cV BEN").
const STAMP_WORD_LINE = /^\W{0,3}[cC]\s?[vV]\s?[ĐDB][ẾỀÊỂỄỆEÉÈẼẸË]N\W{0,3}$/u;
// "Ngày:", also printed "Ngày đến:" / "Ngày nhận:" on other stamp templates.
export const NGAY_LABEL = /(?:^|[\s|(])ngay(?:\s{1,2}(?:den|nhan))?\s{0,2}[:.]\s{0,3}(?=\d)/;
// "Số:" with its mark misread ("Sế:633") is still the label when the colon is read. A number run into
// letters is the header's symbol with its slash lost ("Số: 111HĐND-VP"), not the stamp's.
// "Số đến:" is the same field on other stamp templates.
// The number is 1 to 5 digits; a handwritten one may be read in two pieces ("Số: 1 56" for 156, "1 196"). A symbol's
// slash may be read with spaces around it ("số 2256 / SNV-TCBC").
export const SO_LABEL =
  /(?:^|[\s|(\t])s(?:o\s{1,2}den\s{0,2}:|o\s{0,2}[:.]?|e\s{0,2}:)\s{0,3}(\d{1,2} \d{1,3}(?![\d/.,a-zđ-])|\d{3} \d{1,2}(?![\d/.,a-zđ-])|\d{1,5})(?![\d/a-zđ-]|\s?[-/]\s?[a-z])/;
const HANDWRITTEN_NUMBER = /(?:^|[\s|(])s[oe]\s{0,2}:\s{0,3}(\d{1,3}[/|]\d{1,3}|\d{2,4}[gqoz])(?=\s|$)/;
// Handwritten digits OCR reads as look-alike marks or letters.
const DIGIT_LOOKALIKE: Record<string, string> = { '/': '1', '|': '1', g: '9', q: '9', o: '0', z: '2' };
// A number printed right after the stamp word when "Số:" was lost ("CV ĐẾN IE 2284").
const NUMBER_AFTER_DEN = /^\W{0,3}(?:[A-Za-z]{1,2}\W{0,2})?(\d{2,5})(?![\d/.,-])/;
// A receipt date without its label, on the stamp word's line or the next ("ĐẾN |\(;y, 29/9/2025").
const BARE_DATE = /(?<![\d/.])\d{1,2}\s?[./-]\s?\d{1,2}\s?[./-]\s?(?:\d{4}|\d{2})(?![\d/.])/;
export const CHUYEN_LABEL = /(?:^|[\s|])chuy[eê]n\s{0,2}[:.]/;
// NĐ 30 Phụ lục IV: the stamp's last field, "Lưu hồ sơ số" (also printed "Số và ký hiệu HS").
export const FILE_LABEL =
  /(?:^|[\s|])(?:luu\s{0,2}ho\s{0,2}so\s{0,2}so|so\s{0,2}va\s{0,2}ky\s{0,2}hieu\s{0,2}hs)\s{0,2}:/;
// A handwritten day or month may be read as two digits apart ("1 1/9/2022" for 11/9/2022, "9-1 1-2026" for
// 9-11-2026): the gap is kept, and the digits are then weighed as a bag by resolveReceiptDate. Day and month may
// run together when the separator was lost ("2208.2023").
const RECEIPT_DATE = /\d{1,4}(?: \d(?=\s?[./-]))?(?:\s?[./\-,]\s?\d{1,4}(?: \d(?=\s?[./-]))?){1,4}[a-z0-9]?/y;

// Upper-case lines near the stamp that are marks, not bodies.
// A section heading of the body ("I. KẾT QUẢ ĐẠT ĐƯỢC", "2) …"), which OCR reads beside a stamp printed over the
// body, is never a receiving body either: no body's name starts with a numbering.
const NOT_RECEIVER =
  /^\W{0,3}(thuong khan|khan|hoa toc|mat|toi mat|tuyet mat|v\s?\/\s?v|(?:[ivxl]{1,4}|\d{1,2})\s?[.)](?:\s|$))/;

/** The leading run of upper-case words of a line (an organisation name), or null. */
function leadingUpperRun(text: string, minSyllables = 2): { text: string; from: number; length: number } | null {
  text = text.replace(/^['‘’"`]/, ' ');
  const words = [...text.matchAll(/\S+/g)];
  let end = 0;
  let syllables = 0;
  let start = 0;
  // Stray marks OCR reads before the stamp's first line ("* TRƯỜNG …", "• SỞ …").
  while (start < words.length && !/[\p{L}\d]/u.test(words[start]?.[0] ?? '')) start++;
  const lead = words[start]?.index ?? 0;
  for (const w of words.slice(start)) {
    // "BÀ RỊA - VŨNG TÀU": a spaced dash inside a name.
    if (/^[-–]$/.test(w[0]) && syllables > 0) continue;
    const core = coreWord(w[0]);
    if (!core || !isUpperWord(core) || core !== w[0].replace(/[,.]$/, '')) break;
    if (isSyllable(core)) syllables++;
    else if (!/^[A-ZĐ]{2,6}$/.test(core)) break;
    end = w.index + w[0].length;
  }
  if (syllables < minSyllables) return null;
  const run = squash(text.slice(lead, end)).replace(/[,.]$/, '');
  return { text: run, from: lead, length: end - lead };
}

/** The stamp among lines [from, limit), or null. */
export function findStamp(ctx: Ctx, limit: number, exclude: Set<number>, from = 0): StampRaw | null {
  const lines = ctx.doc.lines;
  const marks = new Map<number, Set<string>>();
  const add = (i: number, k: string) => marks.set(i, (marks.get(i) ?? new Set()).add(k));
  // Labels and hand-filled values as they were printed and written, their OCR misreadings undone (stamp-labels.ts).
  const canon = new Map<number, string>();
  const labelled = (i: number): string => {
    let c = canon.get(i);
    if (c === undefined) canon.set(i, (c = canonStampLine(lines[i]?.folded ?? '')));
    return c;
  };
  for (let i = from; i < Math.min(limit, lines.length); i++) {
    const line = lines[i];
    if (!line || exclude.has(i) || !line.text) continue;
    const den = DEN_WORD.exec(ctx.masked[i] ?? line.text);
    // "CÔNG VĂN" beside the "Số:" label is the stamp's word even when "ĐẾN" below it is unreadable ("BN").
    if (/^\W{0,2}cong\s?van\s{0,2}\|?\s{0,2}s[oe]\s{0,2}:/.test(labelled(i))) add(i, 'den');
    // The whole stamp word, "CÔNG VĂN" with "ĐẾN" on its line or the next, is a stamp by itself: its fields may
    // all be handwriting OCR lost.
    const word = /^\W{0,2}C[ÔOƠ]NG\s?V[ĂA]N\b/iu.test(line.text) && /^\W{0,2}C\S{0,2}NG\s?V/u.test(line.text);
    if (word && (den || DEN_WORD.test(ctx.masked[i + 1] ?? lines[i + 1]?.text ?? ''))) add(i, 'word');
    // "CV ĐẾN" alone on its line ("CVĐEN") is the stamp word too: printed on nothing but a stamp.
    if (den && STAMP_WORD_LINE.test(ctx.masked[i] ?? line.text)) add(i, 'word');
    if (den) {
      add(i, 'den');
      const after = (ctx.masked[i] ?? line.text).slice(den.index + den[0].length);
      if (NUMBER_AFTER_DEN.test(after)) add(i, 'number');
      for (const j of [i, i + 1]) {
        const l = lines[j];
        if (l && !NGAY_LABEL.test(labelled(j)) && !/thang/.test(labelled(j)) && BARE_DATE.test(labelled(j)))
          add(j, 'date');
      }
    }
    if (NGAY_LABEL.test(labelled(i))) add(i, 'ngay');
    if (CHUYEN_LABEL.test(labelled(i))) add(i, 'chuyen');
    if (FILE_LABEL.test(labelled(i))) add(i, 'file');
    if (HANDWRITTEN_NUMBER.test(labelled(i))) add(i, 'hand');
    const so = SO_LABEL.exec(labelled(i));
    if (so && !/\d\s*[-/]\s*[a-zđ]/.test(labelled(i).slice(so.index, so.index + so[0].length + 3))) add(i, 'so');
  }
  // Cluster the labelled lines; a stamp needs two different labels within a few lines.
  const idx = [...marks.keys()].sort((a, b) => a - b);
  for (const anchor of idx) {
    const cluster = idx.filter((i) => i >= anchor && i <= anchor + 6);
    const kinds = new Set(cluster.flatMap((i) => [...(marks.get(i) ?? [])]));
    // A line that is a body's whole name just above or among the labels is the stamp's receiver line, and
    // counts as evidence when OCR lost the other labels. Never a label line itself, never the header's.
    const last = cluster[cluster.length - 1] ?? anchor;
    for (let i = Math.max(from, anchor - 2); i <= Math.min(last + 2, lines.length - 1); i++)
      if (!ctx.used.has(i) && !exclude.has(i) && isOrgLine(ctx.masked[i] ?? lines[i]?.text ?? '')) kinds.add('org');
    // The fallbacks found only next to the stamp word count as its labels.
    if (kinds.has('number') || kinds.has('hand')) kinds.add('so');
    if (kinds.has('date')) kinds.add('ngay');
    // "Lưu hồ sơ số" is printed on nothing but a stamp: it anchors one like the date label or the stamp word.
    if (kinds.size < 2 || !(kinds.has('ngay') || kinds.has('den') || kinds.has('file'))) continue;
    const raw: StampRaw = {
      lines: cluster,
      firstLine: cluster[0] ?? anchor,
      lastLine: cluster[cluster.length - 1] ?? anchor,
      receiver: null,
      receiverSpan: null,
      number: null,
      numberSpan: null,
      dateText: null,
      dateSpan: null,
      hasWord: kinds.has('den'),
    };
    // A number label read with its colon ("ĐẾN Số: 124") is the stamp's over a "số" without one on a body line
    // the stamp was printed over ("Kết luận số 14…").
    const withColon = (i: number) => (SO_LABEL.exec(labelled(i))?.[0] ?? '').includes(':');
    const colonLabel = cluster.some((i) => marks.get(i)?.has('so') && withColon(i));
    for (const i of cluster) {
      const line = lines[i];
      if (!line) continue;
      const so = raw.number === null ? SO_LABEL.exec(labelled(i)) : null;
      if (so?.[1] && marks.get(i)?.has('so') && (!colonLabel || withColon(i))) {
        raw.number = Number(so[1].replace(' ', ''));
        const at = so.index + so[0].length - so[1].length;
        raw.numberSpan = lineSpan(line, at, at + so[1].length);
      }
      // A handwritten "1" read as a slash or bar ("Số:4/7" for 417), a last "9" read as "g" ("200g"): only inside
      // the stamp, only digits around it, and nothing glued after (a header symbol goes on: "Số: 5/2023/TT-BGDĐT", "Số: 05/KH").
      const hand = raw.number === null && marks.get(i)?.has('hand') ? HANDWRITTEN_NUMBER.exec(labelled(i)) : null;
      if (hand?.[1]) {
        raw.number = Number(hand[1].replace(/[/|gqoz]/g, (c) => DIGIT_LOOKALIKE[c] ?? c));
        const at = hand.index + hand[0].length - hand[1].length;
        raw.numberSpan = lineSpan(line, at, at + hand[1].length);
      }
      if (raw.number === null && marks.get(i)?.has('number')) {
        const text = ctx.masked[i] ?? line.text;
        const den = DEN_WORD.exec(text);
        const m = den ? NUMBER_AFTER_DEN.exec(text.slice(den.index + den[0].length)) : null;
        if (den && m?.[1] && !cluster.some((c) => marks.get(c)?.has('so'))) {
          const at = den.index + den[0].length + m[0].length - m[1].length;
          raw.number = Number(m[1]);
          raw.numberSpan = lineSpan(line, at, at + m[1].length);
        }
      }
      if (raw.dateText === null && marks.get(i)?.has('date') && !cluster.some((c) => marks.get(c)?.has('ngay'))) {
        const d = BARE_DATE.exec(labelled(i));
        if (d) {
          raw.dateText = labelled(i).slice(d.index, d.index + d[0].length);
          raw.dateSpan = lineSpan(line, d.index, d.index + d[0].length);
        }
      }
      const ng = raw.dateText === null ? NGAY_LABEL.exec(labelled(i)) : null;
      if (ng) {
        RECEIPT_DATE.lastIndex = ng.index + ng[0].length;
        const d = RECEIPT_DATE.exec(labelled(i));
        if (d) {
          raw.dateText = labelled(i).slice(d.index, d.index + d[0].length);
          raw.dateSpan = lineSpan(line, d.index, d.index + d[0].length);
        }
      }
    }
    if (raw.dateText === null) {
      const isLabel = (i: number) => ['den', 'so', 'chuyen', 'file'].some((k) => marks.get(i)?.has(k));
      // OCR may read the hand-filled date a few lines above the stamp's first label.
      const top = Math.max(from, raw.firstLine - 3);
      const bare = unlabelledDate(labelled, top, Math.min(raw.lastLine + 1, lines.length - 1), isLabel);
      const line = bare ? lines[bare.line] : undefined;
      if (bare && line && !exclude.has(bare.line)) {
        raw.dateText = labelled(bare.line).slice(bare.from, bare.to);
        raw.dateSpan = lineSpan(line, bare.from, bare.to);
        raw.dateUnlabelled = true;
      }
    }
    // The receiving body is printed on the stamp's first lines, just above "ĐẾN"/"Số"; OCR may wrap it or
    // put its parts in another order. Parts are collected upwards until the header (number or date line).
    const parts: Array<{ text: string; line: number; span: Span }> = [];
    // Some stamps print the receiving body between their fields ("ĐẾN / Số / Ngày / body / Chuyển"): a body's
    // whole name on an unlabelled line inside the stamp is its receiver, before anything above the stamp.
    for (let i = raw.firstLine + 1; i < raw.lastLine && parts.length === 0; i++) {
      const text = (ctx.masked[i] ?? lines[i]?.text ?? '').trim();
      const line = lines[i];
      if (!line || marks.has(i) || exclude.has(i) || !isOrgLine(text)) continue;
      const run = withoutTitle(leadingUpperRun(text, 2));
      const lead = (ctx.masked[i] ?? line.text).indexOf(text) + (run?.from ?? 0);
      if (run) parts.push({ text: run.text, line: i, span: lineSpan(line, lead, lead + run.length) });
    }
    const inside = parts.length > 0;
    for (let i = raw.firstLine; i >= Math.max(0, raw.firstLine - 5) && parts.length < 3 && !inside; i--) {
      const line = lines[i];
      if (!line || exclude.has(i) || !line.text) continue;
      if (isHeaderBoundary(line)) break;
      let text = (ctx.masked[i] ?? line.text).trim();
      if (/^\W{0,2}(cong van|cv|den|van(?! phong))\b/.test(line.folded)) continue;
      // The stamp word read onto the end of the receiver's line ("SỞ NỘI VỤ TỈNH BẾN TRE ĐỀN Số: 2088") is cut off.
      const den = DEN_WORD.exec(text);
      if (den && den.index > 0)
        text = text
          .slice(0, den.index)
          .replace(/\s+(?:C\s?V|C[ÔOƠ]NG\s?V[ĂA]N)\s*$/iu, '')
          .trim();
      if (NOT_RECEIVER.test(line.folded)) continue;
      const run = withoutTitle(leadingUpperRun(text, parts.length > 0 ? 1 : 2));
      if (!run) {
        if (parts.length > 0) break;
        continue;
      }
      const lead = (ctx.masked[i] ?? line.text).indexOf(text) + run.from;
      parts.unshift({ text: run.text, line: i, span: lineSpan(line, lead, lead + run.length) });
    }
    // A single-word part below the first (the end of a wrapped name) sits between it and the labels.
    const top = parts[parts.length - 1];
    if (top) {
      for (let i = top.line + 1; i < raw.lastLine; i++) {
        const line = lines[i];
        if (!line?.text || parts.some((p) => p.line === i) || /^\W{0,2}(cong|cv|den|van|so|ngay)\b/.test(line.folded))
          continue;
        // The document's title just below the stamp ("THÔNG BÁO") is not the end of its name.
        const run = withoutTitle(leadingUpperRun((ctx.masked[i] ?? line.text).trim(), 1));
        if (run && run.text.split(' ').length <= 3) {
          parts.push({ text: run.text, line: i, span: lineSpan(line, run.from, run.from + run.length) });
        }
        break;
      }
    }
    const read = parts.length > 0 ? fixOcrWords(joinReceiverParts(parts.map((p) => p.text))) : null;
    // A reading that is not exactly a known body's name is rebuilt from the fragments around the stamp.
    const whole = read ? snapOrganisation(read) : null;
    const assembled = whole?.distance === 0 ? null : assembleReceiver(ctx, raw.firstLine, raw.lastLine);
    if (assembled) {
      raw.receiver = assembled.name;
      raw.receiverSpan = assembled.span;
      raw.receiverRepaired = assembled.distance > 0 || assembled.lines.length > 1;
      parts.splice(
        0,
        parts.length,
        ...assembled.lines.map((line) => ({ text: '', line, span: assembled.span as Span })),
      );
    } else if (read) {
      raw.receiver = whole?.distance === 0 ? whole.name : read;
      raw.receiverSpan = unionSpan(parts.map((p) => p.span));
    }
    if (parts.length > 0) {
      const partLines = parts.map((p) => p.line);
      raw.lines = [...partLines, ...raw.lines.filter((l) => !partLines.includes(l))];
      raw.firstLine = Math.min(raw.firstLine, ...partLines);
    }
    return raw;
  }
  return null;
}

/** A line that is exactly one body's name of the vocabulary, long enough not to be a common heading. */
function isOrgLine(text: string): boolean {
  const core = (withoutTitle(leadingUpperRun(text, 2))?.text ?? '').replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  if (!core || core !== core.toUpperCase()) return false;
  const name = exactOrganisation(core);
  return name !== null && orgKey(name).length >= 14;
}
