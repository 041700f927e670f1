/**
 * The political-school network as data: the Academy, its regional academies, the 63 provincial
 * schools valid until 30/6/2025, the 34 provincial units from 1/7/2025 with their predecessors,
 * and a few ministry/sector cadre schools (uncertain, editable).
 *
 * Built from reference/provinces-2022.csv and reference/provinces-2025.csv; pure and synchronous so
 * the database seed, the compliance CLI and tests share one source.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

export type OrganisationKind =
  | 'academy'
  | 'regional_academy'
  | 'member_academy'
  | 'provincial_school'
  | 'sector_school';

export type SeedOrganisation = {
  code: string;
  name: string;
  shortName: string | null;
  kind: OrganisationKind;
  parentCode: string | null;
  provinceCode: string | null;
  /** '2004' for the 63-province codes (QĐ 124/2004/QĐ-TTg), '2025' for the 34-unit codes. */
  provincePeriod: '2004' | '2025' | null;
  provinceName: string | null;
  validFrom: string | null;
  validTo: string | null;
  /** Codes of the organisations this one was formed from (2025 merger). */
  predecessorCodes: string[];
  nameUncertain: boolean;
  source: string | null;
};

export type SeedProvince = {
  code: string;
  period: '2004' | '2025';
  name: string;
  kind: 'tinh' | 'thanh_pho';
  validFrom: string | null;
  validTo: string | null;
  mergedFrom: string[];
  source: string;
};

export type SeedUnit = { name: string; kind: 'leadership' | 'office' | 'faculty' | 'department'; uncertain: boolean };

export const MERGER_DATE = '2025-07-01';
const LAST_DAY_BEFORE_MERGER = '2025-06-30';
export const ACADEMY_CODE = 'HVCTQG';

const referenceDir = fileURLToPath(new URL('../../reference/', import.meta.url));

function readCsv(file: string): Record<string, string>[] {
  return parse(readFileSync(referenceDir + file, 'utf8'), { columns: true, skip_empty_lines: true, trim: true });
}

/** Strip the trailing "?" that marks an uncertain cell, and report whether it was there. */
function uncertainCell(value: string): { value: string; uncertain: boolean } {
  const trimmed = value.trim();
  return trimmed.endsWith('?')
    ? { value: trimmed.slice(0, -1).trim(), uncertain: true }
    : { value: trimmed, uncertain: false };
}

export function schoolCode(period: '2004' | '2025', provinceCode: string): string {
  return `TCT-${period}-${provinceCode}`;
}

/** Names of merged schools confirmed by a source (domain/network.md §2); others follow the usual pattern and are marked uncertain. */
const CONFIRMED_MERGED_SCHOOL_NAMES: Record<string, { name: string; source: string; uncertain?: boolean }> = {
  '44': { name: 'Trường Chính trị Lê Duẩn tỉnh Quảng Trị', source: 'QĐ 07-QĐ/TU (1/7/2025); nhandan.vn post928145' },
  '86': { name: 'Trường Chính trị Phạm Hùng', source: 'tctph.vinhlong.gov.vn/node/41 (23/7/2025)' },
  '25': { name: 'Trường Chính trị tỉnh Phú Thọ', source: 'baophutho.vn 248810' },
  '52': { name: 'Trường Chính trị tỉnh Gia Lai', source: 'baogialai.com.vn post574007' },
  '48': { name: 'Trường Chính trị thành phố Đà Nẵng', source: 'baodanang.vn (11/8/2025)' },
  '80': { name: 'Trường Chính trị tỉnh Tây Ninh', source: 'vietnam.vn' },
  // HCMC's school was a Học viện before the merger; the merged unit's name is not in the sources.
  '79': {
    name: 'Học viện Cán bộ Thành phố Hồ Chí Minh',
    source:
      'Theo tên trường trước hợp nhất (Học viện Cán bộ TP.HCM, QĐ 1878/QĐ-TTg 15/10/2014); tên sau 1/7/2025 chưa tìm được nguồn',
    uncertain: true,
  },
  '08': {
    name: 'Trường Chính trị tỉnh Tuyên Quang',
    source: 'vietnam.vn (suy luận từ nguồn báo chí)',
    uncertain: true,
  },
};

