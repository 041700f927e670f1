/**
 * Collective prizes (giải tập thể) per school or organisation. Eligible: an organisation with at least one
 * entry awarded at the edition's minimum level or above (2023: B or above). The sources give the number of
 * collective prizes but not how eligible organisations are ranked; the ranking used here is a proposal, marked
 * uncertain: more prizes of the highest level first (then the next level, and so on), then more entries sent.
 * Ties at the last place are referred to the organisers, or settled by their decision (`tieOrder`).
 */
import type { Edition, PrizeLevel } from '../editions/schema.ts';
import { PRIZE_LEVEL_LABELS, PRIZE_LEVELS } from '../editions/schema.ts';
import { editionRule, notSet, type RuleFinding } from './findings.ts';
import type { Award } from './prizes.ts';

export interface OrganisationStanding {
  organisationId: string;
  byLevel: Record<PrizeLevel, number>;
  entries: number;
}

export interface CollectiveAllocation {
  awarded: string[];
  /** Organisations tied for the last places, for the organisers to decide. */
  tie: { places: number; organisationIds: string[]; message: string } | null;
  eligible: OrganisationStanding[];
  notices: RuleFinding[];
}

const RANKING_NOTE: RuleFinding['confidence'] = 'uncertain';

function compare(a: OrganisationStanding, b: OrganisationStanding): number {
  for (const level of PRIZE_LEVELS)
    if (a.byLevel[level] !== b.byLevel[level]) return b.byLevel[level] - a.byLevel[level];
  return b.entries - a.entries;
}

export function allocateCollectivePrizes(
  edition: Edition,
  awards: readonly Award[],
  entries: readonly { id: string; organisationId: string }[],
  tieOrder?: Readonly<Record<string, number>>,
): CollectiveAllocation {
  const notices: RuleFinding[] = [];
  const rule = edition.collectivePrizes;
  if (rule.value === null) {
    notices.push(notSet(edition, rule, 'COLLECTIVE_NOT_SET', 'số giải tập thể'));
    return { awarded: [], tie: null, eligible: [], notices };
  }
  const { count, minimumLevel } = rule.value;
  notices.push({
    code: 'COLLECTIVE_RANKING',
    message:
      'Cách xếp hạng tập thể chưa có trong nguồn: đang dùng đề xuất (nhiều giải cao hơn trước, rồi nhiều bài dự thi hơn); Ban Tổ chức cần xác nhận.',
    rule: `${editionRule(edition)}: giải tập thể`,
    source: rule.source,
    confidence: RANKING_NOTE,
  });
  if (minimumLevel === null)
    notices.push(
      notSet(edition, rule, 'COLLECTIVE_CONDITION_NOT_SET', 'điều kiện xét giải tập thể (đang xét mọi đơn vị có giải)'),
    );
  const organisationOf = new Map(entries.map((e) => [e.id, e.organisationId]));
  const standings = new Map<string, OrganisationStanding>();
  const standing = (id: string) => {
    let s = standings.get(id);
    if (!s)
      standings.set(id, (s = { organisationId: id, byLevel: { dac_biet: 0, A: 0, B: 0, C: 0, KK: 0 }, entries: 0 }));
    return s;
  };
  for (const e of entries) standing(e.organisationId).entries++;
  for (const a of awards) {
    const org = organisationOf.get(a.entryId);
    if (org !== undefined) standing(org).byLevel[a.level]++;
  }
  const qualifying = PRIZE_LEVELS.slice(
    0,
    minimumLevel === null ? PRIZE_LEVELS.length : PRIZE_LEVELS.indexOf(minimumLevel) + 1,
  );
  const eligible = [...standings.values()]
    .filter((s) => qualifying.some((level) => s.byLevel[level] > 0))
    .sort((a, b) => compare(a, b) || a.organisationId.localeCompare(b.organisationId));
  if (eligible.length <= count) return { awarded: eligible.map((s) => s.organisationId), tie: null, eligible, notices };

  const last = eligible[count - 1]!;
  const tied = eligible.filter((s) => compare(s, last) === 0);
  const above = eligible.filter((s) => compare(s, last) < 0);
  const places = count - above.length;
  const decided = tieOrder && tied.every((s) => tieOrder[s.organisationId] !== undefined);
  if (tied.length === places || decided) {
    const chosen = decided
      ? [...tied].sort((a, b) => tieOrder[a.organisationId]! - tieOrder[b.organisationId]!).slice(0, places)
      : tied;
    return { awarded: [...above, ...chosen].map((s) => s.organisationId), tie: null, eligible, notices };
  }
  const level = minimumLevel ? ` (có tác phẩm đạt ${PRIZE_LEVEL_LABELS[minimumLevel]} trở lên)` : '';
  return {
    awarded: above.map((s) => s.organisationId),
    tie: {
      places,
      organisationIds: tied.map((s) => s.organisationId),
      message: `${tied.length} tập thể${level} bằng nhau tranh ${places} giải tập thể còn lại: Ban Tổ chức cần quyết định.`,
    },
    eligible,
    notices,
  };
}
