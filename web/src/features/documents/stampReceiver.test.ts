import { describe, expect, test } from 'vitest';
import { stampIsOwn } from './stampReceiver.ts';

describe("the ĐẾN stamp's receiver (issue 16)", () => {
  test('the school’s own stamp matches whatever the case and accents', () => {
    expect(stampIsOwn('TRƯỜNG CHÍNH TRỊ TỈNH THÁI NGUYÊN', 'Trường Chính trị tỉnh Thái Nguyên')).toBe(true);
    expect(stampIsOwn('Truong Chinh tri tinh Thai Nguyen', 'Trường Chính trị tỉnh Thái Nguyên')).toBe(true);
  });
  test('another body’s stamp does not, nor another school’s', () => {
    expect(stampIsOwn('VĂN PHÒNG TỈNH ỦY THÁI NGUYÊN', 'Trường Chính trị tỉnh Thái Nguyên')).toBe(false);
    expect(stampIsOwn('TRƯỜNG CHÍNH TRỊ TỈNH BẮC KẠN', 'Trường Chính trị tỉnh Thái Nguyên')).toBe(false);
    expect(stampIsOwn('Sở Giáo dục và Đào tạo', 'Trường Chính trị tỉnh Thái Nguyên')).toBe(false);
  });
  test('no receiver read: unknown', () => {
    expect(stampIsOwn(null, 'Trường Chính trị tỉnh Thái Nguyên')).toBeNull();
    expect(stampIsOwn('  ', 'Trường Chính trị tỉnh Thái Nguyên')).toBeNull();
  });
});
