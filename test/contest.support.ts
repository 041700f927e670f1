/** Helpers of the contest tests: texts with planted overlaps, the 2026 edition made ready by the Academy. */
import type { Edition } from '../src/contest/editions/index.ts';
import type { Client } from '../src/testing/http.ts';

const SYLLABLES =
  'bảo vệ nền tảng tư tưởng của đảng đấu tranh phản bác quan điểm sai trái thù địch chính trị lý luận thực tiễn nhân dân cách mạng đổi mới phát triển đất nước xây dựng chỉnh đốn cán bộ đảng viên trường tỉnh học viện giảng viên học tập tư liệu nghiên cứu khoa học kinh tế xã hội văn hóa giáo dục quốc phòng an ninh đối ngoại hội nhập quốc tế'.split(
    ' ',
  );

/** A text of `words` words from a seeded generator: two seeds give texts that share no 5-word window. */
export function words(seed: number, count: number): string {
  let a = seed >>> 0;
  const next = () => {
    // mulberry32
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out: string[] = [];
  for (let i = 0; i < count; i++)
    out.push(`${SYLLABLES[Math.floor(next() * SYLLABLES.length)]!}${i % 17 === 16 ? '.' : ''}`);
  return out.join(' ');
}

export const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

/** The Academy copies 2025 into 2026, sets marking, prizes and window, and publishes it. */
export async function prepareEdition2026(academyAdmin: Client, today: string): Promise<Edition> {
  const copy = await academyAdmin.request('POST', '/api/contest/editions/e2025/copy', { year: 2026 });
  if (copy.statusCode !== 201) throw new Error(`copy ${copy.statusCode} ${copy.body}`);
  const data = copy.json().data as Edition;
  const fact = <T>(value: T) => ({ value, confidence: 'confirmed' as const, source: 'Kế hoạch 2026 (thử nghiệm)' });
  data.plan = fact({ number: '99-KH/HVCTQG', date: '2026-01-05' });
  data.window = fact({ opens: '2026-01-01', closes: `${Number(today.slice(0, 4)) + 1}-12-31`, closesBy: 'postmark' });
  data.marking = {
    scale: fact(100),
    thirdJudgeMargin: fact(10),
    finalScore: fact('mean_of_closest_two' as const),
  };
  data.collectivePrizes = fact({ count: 1, minimumLevel: 'B' as const });
  data.prizeCategories = data.prizeCategories.map((p) => ({
    ...p,
    prizes: fact({ dac_biet: 0, A: 1, B: 1, C: 0, KK: 0 }),
  }));
  const put = await academyAdmin.request('PUT', '/api/contest/editions/e2026', { data, status: 'published' });
  if (put.statusCode !== 200) throw new Error(`put ${put.statusCode} ${put.body}`);
  return put.json().data as Edition;
}
