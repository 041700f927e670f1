/**
 * Signature block: signing authority (Party K/T, T/M, T/L; state KT., TM., TL., Q., TUQ.), the signer's
 * position and name. In OCR the block shares lines with "Nơi nhận" on the left and with seal text, so each
 * line contributes only its trailing run of upper-case words.
 */
import type { Family, Span } from '../types.ts';
import { type Ctx, lineSpan, unionSpan } from './context.ts';
import { type Line, squash } from './normalize.ts';
import { namesBody, startOfTitle, trailingUpperRun } from './closing-lines.ts';
import { findSignerName } from './signer-name.ts';
import {
  deputyOf,
  headEndingWith,
  headOfIssuer,
  isHead,
  markFor,
  markForBody,
  markInFamilyStyle,
} from './signing-rules.ts';
import {
  completeHead,
  completeLeftCut,
  headOfUnit,
  isFullPosition,
  letterKey,
  normaliseSignatureLine,
  repairTitle,
} from './titles.ts';
import { coreWord, fixOcrWords } from './vietnamese.ts';

export { nameOf } from './signer-name.ts';

export interface SignerResult {
  name: string | null;
  title: string | null;
  authority: string | null;
  /** The position the mark is followed by ("BỘ TRƯỞNG" in "KT. BỘ TRƯỞNG"): whom the signer signs for. */
  authorityHead: string | null;
  nameSpan: Span | null;
  titleSpan: Span | null;
  authoritySpan: Span | null;
  confidence: { name: number; title: number; authority: number };
  lines: number[];
}

// A state mark whose dot OCR lost ("TL GIÁM ĐỐC") counts only when upper-case words fill the rest of the line.
const AUTHORITY =
  /(?:^|[^\p{L}/])(K\s?\/\s?T|T\s?\/\s?M|T\s?\/\s?L|T\s?\/\s?UQ|KT\s?\.|TM\s?\.|TL\s?\.|TUQ\s?\.|Q\s?\.|(?:KT|TM|TL|TUQ)(?=(?:\s+[\p{Lu}-]+){1,6}\s*$))(?=[\s.]+[A-ZĐÀ-Ỹ])/u;
// The "Nơi nhận" label that opens the closing's first line, the signature block read beside it.
const NOI_NHAN = /^\W{0,2}n[oơ]i\s*nh\S*/iu;
// The label with the space after it: where the first line's own text begins.
const NOI_NHAN_LEAD = new RegExp(`${NOI_NHAN.source}\\s*[:.]?\\s*`, 'iu');

interface Segment {
  line: number;
  text: string;
  from: number; // offset in line
  to: number;
}

/**
 * A head's position with only the dot or comma of its mark left before it ("Nơi nhận: . GIÁM ĐỐC") and no other
 * position below: an acting head, "Q." — KT., TL. and TUQ. put a second position under the head, TM. a body's
 * name before it (NĐ 30 Phụ lục I). Rewrites that segment in place.
 */
function markLostBeforeHead(segments: Segment[], lines: readonly Line[]): void {
  if (segments.some((s) => AUTHORITY.test(` ${s.text}`))) return;
  const positions = segments.filter((s) => startOfTitle(s.text) === 0 || isFullPosition(s.text));
  const only = positions.length === 1 ? positions[0] : undefined;
  if (!only || !isHead(only.text)) return;
  const before = (lines[only.line]?.text ?? '').slice(0, only.from).replace(NOI_NHAN, '');
  // Or the Q itself, its dot lost or turned into a quote mark ("rẬ 'Q' HIỆU TRƯỞNG"): a capital Q standing alone
  // starts no Vietnamese word.
  if (/^\s*[^\p{L}\s]{0,9}[.,]\s*$/u.test(before) || /(?:^|\s)[^\p{L}\s]{0,2}Q[^\p{L}\s]{0,2}\s*$/u.test(before))
    only.text = `Q. ${only.text}`;
}

