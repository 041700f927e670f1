import { describe, expect, test } from 'vitest';
import {
  comparePersonNames,
  formatDate,
  formatDateTime,
  formatValidity,
  parseVietnameseDate,
  sortByVietnamese,
  todayInVietnam,
} from './format.ts';

describe('Vietnamese formatting', () => {
  test('dates are dd/mm/yyyy and plain dates never shift by time zone', () => {
    expect(formatDate('2022-06-01')).toBe('01/06/2022');
    expect(formatDate('2022-05-31T17:30:00.000Z')).toBe('01/06/2022'); // 00:30 in Hà Nội
    expect(formatDate(null)).toBe('');
  });

  test('times are dd/mm/yyyy HH:mm in Asia/Ho_Chi_Minh', () => {
    expect(formatDateTime('2026-11-26T14:56:18.443Z')).toBe('26/11/2026 21:56');
    expect(formatDateTime('2026-11-26T17:05:00Z')).toBe('27/11/2026 00:05');
  });

  test('today follows Vietnam, not UTC', () => {
    expect(todayInVietnam(new Date('2025-06-30T17:00:00Z'))).toBe('2025-07-01');
  });

  test('typed dates are parsed strictly', () => {
    expect(parseVietnameseDate('1/6/2022')).toBe('2022-06-01');
    expect(parseVietnameseDate(' 31/12/2025 ')).toBe('2025-12-31');
    expect(parseVietnameseDate('31/02/2022')).toBeNull();
    expect(parseVietnameseDate('2022-06-01')).toBeNull();
  });

  test('validity', () => {
    expect(formatValidity('2025-07-01', null)).toBe('01/07/2025 – nay');
    expect(formatValidity(null, '2025-06-30')).toBe('Đến 30/06/2025');
    expect(formatValidity(null, null)).toBe('Chưa xác định');
  });

  test('Vietnamese alphabetical order', () => {
    expect(sortByVietnamese(['Đà Nẵng', 'Cà Mau', 'Điện Biên', 'Bắc Ninh', 'An Giang', 'Ấp'], (x) => x)).toEqual([
      'An Giang',
      'Ấp',
      'Bắc Ninh',
      'Cà Mau',
      'Đà Nẵng',
      'Điện Biên',
    ]);
    const names = ['Trần Thị Bình', 'Nguyễn Văn An', 'Lê Văn Minh', 'Hoàng Thị Lan'];
    expect([...names].sort(comparePersonNames)).toEqual([
      'Nguyễn Văn An',
      'Trần Thị Bình',
      'Hoàng Thị Lan',
      'Lê Văn Minh',
    ]);
  });
});