export function loadSeedProvinces(): SeedProvince[] {
  const old = readCsv('provinces-2022.csv').map<SeedProvince>((row) => ({
    code: row.code!,
    period: '2004',
    name: row.name!,
    kind: row.type === 'thanh_pho' ? 'thanh_pho' : 'tinh',
    validFrom: null,
    validTo: LAST_DAY_BEFORE_MERGER,
    mergedFrom: [],
    source: row.source ?? '',
  }));
  const current = readCsv('provinces-2025.csv').map<SeedProvince>((row) => ({
    code: row.new_code!,
    period: '2025',
    name: row.new_name!,
    kind: row.new_name!.startsWith('Thành phố') ? 'thanh_pho' : 'tinh',
    validFrom: MERGER_DATE,
    validTo: null,
    mergedFrom: row.merged_from_codes!.split(';').map((c) => c.trim()),
    source: row.source ?? '',
  }));
  return [...old, ...current];
}

export function loadSeedOrganisations(): SeedOrganisation[] {
  const orgs: SeedOrganisation[] = [];
  const base: Pick<
    SeedOrganisation,
    | 'shortName'
    | 'provinceCode'
    | 'provincePeriod'
    | 'provinceName'
    | 'validFrom'
    | 'validTo'
    | 'predecessorCodes'
    | 'nameUncertain'
  > = {
    shortName: null,
    provinceCode: null,
    provincePeriod: null,
    provinceName: null,
    validFrom: null,
    validTo: null,
    predecessorCodes: [],
    nameUncertain: false,
  };
  orgs.push({
    ...base,
    code: ACADEMY_CODE,
    name: 'Học viện Chính trị quốc gia Hồ Chí Minh',
    shortName: 'HVCTQG',
    kind: 'academy',
    parentCode: null,
    source: 'domain/network.md §4',
  });
  const regions: [string, string, string][] = [
    ['HVKV1', 'Học viện Chính trị khu vực I', 'Hà Nội'],
    ['HVKV2', 'Học viện Chính trị khu vực II', 'TP. Hồ Chí Minh'],
    ['HVKV3', 'Học viện Chính trị khu vực III', 'Đà Nẵng'],
    ['HVKV4', 'Học viện Chính trị khu vực IV', 'Cần Thơ'],
  ];
  for (const [code, name] of regions) {
    orgs.push({
      ...base,
      code,
      name,
      kind: 'regional_academy',
      parentCode: ACADEMY_CODE,
      source: 'domain/network.md §4 (QĐ 149-QĐ/TW 2005; QĐ 534/QĐ-HVCTQG 2006)',
    });
  }
  orgs.push({
    ...base,
    code: 'HVBCTT',
    name: 'Học viện Báo chí và Tuyên truyền',
    kind: 'member_academy',
    parentCode: ACADEMY_CODE,
    source: 'domain/network.md §4',
  });
  // Member of the Academy since QĐ 214-QĐ/TW of 28/12/2024 (ex-National Academy of Public Administration).
  orgs.push({
    ...base,
    code: 'HVHCQTC',
    name: 'Học viện Hành chính và Quản trị công',
    kind: 'member_academy',
    parentCode: ACADEMY_CODE,
    validFrom: '2024-12-28',
    source:
      'domain/network.md §4: thuộc Học viện Chính trị quốc gia Hồ Chí Minh theo QĐ 214-QĐ/TW (28/12/2024); lấy ngày ký làm ngày bắt đầu',
  });

  const provinces2022 = readCsv('provinces-2022.csv');
  const byOldCode = new Map<string, SeedOrganisation>();
  for (const row of provinces2022) {
    const school = uncertainCell(row.school_name!);
    const org: SeedOrganisation = {
      ...base,
      code: schoolCode('2004', row.code!),
      name: school.value,
      kind: 'provincial_school',
      parentCode: ACADEMY_CODE,
      provinceCode: row.code!,
      provincePeriod: '2004',
      provinceName: row.name!,
      validTo: LAST_DAY_BEFORE_MERGER,
      nameUncertain: school.uncertain,
      source: row.source ?? null,
    };
    byOldCode.set(row.code!, org);
    orgs.push(org);
  }

  for (const row of readCsv('provinces-2025.csv')) {
    const from = row.merged_from_codes!.split(';').map((c) => c.trim());
    const unchanged = from.length === 1 && from[0] === row.new_code;
    if (unchanged) {
      // The school continues across the merger: same organisation, no end date.
      const school = byOldCode.get(row.new_code!);
      if (school) school.validTo = null;
      continue;
    }
    const confirmed = CONFIRMED_MERGED_SCHOOL_NAMES[row.new_code!];
    const unitName = row.new_name!.replace(/^Tỉnh /, 'tỉnh ').replace(/^Thành phố /, 'thành phố ');
    orgs.push({
      ...base,
      code: schoolCode('2025', row.new_code!),
      name: confirmed?.name ?? `Trường Chính trị ${unitName}`,
      kind: 'provincial_school',
      parentCode: ACADEMY_CODE,
      provinceCode: row.new_code!,
      provincePeriod: '2025',
      provinceName: row.new_name!.replace(/^(Tỉnh|Thành phố) /, ''),
      validFrom: MERGER_DATE,
      predecessorCodes: from.map((c) => schoolCode('2004', c)),
      nameUncertain: confirmed ? Boolean(confirmed.uncertain) : true,
      source: confirmed?.source ?? 'Tên trường sau hợp nhất chưa tìm được nguồn; đặt theo mẫu thông thường',
    });
  }

  // Ministry/sector cadre schools: the category is real (11 in 2023) but the list is not; seed a few, flagged.
  const sector: [string, string][] = [
    ['TBN-TTCP', 'Trường Cán bộ Thanh tra'],
    ['TBN-HVTTN', 'Học viện Thanh thiếu niên Việt Nam'],
    ['TBN-NNMT', 'Trường Cán bộ quản lý Nông nghiệp và Phát triển nông thôn'],
    ['TBN-HVTA', 'Học viện Tòa án'],
    ['TBN-DHKS', 'Trường Đại học Kiểm sát'],
  ];
  for (const [code, name] of sector) {
    orgs.push({
      ...base,
      code,
      name,
      kind: 'sector_school',
      parentCode: ACADEMY_CODE,
      nameUncertain: true,
      source: 'domain/network.md §3: có tồn tại, chưa xác minh thuộc danh sách 11 trường bộ, ngành',
    });
  }
  return orgs;
}

