import { describe, expect, test } from 'vitest';
import { taskHeading } from './taskTypes.ts';

describe('tasks are titled by their content (issue 16)', () => {
  test('a generated title gives way to the requirement’s text', () => {
    expect(taskHeading({ title: 'Yêu cầu 2', text: 'Báo cáo kết quả  về Học viện' })).toBe(
      'Báo cáo kết quả về Học viện',
    );
    expect(taskHeading({ title: 'Yêu cầu (không đánh số)', text: 'Lưu hồ sơ' })).toBe('Lưu hồ sơ');
    expect(taskHeading({ title: 'Xử lý văn bản', text: 'V/v học tập nghị quyết' })).toBe('V/v học tập nghị quyết');
  });
  test('a title a leader typed stays; long texts are cut at a word', () => {
    expect(taskHeading({ title: 'Chuẩn bị hội nghị', text: 'Chi tiết' })).toBe('Chuẩn bị hội nghị');
    expect(taskHeading({ title: 'Yêu cầu 1 — 57-KH/HVCTQG', text: 'x' })).toBe('Yêu cầu 1 — 57-KH/HVCTQG');
    const long = `${'Xây dựng kế hoạch '.repeat(12)}kết thúc`;
    const heading = taskHeading({ title: 'Yêu cầu 1', text: long });
    expect(heading.endsWith('…')).toBe(true);
    expect(heading.length).toBeLessThanOrEqual(141);
    expect(long.startsWith(heading.slice(0, -1))).toBe(true);
    expect(heading.slice(0, -1).endsWith(' ')).toBe(false);
  });
  test('no text: the title', () => {
    expect(taskHeading({ title: 'Yêu cầu 3', text: '  ' })).toBe('Yêu cầu 3');
  });
});
