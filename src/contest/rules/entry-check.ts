/**
 * Whether a new entry may be registered, given the edition and the entries already registered: category,
 * authors per work, eligibility (organisers and judges excluded; 2021 only within the system), the per-author
 * quotas (total, written/audiovisual, per category) and the submission window. A violation refuses the entry
 * and names the rule; a notice says a rule is not set for this edition and was not checked.
 *
 * Judgment call: a co-authored work counts toward the quota of each of its authors (the stricter reading of
 * "at most 2 per author or group"; otherwise forming groups would multiply a person's entries).
 */
import type { Edition, WorkKind } from '../editions/schema.ts';
import { type ORGANISATION_KINDS_2021, WORK_KIND_LABELS } from '../editions/schema.ts';
import { finding, notSet, type RuleFinding } from './findings.ts';

export type OrganisationKind = (typeof ORGANISATION_KINDS_2021)[number];

export interface Author {
  personId: string;
  name: string;
  /** The kind of organisation the author belongs to (needed when an edition is open only to the system). */
  organisationKind?: string | null;
}

export interface NewEntry {
  categoryCode: string;
  authors: Author[];
  /** Postmark or receipt date, YYYY-MM-DD. */
  submittedOn?: string | null;
}

export interface RegisteredEntry {
  id: string;
  categoryCode: string;
  authorIds: string[];
  /** A withdrawn entry frees its place; a screened-out one still counts (it was sent). */
  withdrawn?: boolean;
}

/** The edition's organisers and judges (person ids), who may not take part. */
export interface EditionStaff {
  organisers: readonly string[];
  judges: readonly string[];
}

export interface EntryCheck {
  allowed: boolean;
  violations: RuleFinding[];
  notices: RuleFinding[];
}

export function checkNewEntry(
  edition: Edition,
  entry: NewEntry,
  registered: readonly RegisteredEntry[],
  staff: EditionStaff = { organisers: [], judges: [] },
): EntryCheck {
  const violations: RuleFinding[] = [];
  const notices: RuleFinding[] = [];
  const category = edition.categories.find((c) => c.code === entry.categoryCode);
  if (!category) {
    const known = edition.categories.map((c) => c.label).join(', ');
    violations.push(
      finding(
        edition,
        edition.quota,
        'UNKNOWN_CATEGORY',
        'thể loại dự thi',
        `Thể loại "${entry.categoryCode}" không có trong lần thi này (có: ${known})`,
      ),
    );
    return { allowed: false, violations, notices };
  }
  const ids = entry.authors.map((a) => a.personId);
  if (ids.length === 0)
    violations.push(
      finding(edition, edition.eligibility, 'NO_AUTHOR', 'tác giả', 'Tác phẩm phải có ít nhất một tác giả'),
    );
  if (new Set(ids).size !== ids.length)
    violations.push(
      finding(
        edition,
        edition.eligibility,
        'DUPLICATE_AUTHOR',
        'tác giả',
        'Một người được ghi hai lần trong danh sách tác giả',
      ),
    );

  const maxAuthors = category.maxAuthors;
  if (maxAuthors.value === null) {
    if (ids.length > 1)
      notices.push(
        notSet(edition, maxAuthors, 'MAX_AUTHORS_NOT_SET', `số tác giả tối đa của thể loại ${category.label}`),
      );
  } else if (ids.length > maxAuthors.value) {
    violations.push(
      finding(
        edition,
        maxAuthors,
        'TOO_MANY_AUTHORS',
        `số tác giả tối đa của thể loại ${category.label}`,
        `Tác phẩm có ${ids.length} tác giả; thể loại ${category.label} cho phép tối đa ${maxAuthors.value} tác giả`,
      ),
    );
  }

  checkEligibility(edition, entry, staff, violations, notices);
  checkQuota(edition, entry, category.kind, registered, violations, notices);
  checkWindow(edition, entry, violations, notices);
  return { allowed: violations.length === 0, violations, notices };
}