/** Units inside a provincial school per Quy định 09-QĐi/TW Điều 3 (3 faculties, 2 offices) plus the leadership. */
export const DEFAULT_SCHOOL_UNITS: SeedUnit[] = [
  { name: 'Ban Giám hiệu', kind: 'leadership', uncertain: false },
  { name: 'Phòng Tổ chức - Hành chính - Thông tin - Tư liệu', kind: 'office', uncertain: false },
  { name: 'Phòng Quản lý đào tạo và Nghiên cứu khoa học', kind: 'office', uncertain: false },
  { name: 'Khoa Lý luận cơ sở', kind: 'faculty', uncertain: false },
  { name: 'Khoa Xây dựng Đảng', kind: 'faculty', uncertain: false },
  { name: 'Khoa Nhà nước và pháp luật', kind: 'faculty', uncertain: false },
];

/** Academy departments; after QĐ 214-QĐ/TW (2024) the list is partly unknown, so each is flagged. */
export const ACADEMY_UNITS: SeedUnit[] = [
  { name: 'Ban Giám đốc', kind: 'leadership', uncertain: false },
  { name: 'Vụ Các trường chính trị', kind: 'department', uncertain: true },
  { name: 'Ban Quản lý đào tạo - bồi dưỡng', kind: 'department', uncertain: true },
  { name: 'Ban Tổ chức - Cán bộ', kind: 'department', uncertain: true },
  { name: 'Ban Quản lý khoa học', kind: 'department', uncertain: true },
  { name: 'Văn phòng', kind: 'office', uncertain: false },
];
