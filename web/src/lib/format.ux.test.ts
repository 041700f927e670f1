import { describe, expect, test } from 'vitest';
import { deadlineWarning, parseVietnameseDate } from './format.ts';

describe('dates typed the way clerks type them (issue 16)', () => {
  test('digits only, dots and dashes are accepted; impossible dates are not', () => {
    expect(parseVietnameseDate('30042026')).toBe('2026-04-30');
    expect(parseVietnameseDate('300426')).toBe('2026-04-30');
    expect(parseVietnameseDate('16.6.2022')).toBe('2022-06-16');
    expect(parseVietnameseDate('01-06-2022')).toBe('2022-06-01');
    expect(parseVietnameseDate('31022026')).toBeNull();
    expect(parseVietnameseDate('3004202')).toBeNull();
    expect(parseVietnameseDate('2022-06-01')).toBeNull();
  });

  test('deadlines in the past or on a weekend are warned about', () => {
    expect(deadlineWarning('2023-07-31', '2026-12-07')).toMatch(/đã qua/);
    expect(deadlineWarning('2026-12-12', '2026-12-07')).toMatch(/thứ Bảy/);
    expect(deadlineWarning('2026-12-13', '2026-12-07')).toMatch(/Chủ nhật/);
    expect(deadlineWarning('2026-12-14', '2026-12-07')).toBeNull();
    expect(deadlineWarning('2026-12-07', '2026-12-07')).toBeNull();
    expect(deadlineWarning('', '2026-12-07')).toBeNull();
  });
});