export function extractSigner(
  ctx: Ctx,
  closingStart: number,
  family: Family | null = null,
  issuerName: string | null = null,
): SignerResult {
  const lines = ctx.doc.lines;
  const empty: SignerResult = {
    name: null,
    title: null,
    authority: null,
    authorityHead: null,
    nameSpan: null,
    titleSpan: null,
    authoritySpan: null,
    confidence: { name: 0, title: 0, authority: 0 },
    lines: [],
  };
  const segments: Segment[] = [];
  for (let i = closingStart; i < lines.length; i++) {
    const line = lines[i];
    if (!line?.text) continue;
    let text = normaliseSignatureLine(line.text);
    let offset = 0;
    const noi = NOI_NHAN_LEAD.exec(text);
    if (noi) {
      offset = noi[0].length;
      text = text.slice(offset);
    }
    const auth = AUTHORITY.exec(text);
    if (auth) {
      const from = auth.index + auth[0].indexOf(auth[1] ?? '');
      segments.push({ line: i, text: squash(text.slice(from)), from: offset + from, to: line.text.length });
      continue;
    }
    const run = trailingUpperRun(text);
    if (run) segments.push({ line: i, text: run.text, from: offset + run.from, to: line.text.length });
  }
  markLostBeforeHead(segments, lines);
  const result = { ...empty, confidence: { ...empty.confidence }, lines: [] as number[] };
  let titleFrom = 0;
  const authSeg = segments.find((s) => AUTHORITY.test(` ${s.text}`));
  if (authSeg) {
    const m = AUTHORITY.exec(` ${authSeg.text}`);
    const read = (m?.[1] ?? '').replace(/\s/g, '');
    // A mark read with neither slash nor dot ("TM BAN THƯỜNG VỤ") is written as the letter's family writes it.
    const mark = /^(KT|TM|TL|TUQ)$/.test(read) ? markInFamilyStyle(`${read}.`, family) : read;
    result.authority = mark;
    result.authoritySpan = lineSpan(
      lines[authSeg.line] ?? lines[0]!,
      authSeg.from,
      authSeg.from + (m?.[1]?.length ?? 0),
    );
    result.confidence.authority = 0.9;
    const head = ` ${authSeg.text}`.slice((m?.index ?? 0) + (m?.[0].length ?? 0)).trim();
    result.authorityHead = head ? repairTitle(fixOcrWords(head)).title : null;
    result.lines.push(authSeg.line);
    titleFrom = segments.indexOf(authSeg) + 1;
  }
  const titleLike = (seg: Segment) => {
    const at = startOfTitle(seg.text);
    return (
      (at >= 0 && (seg.text.split(' ').length - at >= 2 || /TRƯỞNG|THƯ|ĐỐC|TỊCH/.test(seg.text))) ||
      isFullPosition(seg.text)
    );
  };
  let deputyTitle: string | null = null;
  let byOrder = false;
  // The authority line lost or garbled ("IỆU TRƯỞNG", "THƯỜNG VỤ" for "K/T HIỆU TRƯỞNG", "T/M BAN THƯỜNG
  // VỤ"): the signer's own position is the full one printed on the next line, just above the name.
  if (!authSeg) {
    const first = segments.findIndex(titleLike);
    const a = segments[first];
    const b = segments[first + 1];
    const lostMark = (x: Segment) => startOfTitle(x.text) > 0 || namesBody(x.text);
    if (a && b && b.line - a.line <= 2 && startOfTitle(b.text) === 0 && lostMark(a)) titleFrom = first + 1;
    else {
      const c = segments[0];
      if (c && b === undefined && first === 1 && namesBody(c.text)) titleFrom = 1;
    }
    // Two positions stacked with no mark read: per NĐ 30 / HD 36 the upper one is the authority line (its mark
    // lost at the seal's edge), the lower one the signer's. A lower one that is the end of the head's deputy
    // position ("Ó TRƯỞNG BAN", "Ứ TRƯỞNG", or the head again) lost its left part: the signer is the deputy.
    // A different full position under a head signs by order of the head (T/L).
    if (a && b && b.line - a.line <= 2) {
      const read = repairTitle(fixOcrWords(a.text.split(' ').slice(startOfTitle(a.text)).join(' '))).title;
      // "TRƯỞNG" alone above: the issuing body's head ("KRnô TRƯỞNG" of "KT. BỘ TRƯỞNG" in a Bộ's letter).
      const head = read === 'TRƯỞNG' ? (headOfIssuer(issuerName) ?? read) : read;
      const deputy = deputyOf(head) ?? deputyOf(headEndingWith(a.text) ?? '');
      const lower = letterKey(b.text);
      if (deputy && lower.length >= 4 && letterKey(deputy).endsWith(lower)) {
        titleFrom = first + 1;
        deputyTitle = deputy;
      } else if (titleFrom === 0 && deputy && startOfTitle(b.text) === 0 && lower !== letterKey(head)) {
        titleFrom = first + 1;
        byOrder = !/^PHÓ(?=\s)/u.test(b.text);
      }
    }
    if (titleFrom > 0) {
      const own = segments[titleFrom];
      const above = segments[titleFrom - 1];
      // NĐ 30 / HD 36: a deputy signs for the head (KT.), a collective body's member on its behalf (TM.).
      // A collective body read above the position is what the mark signed for: its leaders sign on its behalf
      // (a deputy secretary too: "T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ"), its chief of office by order.
      const forBody = !deputyTitle && above && namesBody(above.text);
      const mark = !family
        ? null
        : forBody
          ? markForBody(repairTitle(fixOcrWords(own?.text ?? '')).title, family)
          : deputyTitle || /^PHÓ(?=\s)/u.test(own?.text ?? '')
            ? markFor('deputy', family)
            : byOrder
              ? markFor('byOrder', family)
              : null;
      if (mark) {
        result.authority = mark;
        result.confidence.authority = 0.55;
        // The line the mark was lost from names whom the signer signs for ("THƯỜNG VỤ" of "T/M BAN THƯỜNG VỤ").
        if (above && !deputyTitle) result.authorityHead = above.text;
      }
    }
  }
  // The position: first upper-case segment (after the authority line), continued while it wraps.
  for (let s = titleFrom; s < segments.length; s++) {
    const seg = segments[s];
    if (!seg) break;
    let words = seg.text.split(' ');
    let at = startOfTitle(seg.text);
    let leftCut = false;
    if (at < 0 && isFullPosition(seg.text)) at = 0;
    // The word before the position found is what the seal left of its first word ("ÔNG BÍ THƯ" for "TỔNG BÍ
    // THƯ"): the one longer position that ends with both, the cut inside a word.
    const frag = at > 0 ? (words[at - 1] ?? '') : '';
    if (/^\p{Lu}{2,}$/u.test(frag)) {
      const cut = completeLeftCut(words.slice(at - 1).join(' '));
      if (cut) {
        words = [...words.slice(0, at - 1), ...cut.title.split(' ')];
        at -= 1;
      }
    }
    // A by-order mark over a unit's name: its head signs, the position's first word lost.
    const unitHead = at < 0 && /^(T\/L|TL\.)$/.test(result.authority ?? '') ? headOfUnit(seg.text) : null;
    if (unitHead) {
      words = unitHead.split(' ');
      at = 0;
      leftCut = true;
    }
    if (at < 0) {
      const cut = completeLeftCut(seg.text);
      // A cut position right above a whole one is the authority line with its mark lost: the lower one signs.
      const below = segments[s + 1];
      if (cut && below && below.line - seg.line <= 2 && startOfTitle(below.text) === 0) continue;
      if (cut) {
        words = cut.title.split(' ');
        at = 0;
        leftCut = true;
      }
    }
    if (at < 0 || (words.length - at < 2 && !/TRƯỞNG|THƯ|ĐỐC|TỊCH/.test(seg.text))) continue;
    let title = words.slice(at).join(' ');
    const spans: Span[] = [];
    const line = lines[seg.line];
    const skipped = at > 0 && !leftCut ? words.slice(0, at).join(' ').length + 1 : 0;
    if (line) spans.push(lineSpan(line, seg.from + skipped, seg.to));
    result.lines.push(seg.line);
    // A long position wraps onto the next lines ("VỤ TRƯỞNG VỤ ĐÀO TẠO, BỒI" / "DƯỠNG CÁN BỘ…").
    let lastLine = seg.line;
    for (let t = s + 1; t < segments.length && title.length >= 20; t++) {
      const next = segments[t];
      if (!next || next.line - lastLine > 3 || AUTHORITY.test(` ${next.text}`) || startOfTitle(next.text) === 0) break;
      title = `${title} ${next.text}`;
      const nl = lines[next.line];
      if (nl) spans.push(lineSpan(nl, next.from, next.to));
      result.lines.push(next.line);
      lastLine = next.line;
      if (title.length > 120) break;
    }
    const before = coreWord(
      line?.text
        .slice(0, seg.from + skipped)
        .trim()
        .split(/\s+/)
        .pop() ?? '',
    );
    const repairedTitle = repairTitle(fixOcrWords(title.replace(/\s+,/g, ',')));
    const headed = completeHead(repairedTitle.title, before);
    const fixed = { title: headed.title, repaired: repairedTitle.repaired || headed.repaired || leftCut };
    result.title = fixed.title;
    result.titleSpan = unionSpan(spans);
    result.confidence.title = fixed.repaired ? 0.65 : 0.85;
    break;
  }
  if (deputyTitle) {
    result.title = deputyTitle;
    result.confidence.title = 0.5;
  }
  // The position line lost by OCR under "KT. GIÁM ĐỐC": whoever signs for (ký thay) a head is its deputy
  // (NĐ 30 Điều 13, HD 36), so the position is the head's deputy; a guess, hence the low confidence.
  if (!result.title && authSeg && (result.authority === 'KT.' || result.authority === 'K/T')) {
    const head = deputyOf(authSeg.text.replace(/^.*?(?:K\s?\/\s?T|KT\s?\.)\s*/u, ''));
    if (head) {
      result.title = head;
      result.confidence.title = 0.5;
    }
  }
  const name = findSignerName(lines, closingStart);
  if (name) {
    result.name = name.name;
    result.nameSpan = name.span;
    result.confidence.name = name.confidence;
    result.lines.push(name.line);
  }
  return result;
}
