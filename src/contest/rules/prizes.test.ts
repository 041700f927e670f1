import { describe, expect, it } from 'vitest';
import { EDITION_2023, EDITION_2024, EDITION_2025 } from '../editions/data.ts';
import { allocateCollectivePrizes } from './collective.ts';
import { allocatePrizes, type ScoredEntry } from './prizes.ts';

const entries = (category: string, scores: number[], org = (i: number) => `truong-${i % 3}`): ScoredEntry[] =>
  scores.map((finalScore, i) => ({
    id: `${category}-${i}`,
    categoryCode: category,
    organisationId: org(i),
    finalScore,
  }));
const levels = (awards: { entryId: string; level: string }[]) =>
  Object.fromEntries(awards.map((a) => [a.entryId, a.level]));

describe('allocatePrizes', () => {
  it('2023: fills 1 Đặc biệt, 3 A, 5 B, 7 C, 10 KK per category from the best score down', () => {
    const journal = entries(
      'tap_chi',
      Array.from({ length: 30 }, (_, i) => 90 - i),
    );
    const { awards, ties } = allocatePrizes(EDITION_2023, journal);
    expect(ties).toEqual([]);
    expect(awards).toHaveLength(26);
    const count = (level: string) => awards.filter((a) => a.level === level).length;
    expect([count('dac_biet'), count('A'), count('B'), count('C'), count('KK')]).toEqual([1, 3, 5, 7, 10]);
    expect(levels(awards)).toMatchObject({
      'tap_chi-0': 'dac_biet',
      'tap_chi-3': 'A',
      'tap_chi-4': 'B',
      'tap_chi-25': 'KK',
    });
    expect(levels(awards)['tap_chi-26']).toBeUndefined();
  });

  it('2023: radio, TV and video entries compete in one prize category', () => {
    const av = [...entries('phat_thanh', [80, 70]), ...entries('video', [85])];
    expect(allocatePrizes(EDITION_2023, av).awards.map((a) => [a.entryId, a.prizeCategory, a.level])).toEqual([
      ['video-0', 'nghe_nhin', 'dac_biet'],
      ['phat_thanh-0', 'nghe_nhin', 'A'],
      ['phat_thanh-1', 'nghe_nhin', 'A'],
    ]);
  });

  it('2024: the one overall Đặc biệt first; its winner takes no second prize', () => {
    const all = [...entries('tap_chi', [80, 79, 78, 77]), ...entries('video', [95, 60])];
    const byId = levels(allocatePrizes(EDITION_2024, all).awards);
    expect(byId).toMatchObject({ 'video-0': 'dac_biet', 'video-1': 'A', 'tap_chi-0': 'A', 'tap_chi-3': 'B' });
  });

  it('refers a tie across the last place of a level, or settles it by the jury’s order or by awarding all', () => {
    const tied = entries('tap_chi', [90, 88, 87, 86, 86, 80]); // 1 ĐB, 3 A: two entries at 86 for the last A
    const referred = allocatePrizes(EDITION_2023, tied);
    expect(referred.ties).toEqual([
      expect.objectContaining({
        prizeCategory: 'tap_chi',
        level: 'A',
        places: 1,
        score: 86,
        entryIds: ['tap_chi-3', 'tap_chi-4'],
      }),
    ]);
    expect(referred.ties[0]!.message).toContain('2 tác phẩm cùng 86 điểm tranh 1 Giải A còn lại của hạng mục Tạp chí');
    expect(referred.awards.map((a) => a.entryId)).toEqual(['tap_chi-0', 'tap_chi-1', 'tap_chi-2']);

    const decided = allocatePrizes(EDITION_2023, tied, { tieOrder: { 'tap_chi-4': 1, 'tap_chi-3': 2 } });
    expect(decided.ties).toEqual([]);
    expect(levels(decided.awards)).toMatchObject({ 'tap_chi-4': 'A', 'tap_chi-3': 'B', 'tap_chi-5': 'B' });

    const all = allocatePrizes(EDITION_2023, tied, { onTie: 'award_all' });
    expect(levels(all.awards)).toMatchObject({ 'tap_chi-3': 'A', 'tap_chi-4': 'A', 'tap_chi-5': 'B' });
    expect(all.notices[0]!.message).toContain('vượt 1 giải so với cơ cấu');
  });

  it('allocates nothing where the prize structure is unknown (2025), and says so', () => {
    const result = allocatePrizes(EDITION_2025, entries('bao', [90]));
    expect(result.awards).toEqual([]);
    expect(result.notices.map((n) => n.code)).toEqual(Array(5).fill('PRIZES_NOT_SET'));
  });
});

describe('allocateCollectivePrizes', () => {
  const edition = structuredClone(EDITION_2023);
  edition.collectivePrizes.value = { count: 2, minimumLevel: 'B' };
  const e = (id: string, organisationId: string) => ({ id, organisationId });
  const pool = [e('1', 'T1'), e('2', 'T1'), e('3', 'T2'), e('4', 'T3'), e('5', 'T3'), e('6', 'T4'), e('7', 'T4')];

  it('needs an entry at the minimum level or above, ranks by prizes then entries sent, and refers ties', () => {
    const awards = [
      { entryId: '1', prizeCategory: 'tap_chi', level: 'A' as const },
      { entryId: '3', prizeCategory: 'tap_chi', level: 'C' as const }, // T2: only C → not eligible
      { entryId: '4', prizeCategory: 'bao', level: 'B' as const },
      { entryId: '6', prizeCategory: 'bao', level: 'B' as const },
    ];
    const result = allocateCollectivePrizes(edition, awards, pool);
    expect(result.eligible.map((s) => s.organisationId)).toEqual(['T1', 'T3', 'T4']);
    expect(result.awarded).toEqual(['T1']);
    expect(result.tie).toMatchObject({ places: 1, organisationIds: ['T3', 'T4'] });
    expect(result.notices[0]).toMatchObject({ code: 'COLLECTIVE_RANKING', confidence: 'uncertain' });
    expect(allocateCollectivePrizes(edition, awards, pool, { T4: 1, T3: 2 }).awarded).toEqual(['T1', 'T4']);
    expect(allocateCollectivePrizes(edition, awards, [...pool, e('8', 'T4')]).awarded).toEqual(['T1', 'T4']);
  });

  it('says when the edition sets no collective prizes', () => {
    expect(allocateCollectivePrizes(EDITION_2025, [], pool).notices[0]!.code).toBe('COLLECTIVE_NOT_SET');
  });
});
