/**
 * Domain types of the compliance engine: what a class and a learner look like to the rules.
 * Enumerations use ASCII codes; Vietnamese labels live in ./vocabulary.ts.
 * Dates are calendar dates as 'YYYY-MM-DD' strings, so no timezone ever shifts them.
 */
import type { OrganisationKind } from '../network/seed-data.ts';

export type { OrganisationKind };

export type ProgrammeLevel = 'so_cap' | 'trung_cap' | 'cao_cap' | 'boi_duong';
export type StudyMode = 'tap_trung' | 'khong_tap_trung';
export type Delivery = 'truc_tiep' | 'truc_tuyen' | 'ket_hop';
export type Gender = 'nam' | 'nu';
export type PartyStatus = 'chinh_thuc' | 'du_bi' | 'khong';
/** 'tieu_hoc' is accepted beyond the list so that L-SC-01 (below THCS) can ever trigger. */
export type EducationLevel =
  | 'tieu_hoc'
  | 'thcs'
  | 'thpt'
  | 'trung_cap'
  | 'cao_dang'
  | 'dai_hoc'
  | 'thac_si'
  | 'tien_si';
export type TheoryLevel = 'chua_co' | 'so_cap' | 'trung_cap' | 'cao_cap' | 'cu_nhan';
/** Annual performance ratings, best first: xuất sắc, tốt, hoàn thành, không hoàn thành. */
export type Rating = 'HTXSNV' | 'HTTNV' | 'HTNV' | 'KHTNV';
/** How a held theory level is documented; a confirmation certificate counts only if dated before 2021-07-09. */
export type TheoryDocumentKind = 'bang' | 'giay_xac_nhan';
export type IsoDate = string;

/** An organisation as the rules need it: its kind decides phân cấp (C-01, C-02) and C-03's scope. */
export type HostRef = { code: string; name: string; kind: OrganisationKind | string };

export type ClassInput = {
  code: string;
  name: string;
  level: ProgrammeLevel;
  mode: StudyMode;
  delivery: Delivery;
  host: HostRef;
  /** Đơn vị phối hợp as typed, and the organisation it resolved to (null when free text). */
  partnerName: string | null;
  partner: HostRef | null;
  openingDate: IsoDate;
  closingDate: IsoDate | null;
  place: string | null;
};

export type LearnerInput = {
  /** Stable identity from the database, used by overrides; absent for a file being checked. */
  id?: string;
  fullName: string;
  birthDate: IsoDate;
  gender: Gender;
  ethnicity: string | null;
  partyStatus: PartyStatus;
  partyJoinDate: IsoDate | null;
  /** Date the membership became full (chính thức); the template has no column for it. */
  partyFullDate?: IsoDate | null;
  education: EducationLevel;
  theoryLevel: TheoryLevel;
  theoryDocumentDate: IsoDate | null;
  /** Unknown (undefined/null) is treated as a diploma, which always counts. */
  theoryDocumentKind?: TheoryDocumentKind | null;
  position: string | null;
  planned: boolean;
  workplace: string | null;
  /** Rating of the year before enrolment and of the year before that. */
  ratingLastYear: Rating | null;
  ratingYearBefore: Rating | null;
};

export type RegimeId = 'R57' | 'R350';
export type Severity = 'blocking' | 'warning';
export type Confidence = 'confirmed' | 'secondary' | 'uncertain';
