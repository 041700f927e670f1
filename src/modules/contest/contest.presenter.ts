/**
 * Rows to responses. `presentWork` is the only shape a judge ever receives: code, category, title, the work and
 * the judge's own mark — it is built field by field from the blind columns, never from an entry row.
 */
import type { Edition } from '../../contest/editions/index.ts';
import { ROUND_NAMES, type Round } from './contest.policy.ts';

const ENTRY_STATUS: Record<string, string> = {
  registered: 'Đang dự thi',
  withdrawn: 'Đã rút',
  screened_out: 'Bị loại',
  awarded: 'Đạt giải',
};

const roundName = (r: string) => ROUND_NAMES[r as Round] ?? r;
const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

export function presentEditionSummary(row: {
  id: string;
  year: number;
  number: number;
  title: string;
  status: string;
  copied_from: string | null;
  updated_at: string;
}) {
  return {
    id: row.id,
    year: Number(row.year),
    number: Number(row.number),
    title: row.title,
    status: row.status,
    copiedFrom: row.copied_from,
    updatedAt: row.updated_at,
  };
}

export function presentJudge(row: {
  id: string;
  round: string;
  user_id: string;
  organisation_id: string;
  full_name: string;
}) {
  return {
    id: row.id,
    round: row.round,
    roundName: roundName(row.round),
    userId: row.user_id,
    fullName: row.full_name,
  };
}

type EntryRow = {
  id: string;
  edition_id: string;
  organisation_id: string;
  organisation_name: string;
  category_code: string;
  title: string;
  blind_code: string;
  status: string;
  round: string;
  screen_reason: string | null;
  submitted_on: string;
  file_name: string | null;
  file_size: number | null;
  media_url: string | null;
  publication_name: string | null;
  published_on: string | null;
  published_url: string | null;
  overlap_share: number | null;
  overlap_checked_at: string | null;
  created_at: string;
};

export function presentEntry(
  row: EntryRow,
  authors: { entry_id: string; person_key: string; full_name: string }[],
  score: { marks: number; finalScore: number | null; state: string } | undefined,
) {
  return {
    id: row.id,
    editionId: row.edition_id,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    categoryCode: row.category_code,
    title: row.title,
    blindCode: row.blind_code,
    status: row.status,
    statusName: ENTRY_STATUS[row.status] ?? row.status,
    round: row.round,
    roundName: roundName(row.round),
    screenReason: row.screen_reason,
    submittedOn: row.submitted_on,
    fileName: row.file_name,
    fileSize: num(row.file_size),
    mediaUrl: row.media_url,
    publicationName: row.publication_name,
    publishedOn: row.published_on,
    publishedUrl: row.published_url,
    overlapShare: num(row.overlap_share),
    overlapCheckedAt: row.overlap_checked_at,
    authors: authors.filter((a) => a.entry_id === row.id).map((a) => ({ key: a.person_key, fullName: a.full_name })),
    marks: score?.marks ?? 0,
    finalScore: score?.finalScore ?? null,
    markingState: score?.state ?? 'marking_not_set',
    createdAt: row.created_at,
  };
}

export function presentWork(
  edition: Edition,
  work: {
    blind_code: string;
    category_code: string;
    title: string;
    work_text: string;
    media_url: string | null;
    content_type: string | null;
    round: string;
  },
  myScore: number | null,
  marks: number,
  state: string,
) {
  return {
    blindCode: work.blind_code,
    categoryCode: work.category_code,
    categoryLabel: edition.categories.find((c) => c.code === work.category_code)?.label ?? work.category_code,
    title: work.title,
    text: work.work_text,
    mediaUrl: work.media_url,
    mediaFile: /^(audio|video)\//.test(work.content_type ?? ''),
    round: work.round,
    myScore,
    marks,
    markingState: state,
  };
}

export function presentOverlap(row: {
  id: string;
  entry_id: string;
  blind_code: string;
  title: string;
  category_code: string;
  other_kind: string;
  other_id: string;
  other_label: string;
  shared: number;
  entry_in_other: number;
  other_in_entry: number;
}) {
  return {
    id: row.id,
    entryId: row.entry_id,
    blindCode: row.blind_code,
    title: row.title,
    categoryCode: row.category_code,
    otherKind: row.other_kind,
    otherId: row.other_id,
    otherLabel: row.other_label,
    shared: Number(row.shared),
    entryInOther: Number(row.entry_in_other),
    otherInEntry: Number(row.other_in_entry),
  };
}

export function presentArticle(row: {
  id: string;
  organisation_id: string;
  organisation_name: string;
  year: number;
  title: string;
  author_name: string;
  file_name: string | null;
  status: string;
  published_url: string | null;
  published_on: string | null;
  note: string | null;
  sent_on: string;
  created_at: string;
}) {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    year: Number(row.year),
    title: row.title,
    authorName: row.author_name,
    fileName: row.file_name,
    status: row.status,
    publishedUrl: row.published_url,
    publishedOn: row.published_on,
    note: row.note,
    sentOn: row.sent_on,
    createdAt: row.created_at,
  };
}
