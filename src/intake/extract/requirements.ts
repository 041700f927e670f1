/**
 * Requirements: the numbered items of the body ("1.", "2." or, in a decision, "Điều 1.") with their
 * deadline, and unnumbered requests marked with a check bullet (✓), which get no number.
 */
import type { Requirement, Span } from '../types.ts';
import { findDeadline } from './deadlines.ts';
import { fold } from './normalize.ts';
import { ITEM_START, LOOSE_ITEM_START, isHeading, type Paragraph } from './paragraphs.ts';

export interface RequirementsResult {
  requirements: Requirement[];
  spans: Span[];
  confidence: number;
  lines: number[];
}

const CHECK_BULLET = /^[✓✔☑➢►➤]\s*/u;
// An item number lost or read as a letter: only the dot ("." "," "'") or "S."/"l." before a capital.
const LOST_NUMBER = /^(?:[.,'’`]|[SsIl|]\s?[.)])\s*\p{Lu}\p{Ll}/u;
const SUB_BULLET = /^(?:[-–•+*▪◦]|[a-zđ]\)|[a-zđ]\.)\s*/u;

interface Item {
  no: number | null;
  text: string;
  span: Span;
  loose: boolean;
  lines: number[];
}

export function extractRequirements(paragraphs: Paragraph[], documentDate: string | null): RequirementsResult {
  const hasArticles = paragraphs.some((p) => /^[đd]i[eềê]u\s+\d{1,3}\s*[.:]/iu.test(p.text));
  const runs: Item[][] = [];
  const checks: Item[] = [];
  let run: Item[] | null = null;
  let current: Item | null = null;
  const strictNo = paragraphs.map((p) => {
    const m = ITEM_START.exec(p.text);
    return m && hasArticles === (m[2] !== undefined) ? Number(m[1] ?? m[2]) : null;
  });
  for (const [k, p] of paragraphs.entries()) {
    const strict = ITEM_START.exec(p.text);
    let no: number | null = null;
    let loose = false;
    const expected = (run?.[run.length - 1]?.no ?? 0) + 1;
    if (strict) {
      const isArticle = strict[2] !== undefined;
      if (hasArticles === isArticle) no = Number(strict[1] ?? strict[2]);
      // A misread item number ("9." for "5.") between the expected neighbours takes its place.
      const next = strictNo.slice(k + 1).find((x) => x !== null);
      // So does one read past the end of the list right after its last item ("9." for "5."); the next number but one
      // is an item whose predecessor OCR lost.
      const lastAfterItem = next === undefined && current !== null && no !== null && no > expected + 1;
      if (no !== null && run && no !== expected && !hasArticles && (next === expected + 1 || lastAfterItem)) {
        no = expected;
        loose = true;
      }
    } else if (!hasArticles) {
      const l = LOOSE_ITEM_START.exec(p.text);
      if (l && Number(l[1]) === expected && run) {
        no = expected;
        loose = true;
      } else if (run && LOST_NUMBER.test(p.text) && current) {
        // The item right after a numbered one whose number OCR lost (". Phối hợp …", "S. Tổ chức …").
        no = expected;
        loose = true;
      }
    }
    if (no !== null) {
      current = { no, text: p.text, span: [p.start, p.end], loose, lines: [...p.lines] };
      const prevNo = run?.[run.length - 1]?.no ?? null;
      // One number missing goes on with the list: OCR lost that item's line (under a stamp, in a fold).
      if (!run || prevNo === null || (no !== prevNo + 1 && no !== prevNo + 2)) {
        run = [];
        runs.push(run);
      }
      run.push(current);
      continue;
    }
    if (CHECK_BULLET.test(p.text)) {
      checks.push({
        no: null,
        text: p.text.replace(CHECK_BULLET, ''),
        span: [p.start, p.end],
        loose: false,
        lines: [...p.lines],
      });
      current = null;
      continue;
    }
    // Sub-points ("- Thời gian thực hiện: …") belong to the item above; other paragraphs end it.
    if (current && SUB_BULLET.test(p.text) && !isHeading(p.text)) {
      current.text += `\n${p.text}`;
      current.span = [current.span[0], p.end];
      current.lines.push(...p.lines);
    } else {
      current = null;
    }
  }
  // Several numbered lists: keep the one that sets the most deadlines (the tasks), the last on a tie.
  let chosen: Item[] = [];
  let bestScore = -1;
  const deadlines = new Map<Item, ReturnType<typeof findDeadline>>();
  const deadlineOf = (it: Item) => {
    if (!deadlines.has(it)) deadlines.set(it, findDeadline(fold(it.text), documentDate));
    return deadlines.get(it) ?? null;
  };
  for (const r of runs) {
    const score = r.filter((it) => deadlineOf(it)).length * 10 + r.length;
    if (score >= bestScore && (r[0]?.no === 1 || chosen.length === 0)) {
      chosen = r;
      bestScore = score;
    }
  }
  const items = [...chosen, ...checks].sort((a, b) => a.span[0] - b.span[0]);
  const requirements: Requirement[] = [];
  const spans: Span[] = [];
  let loose = false;
  for (const it of items) {
    const d = it.no === null ? findDeadline(fold(it.text), documentDate) : deadlineOf(it);
    requirements.push({ no: it.no, deadline: d?.date ?? null, text: it.text.replace(/\s+/g, ' ').trim() });
    spans.push(it.span);
    loose ||= it.loose;
  }
  return {
    requirements,
    spans,
    confidence: requirements.length ? (loose ? 0.75 : 0.85) : 0.6,
    lines: items.flatMap((i) => i.lines),
  };
}
