/**
 * Vietnamese labels of every enumeration, and tolerant parsing of what users type.
 * Parsing compares diacritics-free keys, so "Trung cap LLCT", "trung cấp" and "Trung cấp LLCT" agree.
 */
import type {
  Delivery,
  EducationLevel,
  Gender,
  PartyStatus,
  ProgrammeLevel,
  Rating,
  StudyMode,
  TheoryLevel,
} from './types.ts';
import { comparisonKey } from './text.ts';

export type Vocabulary<T extends string> = {
  /** Canonical label per code, as written in the template and in messages. */
  labels: Record<T, string>;
  /** Extra spellings accepted on input (beyond the label itself). */
  aliases: Partial<Record<T, string[]>>;
};

export const PROGRAMME_LEVELS: Vocabulary<ProgrammeLevel> = {
  labels: { so_cap: 'Sơ cấp LLCT', trung_cap: 'Trung cấp LLCT', cao_cap: 'Cao cấp LLCT', boi_duong: 'Bồi dưỡng' },
  aliases: {
    so_cap: ['Sơ cấp', 'Sơ cấp lý luận chính trị'],
    trung_cap: [
      'Trung cấp',
      'Trung cấp lý luận chính trị',
      'Trung cấp LLCT - HC',
      'Trung cấp lý luận chính trị - hành chính',
    ],
    cao_cap: ['Cao cấp', 'Cao cấp lý luận chính trị', 'Cao cấp LLCT - HC', 'Cao cấp lý luận chính trị - hành chính'],
    boi_duong: ['Bồi dưỡng', 'Lớp bồi dưỡng', 'Khóa bồi dưỡng'],
  },
};

export const STUDY_MODES: Vocabulary<StudyMode> = {
  labels: { tap_trung: 'Tập trung', khong_tap_trung: 'Không tập trung' },
  aliases: { tap_trung: ['Hệ tập trung'], khong_tap_trung: ['Hệ không tập trung', 'Tại chức'] },
};

export const DELIVERIES: Vocabulary<Delivery> = {
  labels: { truc_tiep: 'Trực tiếp', truc_tuyen: 'Trực tuyến', ket_hop: 'Kết hợp' },
  aliases: { truc_tuyen: ['Online'], ket_hop: ['Kết hợp trực tiếp và trực tuyến'] },
};

export const GENDERS: Vocabulary<Gender> = { labels: { nam: 'Nam', nu: 'Nữ' }, aliases: {} };

export const PARTY_STATUSES: Vocabulary<PartyStatus> = {
  labels: { chinh_thuc: 'Chính thức', du_bi: 'Dự bị', khong: 'Không' },
  aliases: {
    chinh_thuc: ['Đảng viên chính thức'],
    du_bi: ['Đảng viên dự bị'],
    khong: ['Chưa', 'Chưa là đảng viên', 'Không phải đảng viên', 'Quần chúng'],
  },
};

export const EDUCATION_LEVELS: Vocabulary<EducationLevel> = {
  labels: {
    tieu_hoc: 'Tiểu học',
    thcs: 'THCS',
    thpt: 'THPT',
    trung_cap: 'Trung cấp',
    cao_dang: 'Cao đẳng',
    dai_hoc: 'Đại học',
    thac_si: 'Thạc sĩ',
    tien_si: 'Tiến sĩ',
  },
  aliases: {
    thcs: ['Trung học cơ sở', '9/12'],
    thpt: ['Trung học phổ thông', '12/12'],
    trung_cap: ['Trung cấp chuyên nghiệp', 'TC'],
    cao_dang: ['CĐ'],
    dai_hoc: ['Cử nhân', 'Kỹ sư', 'ĐH'],
    thac_si: ['Thạc sỹ', 'ThS'],
    tien_si: ['Tiến sỹ', 'TS'],
  },
};

export const THEORY_LEVELS: Vocabulary<TheoryLevel> = {
  labels: { chua_co: 'Chưa có', so_cap: 'Sơ cấp', trung_cap: 'Trung cấp', cao_cap: 'Cao cấp', cu_nhan: 'Cử nhân' },
  aliases: {
    chua_co: ['Không', 'Chưa', 'Không có', 'Chưa có bằng', 'Chưa qua đào tạo'],
    so_cap: ['Sơ cấp LLCT', 'Sơ cấp lý luận chính trị'],
    trung_cap: [
      'Trung cấp LLCT',
      'Trung cấp lý luận chính trị',
      'Trung cấp LLCT - HC',
      'Trung cấp lý luận chính trị - hành chính',
    ],
    cao_cap: [
      'Cao cấp LLCT',
      'Cao cấp lý luận chính trị',
      'Cao cấp LLCT - HC',
      'Cao cấp lý luận chính trị - hành chính',
    ],
    cu_nhan: ['Cử nhân chính trị', 'Cử nhân LLCT'],
  },
};

export const RATINGS: Vocabulary<Rating> = {
  labels: { HTXSNV: 'HTXSNV', HTTNV: 'HTTNV', HTNV: 'HTNV', KHTNV: 'KHTNV' },
  aliases: {
    HTXSNV: ['Hoàn thành xuất sắc nhiệm vụ', 'Hoàn thành xuất sắc'],
    HTTNV: ['Hoàn thành tốt nhiệm vụ', 'Hoàn thành tốt'],
    HTNV: ['Hoàn thành nhiệm vụ', 'Hoàn thành'],
    KHTNV: ['Không hoàn thành nhiệm vụ', 'Không hoàn thành'],
  },
};

/** Ordinal ranks used by "at least" conditions. */
export const EDUCATION_RANK: Record<EducationLevel, number> = {
  tieu_hoc: 0,
  thcs: 1,
  thpt: 2,
  trung_cap: 3,
  cao_dang: 4,
  dai_hoc: 5,
  thac_si: 6,
  tien_si: 7,
};
/** Cử nhân chính trị ranks with cao cấp (Nghị định 29/2024 accepts it alongside cao cấp). */
export const THEORY_RANK: Record<TheoryLevel, number> = { chua_co: 0, so_cap: 1, trung_cap: 2, cao_cap: 3, cu_nhan: 3 };
export const RATING_RANK: Record<Rating, number> = { KHTNV: 0, HTNV: 1, HTTNV: 2, HTXSNV: 3 };

const parserCache = new WeakMap<object, Map<string, string>>();

/** Code for a typed value, or null when it matches no label or alias. */
export function parseVocabulary<T extends string>(vocabulary: Vocabulary<T>, typed: string): T | null {
  let lookup = parserCache.get(vocabulary);
  if (!lookup) {
    lookup = new Map();
    for (const [code, label] of Object.entries(vocabulary.labels) as [T, string][]) {
      lookup.set(comparisonKey(label), code);
      lookup.set(comparisonKey(code), code);
      for (const alias of vocabulary.aliases[code] ?? []) lookup.set(comparisonKey(alias), code);
    }
    parserCache.set(vocabulary, lookup);
  }
  return (lookup.get(comparisonKey(typed)) as T | undefined) ?? null;
}

export function labelList<T extends string>(vocabulary: Vocabulary<T>): string[] {
  return Object.values(vocabulary.labels) as string[];
}
