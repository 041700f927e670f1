/**
 * Socio-economic regions (GSO's six regions) by province code, for dashboard filters. The mapping is
 * by the 2004 codes; a 2025 unit takes the region of the province whose code it kept. This is an
 * approximation for filtering, not an official 2025 classification, and is labelled as such in the UI.
 */
export const REGIONS = [
  {
    code: 'TDMNPB',
    name: 'Trung du và miền núi phía Bắc',
    provinceCodes: ['02', '04', '06', '08', '10', '11', '12', '14', '15', '17', '19', '20', '24', '25'],
  },
  {
    code: 'DBSH',
    name: 'Đồng bằng sông Hồng',
    provinceCodes: ['01', '22', '26', '27', '30', '31', '33', '34', '35', '36', '37'],
  },
  {
    code: 'BTB-DHMT',
    name: 'Bắc Trung Bộ và Duyên hải miền Trung',
    provinceCodes: ['38', '40', '42', '44', '45', '46', '48', '49', '51', '52', '54', '56', '58', '60'],
  },
  { code: 'TN', name: 'Tây Nguyên', provinceCodes: ['62', '64', '66', '67', '68'] },
  { code: 'DNB', name: 'Đông Nam Bộ', provinceCodes: ['70', '72', '74', '75', '77', '79'] },
  {
    code: 'DBSCL',
    name: 'Đồng bằng sông Cửu Long',
    provinceCodes: ['80', '82', '83', '84', '86', '87', '89', '91', '92', '93', '94', '95', '96'],
  },
] as const;

export function regionOfProvince(code: string | null): { code: string; name: string } | null {
  if (!code) return null;
  const region = REGIONS.find((r) => (r.provinceCodes as readonly string[]).includes(code));
  return region ? { code: region.code, name: region.name } : null;
}
