import { describe, expect, it } from 'vitest';
import { repairCompounds } from './lexicon.ts';
import { snapOrganisation } from './org-vocab.ts';

describe('names read whole are not turned into other names', () => {
  it('keeps the kind of body a name says ("CỤC …" is not "VỤ …" two letters away)', () => {
    expect(snapOrganisation('CỤC KẾ HOẠCH - TÀI CHÍNH')?.name ?? 'CỤC KẾ HOẠCH - TÀI CHÍNH').toMatch(/^CỤC /u);
    // A damaged name of the same kind still snaps.
    expect(snapOrganisation('VỤ KẾ HOẠCH TÀl CHÍNH')?.name).toBe('VỤ KẾ HOẠCH - TÀI CHÍNH');
  });

  it('keeps the dash a name was printed with when every word was read', () => {
    expect(snapOrganisation('VỤ TỔ CHỨC - CÁN BỘ')).toEqual({
      name: 'VỤ TỔ CHỨC - CÁN BỘ',
      distance: 0,
      repaired: false,
    });
    // Words run together or cut apart are not "as printed": the vocabulary's spelling wins.
    expect(snapOrganisation('UBND THÀNH PHỐ CẦNTHƠ')?.name).not.toContain('CẦNTHƠ');
  });
});

describe('place names in the compound lexicon', () => {
  it('repairs a capitalised place whose marks OCR lost, never a small-letter common word', () => {
    expect(repairCompounds('nhà học đa năng').text).toBe('nhà học đa năng');
    expect(repairCompounds('thành phố Đa Nang').text).toBe('thành phố Đà Nẵng');
  });
});