function checkEligibility(
  edition: Edition,
  entry: NewEntry,
  staff: EditionStaff,
  violations: RuleFinding[],
  notices: RuleFinding[],
): void {
  const eligibility = edition.eligibility;
  if (eligibility.value === null) {
    notices.push(notSet(edition, eligibility, 'ELIGIBILITY_NOT_SET', 'đối tượng dự thi'));
    return;
  }
  const excluded = new Set(eligibility.value.excludedRoles);
  for (const author of entry.authors) {
    const role =
      excluded.has('judge') && staff.judges.includes(author.personId)
        ? 'Ban Giám khảo'
        : excluded.has('organiser') && staff.organisers.includes(author.personId)
          ? 'Ban Tổ chức'
          : null;
    if (role)
      violations.push(
        finding(
          edition,
          eligibility,
          'EXCLUDED_ROLE',
          'đối tượng dự thi',
          `${author.name} là thành viên ${role} của cuộc thi nên không được dự thi`,
        ),
      );
  }
  if (eligibility.value.openTo === 'system') {
    const allowed = new Set<string>(eligibility.value.organisationKinds);
    for (const author of entry.authors) {
      if (!author.organisationKind)
        notices.push(
          finding(
            edition,
            eligibility,
            'ORGANISATION_UNKNOWN',
            'đối tượng dự thi',
            `Chưa biết đơn vị công tác của ${author.name}; lần thi này chỉ dành cho cán bộ, học viên trong hệ thống`,
          ),
        );
      else if (!allowed.has(author.organisationKind))
        violations.push(
          finding(
            edition,
            eligibility,
            'NOT_IN_SYSTEM',
            'đối tượng dự thi',
            `${author.name} không thuộc đơn vị được dự thi; lần thi này chỉ dành cho cán bộ, học viên trong hệ thống`,
          ),
        );
    }
  }
}

function checkQuota(
  edition: Edition,
  entry: NewEntry,
  kind: WorkKind,
  registered: readonly RegisteredEntry[],
  violations: RuleFinding[],
  notices: RuleFinding[],
): void {
  const quota = edition.quota;
  if (quota.value === null) {
    notices.push(notSet(edition, quota, 'QUOTA_NOT_SET', 'giới hạn số bài mỗi tác giả'));
    return;
  }
  const { maxTotal, maxByKind, maxByCategory } = quota.value;
  const who = quota.value.per === 'author_or_group' ? 'mỗi tác giả hoặc nhóm tác giả' : 'mỗi người';
  const kindOf = new Map(edition.categories.map((c) => [c.code, c.kind]));
  const labelOf = new Map(edition.categories.map((c) => [c.code, c.label]));
  const topic = 'giới hạn số bài mỗi tác giả';
  for (const author of entry.authors) {
    const theirs = registered.filter((e) => !e.withdrawn && e.authorIds.includes(author.personId));
    const sameCategory = theirs.filter((e) => e.categoryCode === entry.categoryCode).length;
    const sameKind = theirs.filter((e) => kindOf.get(e.categoryCode) === kind).length;
    const categoryLimit = maxByCategory[entry.categoryCode];
    const label = labelOf.get(entry.categoryCode);
    if (categoryLimit !== undefined && sameCategory + 1 > categoryLimit)
      violations.push(
        finding(
          edition,
          quota,
          'QUOTA_CATEGORY',
          topic,
          `${author.name} đã có ${sameCategory} bài thể loại ${label} trong lần thi này; ${who} chỉ được gửi tối đa ${categoryLimit} bài thể loại này`,
        ),
      );
    const kindLimit = maxByKind[kind];
    if (kindLimit !== null && sameKind + 1 > kindLimit)
      violations.push(
        finding(
          edition,
          quota,
          'QUOTA_KIND',
          topic,
          `${author.name} đã có ${sameKind} ${WORK_KIND_LABELS[kind]} trong lần thi này; ${who} chỉ được gửi tối đa ${kindLimit} ${WORK_KIND_LABELS[kind]}`,
        ),
      );
    if (maxTotal !== null && theirs.length + 1 > maxTotal)
      violations.push(
        finding(
          edition,
          quota,
          'QUOTA_TOTAL',
          topic,
          `${author.name} đã có ${theirs.length} bài trong lần thi này; ${who} chỉ được gửi tối đa ${maxTotal} bài`,
        ),
      );
  }
}

function checkWindow(edition: Edition, entry: NewEntry, violations: RuleFinding[], notices: RuleFinding[]): void {
  const window = edition.window;
  if (!entry.submittedOn) return;
  if (window.value === null) {
    notices.push(notSet(edition, window, 'WINDOW_NOT_SET', 'thời gian nhận bài'));
    return;
  }
  const { opens, closes, closesBy } = window.value;
  const basis = closesBy === 'postmark' ? ' (tính theo dấu bưu điện)' : '';
  const day = (iso: string) => iso.split('-').reverse().join('/');
  if (opens && entry.submittedOn < opens)
    violations.push(
      finding(
        edition,
        window,
        'BEFORE_WINDOW',
        'thời gian nhận bài',
        `Ngày gửi ${day(entry.submittedOn)} trước ngày bắt đầu nhận bài ${day(opens)}`,
      ),
    );
  if (closes && entry.submittedOn > closes)
    violations.push(
      finding(
        edition,
        window,
        'AFTER_WINDOW',
        'thời gian nhận bài',
        `Ngày gửi ${day(entry.submittedOn)} sau hạn cuối ${day(closes)}${basis}`,
      ),
    );
}
