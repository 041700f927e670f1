import { describe, expect, test } from 'vitest';
import {
  draftToBody,
  emptyDraft,
  newRequirement,
  nextRequirementNo,
  validateDirectiveDraft,
} from './directiveDraft.ts';
import { foldVietnamese } from './directiveLabels.ts';

describe('directive draft', () => {
  test('an empty form gets Vietnamese messages', () => {
    const draft = { ...emptyDraft('2026-11-26'), recipientMode: 'custom' as const };
    const errors = validateDirectiveDraft(draft);
    expect(errors.title).toBe('Vui lòng nhập trích yếu của chỉ đạo.');
    expect(Object.values(errors.requirementRows ?? {})[0]?.text).toBe('Vui lòng nhập nội dung yêu cầu.');
    expect(errors.recipients).toBe('Chọn ít nhất một trường nhận.');
  });

  test('duplicate requirement numbers are refused; unnumbered rows are allowed', () => {
    const rows = [
      newRequirement(1, 'Một yêu cầu'),
      newRequirement(1, 'Yêu cầu khác'),
      newRequirement(null, 'Báo cáo định kỳ'),
    ];
    const errors = validateDirectiveDraft({ ...emptyDraft('2026-11-26'), title: 'Chỉ đạo thử', requirements: rows });
    expect(errors.requirementRows?.[rows[1]!.key]?.no).toBe('Số thứ tự 1 bị trùng.');
    expect(errors.requirementRows?.[rows[2]!.key]).toBeUndefined();
    expect(nextRequirementNo(rows)).toBe(2);
  });

  test('one number may be split per audience (2174 item 3); the body carries the audience', () => {
    const rows = [
      newRequirement(3, 'Các trường chính trị dừng đào tạo trực tuyến', null, 'status', 'provincial'),
      newRequirement(3, 'Các trường bộ, ngành dừng trung cấp trực tuyến', null, 'status', 'sector'),
      newRequirement(4, 'Tham gia cuộc thi viết'),
    ];
    const draft = { ...emptyDraft('2022-05-31'), title: 'Chỉ đạo thử', requirements: rows };
    expect(validateDirectiveDraft(draft).requirementRows).toBeUndefined();
    expect(draftToBody(draft).requirements.map((r) => r.audience ?? 'all')).toEqual(['provincial', 'sector', 'all']);
  });

  test('the request body: trimmed, numbers parsed, nulls left out where the server would coerce them', () => {
    const draft = {
      ...emptyDraft('2026-11-26'),
      title: '  Đẩy nhanh đề án  ',
      numberSymbol: '2301 - CV/HVCTQG',
      requirements: [
        newRequirement(1, 'Phê duyệt đề án', '2026-12-31', 'standard_school_project'),
        newRequirement(null, 'Báo cáo'),
      ],
      recipientMode: 'custom' as const,
      recipientIds: ['a', 'b'],
    };
    expect(draftToBody(draft)).toEqual({
      title: 'Đẩy nhanh đề án',
      numberSymbol: '2301-CV/HVCTQG',
      issuedDate: '2026-11-26',
      requirements: [
        { no: 1, text: 'Phê duyệt đề án', deadline: '2026-12-31', answerType: 'standard_school_project' },
        { no: null, text: 'Báo cáo', deadline: null, answerType: 'status' },
      ],
      recipientMode: 'custom',
      recipientIds: ['a', 'b'],
    });
  });

  test('search folds Vietnamese diacritics', () => {
    expect(foldVietnamese('Trường Chính trị tỉnh Thái Nguyên')).toContain('thai nguyen');
    expect(foldVietnamese('Đà Nẵng')).toBe('da nang');
  });
});

describe('directive draft checked by the server schema', () => {
  const valid = () => ({
    ...emptyDraft('2026-11-26'),
    title: 'Chỉ đạo thử',
    requirements: [newRequirement(1, 'Một yêu cầu')],
  });

  test('a valid draft has no errors, with nullable fields left null', () => {
    expect(validateDirectiveDraft(valid())).toEqual({});
  });

  test('lengths and ranges come from the schema, in Vietnamese', () => {
    const rows = [newRequirement(1000, 'Một yêu cầu'), newRequirement(2, 'ab'), newRequirement(null, 'x'.repeat(5001))];
    const errors = validateDirectiveDraft({
      ...valid(),
      title: 'ab',
      numberSymbol: 'X'.repeat(61),
      requirements: rows,
    });
    expect(errors.title).toBe('Trích yếu của chỉ đạo quá ngắn (ít nhất 3 ký tự).');
    expect(errors.numberSymbol).toBe('Số, ký hiệu không quá 60 ký tự.');
    expect(errors.requirementRows?.[rows[0]!.key]?.no).toBe('Số thứ tự không được lớn hơn 999.');
    expect(errors.requirementRows?.[rows[1]!.key]?.text).toBe('Nội dung yêu cầu quá ngắn (ít nhất 3 ký tự).');
    expect(errors.requirementRows?.[rows[2]!.key]?.text).toBe('Nội dung yêu cầu không quá 5000 ký tự.');
  });

  test('counts come from the schema; a typed number that is not one is refused', () => {
    const many = Array.from({ length: 51 }, (_, i) => newRequirement(i + 1, `Yêu cầu ${i + 1}`));
    expect(validateDirectiveDraft({ ...valid(), requirements: many }).requirements).toBe(
      'Một chỉ đạo có tối đa 50 yêu cầu.',
    );
    expect(validateDirectiveDraft({ ...valid(), requirements: [] }).requirements).toBe(
      'Chỉ đạo cần ít nhất một yêu cầu.',
    );
    const odd = newRequirement(null, 'Một yêu cầu');
    odd.no = 'một';
    expect(validateDirectiveDraft({ ...valid(), requirements: [odd] }).requirementRows?.[odd.key]?.no).toBe(
      'Số thứ tự là số nguyên từ 1 đến 999.',
    );
  });
});
