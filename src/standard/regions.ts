/**
 * Regions for the Academy's counts "by region": the six socio-economic regions the General Statistics
 * Office uses, keyed by the 63-province codes (QĐ 124/2004/QĐ-TTg). No source in the project lists them:
 * written from general knowledge and marked unverified; the module may pass its own region per school.
 * A 2025 unit keeps the code of the province holding its capital, so it takes that province's region —
 * an approximation for units spanning two regions (e.g. Gia Lai, Lâm Đồng, Đắk Lắk).
 */
import type { Confidence } from './common.ts';

export const REGIONS = [
  'Trung du và miền núi phía Bắc',
  'Đồng bằng sông Hồng',
  'Bắc Trung Bộ và duyên hải miền Trung',
  'Tây Nguyên',
  'Đông Nam Bộ',
  'Đồng bằng sông Cửu Long',
] as const;
export type Region = (typeof REGIONS)[number];

export const REGION_SOURCE: { source: string; confidence: Confidence } = {
  source:
    'Sáu vùng kinh tế - xã hội theo cách chia của Tổng cục Thống kê (ghi theo hiểu biết chung, chưa đối chiếu văn bản)',
  confidence: 'uncertain',
};

const CODES: Record<Region, string[]> = {
  'Trung du và miền núi phía Bắc': ['02', '04', '06', '08', '10', '11', '12', '14', '15', '17', '19', '20', '24', '25'],
  'Đồng bằng sông Hồng': ['01', '22', '26', '27', '30', '31', '33', '34', '35', '36', '37'],
  'Bắc Trung Bộ và duyên hải miền Trung': [
    '38',
    '40',
    '42',
    '44',
    '45',
    '46',
    '48',
    '49',
    '51',
    '52',
    '54',
    '56',
    '58',
    '60',
  ],
  'Tây Nguyên': ['62', '64', '66', '67', '68'],
  'Đông Nam Bộ': ['70', '72', '74', '75', '77', '79'],
  'Đồng bằng sông Cửu Long': ['80', '82', '83', '84', '86', '87', '89', '91', '92', '93', '94', '95', '96'],
};

const BY_CODE = new Map<string, Region>(
  (Object.entries(CODES) as [Region, string[]][]).flatMap(([region, codes]) => codes.map((c) => [c, region] as const)),
);

/** The region of a province code (either period), or null for a code not in the 2004 list. */
export function regionOfProvince(provinceCode: string | null): Region | null {
  return provinceCode === null ? null : (BY_CODE.get(provinceCode) ?? null);
}
