/**
 * Vietnamese wording for the network pages.
 */
import type { OrganisationKind } from '../../api/types.ts';

/** How to count organisations of a kind: "34 trường chính trị tỉnh, thành phố". */
export const COUNT_NOUNS: Record<OrganisationKind | 'all', string> = {
  all: 'đơn vị trong mạng lưới',
  academy: 'học viện',
  regional_academy: 'học viện khu vực',
  member_academy: 'học viện trực thuộc',
  provincial_school: 'trường chính trị tỉnh, thành phố',
  sector_school: 'trường cán bộ của bộ, ngành, đoàn thể Trung ương',
};

/** Which list of province codes a code belongs to (codes changed meaning on 1/7/2025). */
export function provincePeriodLabel(period: string | null): string {
  if (period === '2004') return 'mã tỉnh trước 1/7/2025 (QĐ 124/2004/QĐ-TTg)';
  if (period === '2025') return 'mã tỉnh từ 1/7/2025 (QĐ 19/2025/QĐ-TTg)';
  return period ? `danh mục ${period}` : '';
}

export const UNCERTAIN_NAME_HINT =
  'Tên chưa được xác minh bằng văn bản chính thức; có thể được quản trị Học viện cập nhật.';
