/**
 * Who a requirement of a directive is addressed to. A letter to the whole network often asks different
 * things of different schools: letter 2174-CV/HVCTQG asks the provincial schools ("các trường chính
 * trị") to have their standard-school project approved by the provincial standing committee, which the
 * sector schools do not have, and in its item 3 stops all online training at provincial schools but only
 * online trung cấp at sector schools (rule C-03). So each requirement carries its own audience; an
 * obligation exists only for a recipient in it, and every count, overdue mark, reminder and export
 * follows from that.
 *
 * `proposeAudience` reads the audience from the requirement's wording, where the wording names it, and
 * `splitByAudience` splits a requirement whose clauses (separated by ";") name different audiences.
 * These are proposals: the Academy reviews them on the draft form.
 */
import { AppError } from '../../lib/app-error.ts';

export const AUDIENCES = ['all', 'provincial', 'sector', 'list'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const AUDIENCE_LABELS: Record<Audience, string> = {
  all: 'Tất cả đơn vị nhận',
  provincial: 'Các trường chính trị tỉnh, thành phố',
  sector: 'Các trường cán bộ của bộ, ngành, đoàn thể Trung ương',
  list: 'Danh sách đơn vị chọn riêng',
};

const KIND_OF: Partial<Record<Audience, string>> = { provincial: 'provincial_school', sector: 'sector_school' };

/** Whether an organisation is in a requirement's audience. */
export function inAudience(
  req: { audience: string; audience_ids_json: string | null },
  org: { id: string; kind: string },
): boolean {
  if (req.audience === 'all') return true;
  if (req.audience === 'list') return (JSON.parse(req.audience_ids_json ?? '[]') as string[]).includes(org.id);
  return KIND_OF[req.audience as Audience] === org.kind;
}

/** Validates a requirement's audience against the directive's recipient mode; returns the stored pair. */
export function checkAudience(
  input: { audience?: string | undefined; audienceIds?: string[] | undefined; no: number | null },
  recipientMode: string,
): { audience: Audience; audience_ids_json: string | null } {
  const audience = (input.audience ?? 'all') as Audience;
  const label = input.no ? `Yêu cầu ${input.no}` : 'Yêu cầu không đánh số';
  if (audience === 'list') {
    const ids = [...new Set(input.audienceIds ?? [])];
    if (!ids.length) throw new AppError('BAD_REQUEST', `${label}: chọn ít nhất một đơn vị trong danh sách áp dụng.`);
    return { audience, audience_ids_json: JSON.stringify(ids) };
  }
  if (
    (audience === 'provincial' && recipientMode === 'sector') ||
    (audience === 'sector' && recipientMode === 'provincial')
  )
    throw new AppError(
      'BAD_REQUEST',
      `${label}: đối tượng "${AUDIENCE_LABELS[audience]}" không có trong các đơn vị nhận chỉ đạo.`,
    );
  return { audience, audience_ids_json: null };
}

// ------------------------------------------------------------------ reading the audience from the text

/**
 * Names of the provincial schools as a subject: "các trường chính trị", "trường chính trị tỉnh, thành
 * phố…". Not "Vụ Các trường chính trị" (an Academy department) nor "trường chính trị chuẩn" (the
 * standard the text talks about).
 */
const PROVINCIAL =
  /(?<!vụ\s)(?:các\s+trường\s+chính\s+trị(?!\s+chuẩn)|trường\s+chính\s+trị\s+(?:các\s+)?tỉnh,?\s+thành\s+phố)/iu;
/** "trường bộ, ngành", "trường cán bộ (của) bộ, ngành, đoàn thể…", "trường bồi dưỡng cán bộ của bộ, ngành". */
const SECTOR = /trường\s+(?:(?:bồi\s+dưỡng\s+)?cán\s+bộ\s+(?:của\s+)?(?:các\s+)?)?bộ,?\s+ngành/iu;

/** The audience the wording names, or 'all' when it names both or neither. */
export function proposeAudience(text: string): 'all' | 'provincial' | 'sector' {
  const provincial = PROVINCIAL.test(text);
  const sector = SECTOR.test(text);
  if (provincial && !sector) return 'provincial';
  if (sector && !provincial) return 'sector';
  return 'all';
}

/**
 * Splits a requirement whose clauses name different audiences ("các trường chính trị dừng …; các trường
 * bộ, ngành dừng …") into one requirement per audience, each keeping its own clause. The shared lead-in
 * before the first clause that names an audience stays with every part.
 */
export function splitByAudience(text: string): { text: string; audience: 'all' | 'provincial' | 'sector' }[] {
  const clauses = text
    .split(/;\s*/u)
    .map((c) => c.trim())
    .filter(Boolean);
  const tagged = clauses.map((c) => ({ text: c, audience: proposeAudience(c) }));
  let leadIn = tagged[0]?.audience === 'all' ? tagged.shift()?.text : undefined;
  const distinct = new Set(tagged.map((c) => c.audience));
  if (distinct.has('all') || distinct.size < 2) return [{ text, audience: proposeAudience(text) }];
  // whole sentences before the first named audience ("Thực hiện chuyển đổi …. Hiện nay …, các trường chính trị …")
  if (!leadIn) {
    const sentences = tagged[0]!.text.split(/(?<=[.!?])\s+/u);
    const k = sentences.findIndex((x) => proposeAudience(x) !== 'all');
    if (k > 0) {
      leadIn = sentences.slice(0, k).join(' ');
      tagged[0]!.text = sentences.slice(k).join(' ');
    }
  }
  return tagged.map((c) => ({
    text: finish(leadIn ? `${leadIn.replace(/[;.]$/u, '')}. ${c.text}` : c.text),
    audience: c.audience,
  }));
}

function finish(clause: string): string {
  const t = clause.charAt(0).toUpperCase() + clause.slice(1);
  return /[.!?]$/u.test(t) ? t : `${t}.`;
}
