/** Issue 11.5: document types per family, and "Hỏa tốc hẹn giờ" only in the edXML mapping. */
import { describe, expect, it } from 'vitest';
import { EDXML_PRIORITY } from '../src/edxml/codes.ts';
import { URGENCY_LEVELS } from '../src/modules/documents/documents.policy.ts';
import { assertTypeOfFamily } from '../src/modules/documents/document-types.ts';
import { letterCatalog } from '../src/modules/letters/letters.presenter.ts';

describe('document types per family', () => {
  it('has no KL for a state body; a quy định is QĐi (Party) or QyĐ (state)', () => {
    expect(() => assertTypeOfFamily('state', 'KL')).toThrow(/không có trong danh mục văn bản hành chính/);
    expect(() => assertTypeOfFamily('state', 'QĐi')).toThrow(/QĐi.*văn bản của Đảng/);
    expect(() => assertTypeOfFamily('party', 'QyĐ')).toThrow(/không có trong danh mục văn bản của Đảng/);
    expect(assertTypeOfFamily('party', 'QĐi').name).toBe('Quy định');
    expect(assertTypeOfFamily('state', 'QyĐ').name).toBe('Quy định');
    expect(assertTypeOfFamily('party', 'KL').name).toBe('Kết luận');
  });
  it('"Hỏa tốc hẹn giờ" is an edXML priority, not a Decree 30 urgency mark', () => {
    expect([...URGENCY_LEVELS]).toEqual(['Khẩn', 'Thượng khẩn', 'Hỏa tốc']);
    // The web's pickers come from the catalogue endpoint; it must offer what the documents module accepts.
    expect(letterCatalog().urgency).toEqual([...URGENCY_LEVELS]);
    expect(Object.values(EDXML_PRIORITY)).toContain('Hỏa tốc hẹn giờ');
  });
});
