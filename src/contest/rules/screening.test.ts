import { describe, expect, it } from 'vitest';
import { EDITION_2022, EDITION_2025 } from '../editions/data.ts';
import { SimilarityCorpus } from '../similarity/corpus.ts';
import { authorDetailsInWork, screenEntry } from './screening.ts';

describe('screenEntry', () => {
  it('2025: screens out a newspaper entry above 25 % overlap, naming the threshold and the main sources', () => {
    const out = screenEntry(EDITION_2025, {
      categoryCode: 'bao',
      overlap: {
        share: 0.274,
        sources: [
          { label: 'Bài "Giữ vững trận địa tư tưởng" (2024)', containment: 0.2 },
          { label: 'Diễn đàn địa phương', containment: 0.1 },
        ],
      },
    });
    expect(out.screenedOut).toBe(true);
    expect(out.reasons[0]!.code).toBe('OVERLAP');
    expect(out.reasons[0]!.message).toContain(
      'Tỷ lệ trùng lặp 27,4 % vượt ngưỡng 25 % của thể loại Báo; trùng nhiều nhất với: Bài "Giữ vững trận địa tư tưởng" (2024) (20 %); Diễn đàn địa phương (10 %)',
    );
    expect(screenEntry(EDITION_2025, { categoryCode: 'bao', overlap: { share: 0.25, sources: [] } }).screenedOut).toBe(
      false,
    );
    expect(
      screenEntry(EDITION_2025, { categoryCode: 'tap_chi', overlap: { share: 0.21, sources: [] } }).screenedOut,
    ).toBe(true);
  });

  it('removes nothing where the edition sets no threshold, but tells the secretariat', () => {
    const video = screenEntry(EDITION_2025, { categoryCode: 'video', overlap: { share: 0.9, sources: [] } });
    expect(video).toMatchObject({
      screenedOut: false,
      notices: [{ code: 'OVERLAP_THRESHOLD_NOT_SET', confidence: 'uncertain' }],
    });
    expect(screenEntry(EDITION_2022, { categoryCode: 'bao', overlap: { share: 0, sources: [] } }).notices).toEqual([]);
  });

  it('screens out for form: author details inside the work, forbidden materials (2025 rules)', () => {
    const out = screenEntry(EDITION_2025, {
      categoryCode: 'tap_chi',
      form: { authorDetailsInWork: ['họ tên', 'số điện thoại'], materials: ['In trên giấy màu', 'Có mục lục'] },
    });
    expect(out.reasons.map((r) => r.code)).toEqual(['FORM_AUTHOR_DETAILS', 'FORM_MATERIAL']);
    expect(out.reasons[0]!.message).toContain('Thông tin tác giả xuất hiện trong bài (họ tên, số điện thoại)');
    const unknownRules = screenEntry(EDITION_2022, {
      categoryCode: 'tap_chi',
      form: { materials: ['In trên giấy màu'] },
    });
    expect(unknownRules).toMatchObject({ screenedOut: false, notices: [{ code: 'FORM_NOT_SET' }] });
  });

  it('works with the overlap engine: an entry copying a third of a forum article is screened out', () => {
    const words = (seed: number, n: number) =>
      Array.from({ length: n }, (_, i) => `từ${(seed * 7919 + i * 104729) % 100003}`);
    const article = words(1, 300);
    const corpus = new SimilarityCorpus();
    corpus.add('Diễn đàn địa phương: bài số 12', article.join(' '));
    corpus.add('Bài dự thi năm 2024', words(2, 300).join(' '));
    const entry = [...words(3, 200), ...article.slice(0, 100)].join(' ');
    const { share, matches } = corpus.overlap(entry);
    expect(share).toBeCloseTo(96 / 296, 10);
    const out = screenEntry(EDITION_2025, {
      categoryCode: 'bao',
      overlap: { share, sources: matches.map((m) => ({ label: m.id, containment: m.newInOld })) },
    });
    expect(out.screenedOut).toBe(true);
    expect(out.reasons[0]!.message).toContain('Diễn đàn địa phương: bài số 12 (32,4 %)');
  });
});

describe('authorDetailsInWork', () => {
  it('finds the author’s name, email and numbers in the text judges see', () => {
    const text = 'Bài viết của NGUYỄN VĂN AN, liên hệ 0912.345.678 hoặc an.nv@hvctqg.vn.';
    expect(
      authorDetailsInWork(text.normalize('NFD'), {
        name: 'Nguyễn Văn An',
        email: 'an.nv@hvctqg.vn',
        phone: '0912 345 678',
        idNumber: '001099012345',
      }),
    ).toEqual(['họ tên', 'email', 'số điện thoại']);
    expect(authorDetailsInWork('Nguyễn Văn Anh viết', { name: 'Nguyễn Văn An' })).toEqual([]);
  });
});
