/**
 * Mã định danh (electronic-exchange code) of an organisation (documents.md §4):
 * - QCVN 102:2016: `L4.L3.L2.L1`, 13 characters, e.g. `000.00.00.G22` (Văn phòng Chính phủ);
 * - QĐ 20/2020/QĐ-TTg: at most 35 characters from `.`, 0–9, A–Z (other naming schemes registered
 *   with the ministry). The Party's level-1 letter and the Academy's own code were not found, so a code
 *   is always entered by a person, never made up.
 */
export const QCVN102_ORGAN_ID = /^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}$/;
export const QD20_ORGAN_ID = /^(?:[0-9A-Z]+\.){0,6}[0-9A-Z]+$/;

export type OrganIdFormat = 'qcvn102' | 'qd20';

/** Which format a code follows, or a Vietnamese reason it is not a code. */
export function checkOrganId(code: string): { format: OrganIdFormat } | { error: string } {
  if (QCVN102_ORGAN_ID.test(code)) return { format: 'qcvn102' };
  if (code.length <= 35 && QD20_ORGAN_ID.test(code)) return { format: 'qd20' };
  return {
    error: `Mã định danh "${code}" không đúng định dạng: dạng L4.L3.L2.L1 như 000.00.00.G22 (QCVN 102:2016) hoặc tối đa 35 ký tự gồm chữ in hoa, chữ số và dấu chấm (QĐ 20/2020/QĐ-TTg).`,
  };
}
