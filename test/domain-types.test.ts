/** Issue 11.5: document types per family, and "Hỏa tốc hẹn giờ" only in the edXML mapping. */
import { describe, expect, it } from 'vitest';
import { LETTER_TYPES } from '../src/letters/catalog.ts';
import { EDXML_PRIORITY } from '../src/edxml/codes.ts';
import { URGENCY_LEVELS } from '../src/modules/documents/documents.policy.ts';
import { assertTypeOfFamily } from '../src/modules/documents/document-types.ts';
import { FAMILY_DOCUMENT_TYPES, URGENCY_OPTIONS } from '../web/src/features/documents/documentLabels.ts';

describe('document types per family', () => {
  it('the outgoing form offers exactly the catalogue list of the family', () => {
    for (const family of ['party', 'state'] as const)
      expect(FAMILY_DOCUMENT_TYPES[family]).toEqual(LETTER_TYPES[family].map((t) => [t.code, t.name]));
  });
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
    expect([...URGENCY_OPTIONS]).toEqual([...URGENCY_LEVELS]);
    expect(Object.values(EDXML_PRIORITY)).toContain('Hỏa tốc hẹn giờ');
  });
});
