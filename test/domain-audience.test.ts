import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inAudience, proposeAudience, splitByAudience } from '../src/modules/directives/audience.ts';

const letter = readFileSync(new URL('../reference/letter-2174-ocr.txt', import.meta.url), 'utf8');
const item = (n: number) => {
  const m = new RegExp(`^${n}\\. (.+)$`, 'mu').exec(letter);
  if (!m) throw new Error(`item ${n} not in the OCR text`);
  return m[1]!;
};

describe('requirement audience read from the wording', () => {
  it('proposes the audience of each item of letter 2174 from its OCR text', () => {
    expect(proposeAudience(item(1))).toBe('provincial');
    expect(proposeAudience(item(2))).toBe('all');
    expect(proposeAudience(item(4))).toBe('all');
    const parts = splitByAudience(item(3));
    expect(parts.map((p) => p.audience)).toEqual(['provincial', 'sector']);
    expect(parts[0]!.text).toMatch(/494-CV\/HVCTQG/);
    expect(parts[0]!.text).not.toMatch(/875-CV/);
    expect(parts[1]!.text).toMatch(/Trung cấp lý luận chính trị trực tuyến/);
    // the shared lead-in stays with both parts
    expect(parts.every((p) => p.text.startsWith('Thực hiện chuyển đổi'))).toBe(true);
  });

  it('reads other phrasings, not only the letter', () => {
    expect(proposeAudience('Trường chính trị tỉnh, thành phố trực thuộc Trung ương báo cáo số lớp.')).toBe(
      'provincial',
    );
    expect(proposeAudience('Các trường cán bộ của bộ, ngành, đoàn thể Trung ương rà soát chương trình.')).toBe(
      'sector',
    );
    expect(proposeAudience('Trường bồi dưỡng cán bộ của bộ, ngành gửi danh sách giảng viên.')).toBe('sector');
    expect(proposeAudience('Các trường gửi báo cáo về Học viện (qua Vụ Các trường chính trị).')).toBe('all');
    expect(proposeAudience('Xây dựng trường chính trị chuẩn theo Quy định 11-QĐ/TW.')).toBe('all');
    expect(
      splitByAudience('Các trường chính trị báo cáo số lớp; các trường chính trị gửi kế hoạch năm.').map(
        (p) => p.audience,
      ),
    ).toEqual(['provincial']);
    // a clause addressed to everybody after the named ones: not split (the wording is not per audience)
    expect(
      splitByAudience('Các trường chính trị báo cáo; các trường bộ, ngành rà soát; đồng thời gửi về Học viện.').length,
    ).toBe(1);
  });

  it('decides membership by kind or list', () => {
    const school = { id: 'a', kind: 'provincial_school' };
    expect(inAudience({ audience: 'all', audience_ids_json: null }, school)).toBe(true);
    expect(inAudience({ audience: 'provincial', audience_ids_json: null }, school)).toBe(true);
    expect(inAudience({ audience: 'sector', audience_ids_json: null }, school)).toBe(false);
    expect(inAudience({ audience: 'list', audience_ids_json: '["b"]' }, school)).toBe(false);
    expect(inAudience({ audience: 'list', audience_ids_json: '["a"]' }, school)).toBe(true);
  });
});
