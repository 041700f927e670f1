/**
 * "Create the next edition by copying the last" (issue 14, item 1). Rules are copied as a draft: each copied
 * fact keeps its value and source but becomes "uncertain" with a note saying it was copied and awaits the
 * Academy's confirmation, because a rule of last year is not evidence about this year. What is particular to
 * one edition — plan, window, results — starts empty.
 */
import { notFound } from './facts.ts';
import type { Edition, FactOf } from './schema.ts';

function copied<T>(source: FactOf<T>, fromYear: number): FactOf<T> {
  if (source.value === null) return structuredClone(source);
  const note = `Sao chép từ lần thi năm ${fromYear}, chờ Học viện xác nhận.${source.note ? ` ${source.note}` : ''}`;
  return { value: structuredClone(source.value), confidence: 'uncertain', source: source.source, note };
}

export function copyEdition(last: Edition, year: number): Edition {
  if (!Number.isInteger(year) || year <= last.year) {
    throw new RangeError(`Năm của lần thi mới (${year}) phải sau năm ${last.year}.`);
  }
  const number = last.number + (year - last.year);
  return {
    id: `e${year}`,
    year,
    number,
    title: `Cuộc thi chính luận về bảo vệ nền tảng tư tưởng của Đảng lần thứ ${number}, năm ${year}`,
    plan: notFound(`Kế hoạch tổ chức năm ${year} (Học viện nhập khi ban hành)`),
    window: notFound(`Thời gian nhận bài năm ${year}`),
    eligibility: copied(last.eligibility, last.year),
    categories: last.categories.map((c) => ({
      ...structuredClone(c),
      maxAuthors: copied(c.maxAuthors, last.year),
      overlapThreshold: copied(c.overlapThreshold, last.year),
    })),
    quota: copied(last.quota, last.year),
    prizeCategories: last.prizeCategories.map((p) => ({ ...structuredClone(p), prizes: copied(p.prizes, last.year) })),
    promisingPrizes: copied(last.promisingPrizes, last.year),
    collectivePrizes: copied(last.collectivePrizes, last.year),
    otherAwards: copied(last.otherAwards, last.year),
    rounds: copied(last.rounds, last.year),
    form: copied(last.form, last.year),
    marking: {
      scale: copied(last.marking.scale, last.year),
      thirdJudgeMargin: copied(last.marking.thirdJudgeMargin, last.year),
      finalScore: copied(last.marking.finalScore, last.year),
    },
    results: notFound(`Kết quả năm ${year}`),
  };
}
