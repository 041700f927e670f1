/**
 * Evidence codes in the accreditation convention H<criterion>.<indicator>.<evidence>.<item>, each of the
 * last three on two digits: H2.05.01.03 is criterion 2, indicator 05, evidence 01, item 03. Generation
 * picks the next free number; validation says in Vietnamese what is wrong with a typed code.
 */

export type EvidenceCodeParts = { criterion: number; indicator: number; evidence: number; item: number };

const STRICT = /^H([1-9])\.(\d{2})\.(\d{2})\.(\d{2})$/;
/** What people type: any case, spaces, one-digit parts ("h2.5.1.3"). */
const LOOSE = /^H\s*([1-9])\s*\.\s*(\d{1,2})\s*\.\s*(\d{1,2})\s*\.\s*(\d{1,2})$/i;

const two = (n: number) => String(n).padStart(2, '0');

export function formatEvidenceCode(parts: EvidenceCodeParts): string {
  return `H${parts.criterion}.${two(parts.indicator)}.${two(parts.evidence)}.${two(parts.item)}`;
}

/** Parts of a code in canonical form, or null. */
export function parseEvidenceCode(code: string): EvidenceCodeParts | null {
  const m = STRICT.exec(code);
  if (!m) return null;
  return { criterion: Number(m[1]), indicator: Number(m[2]), evidence: Number(m[3]), item: Number(m[4]) };
}

/** "h2.5.1.3" → "H2.05.01.03"; null when the text is not a code at all. */
export function normalizeEvidenceCode(text: string): string | null {
  const m = LOOSE.exec(text.trim());
  if (!m) return null;
  return formatEvidenceCode({
    criterion: Number(m[1]),
    indicator: Number(m[2]),
    evidence: Number(m[3]),
    item: Number(m[4]),
  });
}

/** "2.05" → { criterion: 2, indicator: 5 }. */
export function indicatorParts(indicatorCode: string): { criterion: number; indicator: number } | null {
  const m = /^([1-9])\.(\d{2})$/.exec(indicatorCode);
  return m ? { criterion: Number(m[1]), indicator: Number(m[2]) } : null;
}

/** The indicator a code belongs to: "H2.05.01.03" → "2.05". */
export function indicatorOfEvidence(code: string): string | null {
  const parts = parseEvidenceCode(code);
  return parts ? `${parts.criterion}.${two(parts.indicator)}` : null;
}

/**
 * Why a code cannot be used for an indicator, or null when it can. A code of another indicator is refused
 * unless `sharedCodes` holds it: evidence used by several indicators keeps the code it was first given.
 */
export function evidenceCodeProblem(
  code: string,
  indicatorCode: string,
  sharedCodes?: ReadonlySet<string>,
): string | null {
  const parts = parseEvidenceCode(code);
  if (!parts)
    return `Mã minh chứng "${code}" phải có dạng H<tiêu chí>.<chỉ tiêu 2 số>.<minh chứng 2 số>.<thành phần 2 số>, ví dụ H2.05.01.03`;
  if (parts.indicator === 0 || parts.evidence === 0 || parts.item === 0)
    return `Mã minh chứng "${code}": số thứ tự bắt đầu từ 01`;
  const own = indicatorOfEvidence(code);
  if (own !== indicatorCode && !sharedCodes?.has(code))
    return `Mã minh chứng "${code}" thuộc chỉ tiêu ${own}, không phải chỉ tiêu ${indicatorCode}; minh chứng dùng chung phải có ở chỉ tiêu ${own}`;
  return null;
}

function highest(
  codes: Iterable<string>,
  match: (p: EvidenceCodeParts) => boolean,
  pick: (p: EvidenceCodeParts) => number,
) {
  let max = 0;
  for (const code of codes) {
    const parts = parseEvidenceCode(code);
    if (parts && match(parts)) max = Math.max(max, pick(parts));
  }
  return max;
}

/** A code for a new evidence of an indicator: the next evidence number, item 01. */
export function nextEvidenceCode(indicatorCode: string, existing: Iterable<string>): string {
  const ind = indicatorParts(indicatorCode);
  if (!ind) throw new RangeError(`Mã chỉ tiêu "${indicatorCode}" không hợp lệ`);
  const last = highest(
    existing,
    (p) => p.criterion === ind.criterion && p.indicator === ind.indicator,
    (p) => p.evidence,
  );
  if (last >= 99) throw new RangeError(`Chỉ tiêu ${indicatorCode} đã có 99 minh chứng`);
  return formatEvidenceCode({ ...ind, evidence: last + 1, item: 1 });
}

/** A code for one more item (thành phần) of an existing evidence: same evidence, next item number. */
export function nextItemCode(evidenceCode: string, existing: Iterable<string>): string {
  const base = parseEvidenceCode(evidenceCode);
  if (!base) throw new RangeError(`Mã minh chứng "${evidenceCode}" không hợp lệ`);
  const last = highest(
    [...existing, evidenceCode],
    (p) => p.criterion === base.criterion && p.indicator === base.indicator && p.evidence === base.evidence,
    (p) => p.item,
  );
  if (last >= 99) throw new RangeError(`Minh chứng ${evidenceCode.slice(0, 8)} đã có 99 thành phần`);
  return formatEvidenceCode({ ...base, item: last + 1 });
}

/** Sort order of codes: by criterion, indicator, evidence, item (numeric, not text). */
export function compareEvidenceCodes(a: string, b: string): number {
  const pa = parseEvidenceCode(a);
  const pb = parseEvidenceCode(b);
  if (!pa || !pb) return a.localeCompare(b);
  return pa.criterion - pb.criterion || pa.indicator - pb.indicator || pa.evidence - pb.evidence || pa.item - pb.item;
}
