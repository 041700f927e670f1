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
