/** Vietnamese wording of findings. Kept apart from the checks so wording can change without touching logic. */
import type { OrganisationKind, PartyStatus, Rating } from './types.ts';
import { formatVietnameseDate } from './text.ts';

export const HOST_KIND_LABELS: Record<OrganisationKind, string> = {
  academy: 'Học viện Chính trị quốc gia Hồ Chí Minh',
  regional_academy: 'học viện chính trị khu vực',
  member_academy: 'học viện trực thuộc Học viện Chính trị quốc gia Hồ Chí Minh',
  provincial_school: 'trường chính trị tỉnh, thành phố',
  sector_school: 'trường cán bộ của bộ, ngành, đoàn thể Trung ương',
};

export function hostKindLabel(kind: string): string {
  return (HOST_KIND_LABELS as Record<string, string>)[kind] ?? `đơn vị loại "${kind}"`;
}

export const PARTY_STATUS_PHRASES: Record<PartyStatus, string> = {
  khong: 'chưa là đảng viên',
  du_bi: 'là đảng viên dự bị',
  chinh_thuc: 'là đảng viên chính thức',
};

export const RATING_PHRASES: Record<Rating, string> = {
  HTXSNV: 'hoàn thành xuất sắc nhiệm vụ',
  HTTNV: 'hoàn thành tốt nhiệm vụ',
  HTNV: 'hoàn thành nhiệm vụ',
  KHTNV: 'không hoàn thành nhiệm vụ',
};

/** "Quy định 57-QĐ/TW ngày 08/02/2022 của Ban Bí thư" → "Quy định 57-QĐ/TW". */
export function shortCitation(document: string): string {
  return document.split(' ngày ')[0]!.split(' (')[0]!;
}

export function ageMessage(p: {
  gender: 'nam' | 'nu';
  age: number;
  minimum: number;
  openingDate: string;
  citation: string;
}): string {
  const who = p.gender === 'nam' ? 'nam' : 'nữ';
  return `Học viên ${who} ${p.age} tuổi (đủ tuổi tính đến ngày khai giảng ${formatVietnameseDate(p.openingDate)}) học hệ không tập trung: dưới ${p.minimum} tuổi theo ${p.citation}`;
}

export function partyMessage(p: {
  status: PartyStatus;
  allowed: PartyStatus[];
  levelLabel: string;
  citation: string;
}): string {
  const requirement = p.allowed.length > 1 ? 'đảng viên dự bị hoặc chính thức' : 'đảng viên chính thức';
  return `Học viên ${PARTY_STATUS_PHRASES[p.status]}: ${p.levelLabel} yêu cầu ${requirement} theo ${p.citation}`;
}

export function educationMessage(p: {
  education: string;
  minimum: string;
  levelLabel: string;
  citation: string;
  ethnicMinority: boolean;
}): string {
  const who = p.ethnicMinority ? ' (áp dụng mức dành cho cán bộ người dân tộc thiểu số)' : '';
  return `Trình độ học vấn ${p.education} thấp hơn mức tối thiểu ${p.minimum}${who} của ${p.levelLabel} theo ${p.citation}`;
}

export function lowRatingMessage(p: {
  low: string[];
  missing: string[];
  atLeast: Rating;
  years: number;
  citation: string;
}): string {
  const missing = p.missing.length > 0 ? `; chưa có xếp loại ${p.missing.join(' và ')}` : '';
  return `Xếp loại ${p.low.join('; ')} dưới mức "${RATING_PHRASES[p.atLeast]}" (${p.atLeast}) yêu cầu trong ${p.years} năm liên tiếp trước khi cử đi học theo ${p.citation}${missing}`;
}

export function missingRatingMessage(p: { missing: string[]; atLeast: Rating; citation: string }): string {
  return `Chưa có xếp loại ${p.missing.join(' và ')}: cần người xác nhận đạt "${RATING_PHRASES[p.atLeast]}" trở lên theo ${p.citation}`;
}

export function positionMessage(p: { position: string | null; listTitle: string }): string {
  const what = p.position
    ? `Chức vụ "${p.position}" không khớp danh sách`
    : 'Chưa ghi chức vụ, không đối chiếu được với danh sách';
  return `${what} ${p.listTitle.charAt(0).toLowerCase()}${p.listTitle.slice(1)} và không thuộc diện quy hoạch: cần người xác nhận`;
}

export function heldLevelMessage(p: {
  heldLabel: string;
  documentDate: string | null;
  classLevelLabel: string;
}): string {
  const when = p.documentDate ? ` (cấp ngày ${formatVietnameseDate(p.documentDate)})` : '';
  return `Học viên đã có trình độ LLCT ${p.heldLabel}${when}, bằng hoặc cao hơn bậc ${p.classLevelLabel} của lớp`;
}

/** `partner`: undefined when partners don't matter for the rule, null when the class has none. */
export function providerMessage(p: {
  hostName: string;
  hostKind: string;
  partner?: string | null;
  levelLabel: string;
  allowed: string;
  citation: string;
}): string {
  const partner =
    p.partner === undefined
      ? ''
      : p.partner === null
        ? ', không có đơn vị phối hợp thuộc hệ thống Học viện'
        : `, đơn vị phối hợp "${p.partner}" không thuộc hệ thống Học viện`;
  return `Cơ sở đào tạo ${p.hostName} là ${hostKindLabel(p.hostKind)}${partner}: theo phân cấp của ${p.citation}, ${p.levelLabel} do ${p.allowed} đào tạo`;
}

export function onlineMessage(p: {
  hostName: string;
  openingDate: string;
  instruction: string;
  citation: string;
}): string {
  return `Lớp học trực tuyến của ${p.hostName} khai giảng ngày ${formatVietnameseDate(p.openingDate)}: ${p.citation} yêu cầu ${p.instruction}`;
}

export function classSizeMessage(p: {
  enrolled: number;
  limit: number;
  levelLabel: string;
  modeLabel: string;
}): string {
  return `Lớp có ${p.enrolled} học viên, vượt quy mô tối đa ${p.limit} đã cấu hình cho ${p.levelLabel} hệ ${p.modeLabel.toLowerCase()}`;
}
