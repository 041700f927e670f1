import type { OrganisationRow } from './organisations.repository.ts';

export const ORGANISATION_KIND_LABELS: Record<string, string> = {
  academy: 'Học viện Chính trị quốc gia Hồ Chí Minh',
  regional_academy: 'Học viện Chính trị khu vực',
  member_academy: 'Học viện trực thuộc',
  provincial_school: 'Trường chính trị tỉnh, thành phố',
  sector_school: 'Trường cán bộ của bộ, ngành, đoàn thể Trung ương',
};

export const UNIT_KIND_LABELS: Record<string, string> = {
  leadership: 'Lãnh đạo',
  office: 'Phòng',
  faculty: 'Khoa',
  department: 'Ban, Vụ',
};

type Link = { id: string; name: string };

export function presentOrganisation(row: OrganisationRow, links?: { predecessors?: Link[]; successors?: Link[] }) {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    shortName: row.short_name,
    kind: row.kind,
    kindLabel: ORGANISATION_KIND_LABELS[row.kind] ?? row.kind,
    provinceCode: row.province_code,
    provincePeriod: row.province_period,
    provinceName: row.province_name,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    nameUncertain: row.name_uncertain === 1,
    source: row.source,
    note: row.note,
    predecessors: links?.predecessors ?? [],
    successors: links?.successors ?? [],
  };
}

export function presentUnit(row: { id: string; name: string; kind: string; uncertain: number }) {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    kindLabel: UNIT_KIND_LABELS[row.kind] ?? row.kind,
    uncertain: row.uncertain === 1,
  };
}
