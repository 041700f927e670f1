/**
 * Names that changed while the organisation stayed the same (issue 11.7), so every page shows the name
 * valid on the date it is about: the 2174 dashboard (31/5/2022) says "Thừa Thiên Huế", today's network
 * says "Huế" (thành phố Huế, a centrally-run city from 1/1/2025, not part of the 1/7/2025 merger).
 * Each entry applies from its date on; names before the first entry are the organisation's base row.
 */
export type NameChange = {
  /** Organisation code (src/network/seed-data.ts). */
  code: string;
  /** First day the new name applies. */
  from: string;
  name?: string;
  provinceName?: string;
  uncertain: boolean;
  source: string;
};

export const NAME_CHANGES: NameChange[] = [
  {
    code: 'TCT-2004-46',
    from: '2025-01-01',
    provinceName: 'Huế',
    uncertain: false,
    source:
      'domain/network.md §2: mã 46 thành "Thành phố Huế" (thành phố trực thuộc Trung ương) từ 1/1/2025; số nghị quyết của UBTVQH chưa xác minh',
  },
  // The Procuracy university was renamed in July 2025 (network.md §3); its earlier name is recalled, unverified.
  {
    code: 'TBN-DHKS',
    from: '2025-07-01',
    name: 'Trường Đại học Kiểm sát',
    uncertain: true,
    source: 'domain/network.md §3: đổi tên tháng 7/2025 (ngày cụ thể chưa xác minh)',
  },
];

/** The names before the first change, where the base row holds the newest name. */
export const EARLIER_NAMES: Record<string, { name?: string; provinceName?: string; uncertain: boolean }> = {
  'TBN-DHKS': { name: 'Trường Đại học Kiểm sát Hà Nội', uncertain: true },
};

/** Name and province name of an organisation on `date`; `uncertain` when the name valid then is not verified. */
export function namesOn(
  org: { code: string; name: string; province_name: string | null },
  date: string,
): { name: string; provinceName: string | null; uncertain: boolean } {
  const changes = NAME_CHANGES.filter((c) => c.code === org.code).sort((a, b) => a.from.localeCompare(b.from));
  const earlier = EARLIER_NAMES[org.code];
  let name = org.name;
  let provinceName = org.province_name;
  let uncertain = false;
  if (changes.length && changes[0]!.from > date && earlier) {
    name = earlier.name ?? name;
    provinceName = earlier.provinceName ?? provinceName;
    uncertain = earlier.uncertain;
  }
  for (const change of changes) {
    if (change.from > date) break;
    name = change.name ?? name;
    provinceName = change.provinceName ?? provinceName;
    uncertain = change.uncertain;
  }
  return { name, provinceName, uncertain };
}
