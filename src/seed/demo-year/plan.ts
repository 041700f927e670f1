/**
 * The demo year as data: for one school, about thirty incoming letters spread over the last ~11 months
 * (relative to today, Vietnam date), each with the state it should reach — done long ago, overdue,
 * in progress, directed, presented, registered, waiting — and who leads its tasks. Pure: the same seed
 * gives the same letters (numbers, issuers, subjects); only the dates move with today.
 */
import { addDays } from '../../lib/dates.ts';
import type { Random } from './random.ts';
import { fill, ISSUERS, SUBJECTS, type Family, TYPE_NAMES } from './templates.ts';

export type LetterState =
  | 'waiting'
  | 'arrived'
  | 'registered'
  | 'presented'
  | 'directed'
  | 'in_progress'
  | 'overdue'
  | 'done';

/** Who leads (chủ trì) the letter's tasks: a demo person of the school, by role. */
export type Person = 'staff' | 'leader' | 'clerk' | 'admin' | 'head';

export type PlannedLetter = {
  state: LetterState;
  family: Family;
  issuerName: string;
  issuerParent: string | null;
  numberSymbol: string;
  number: string;
  typeCode: string;
  typeName: string;
  place: string;
  documentDate: string;
  receivedDate: string;
  subject: string;
  signer: { name: string; title: string; authority: string | null };
  requirements: { no: number | null; text: string; deadline: string | null }[];
  dueDate: string | null;
  confidentiality: 'Mật' | null;
  lead: Person;
  support: Person | null;
  /** The leader's deadline for the tasks (directed and later). */
  deadline: string | null;
  /** Progress reported (in progress, overdue). */
  progress: number;
};

/** How many letters reach each state, oldest first, and how many days ago they arrived (range). */
const STATES: { state: LetterState; count: number; daysAgo: [number, number] }[] = [
  { state: 'done', count: 9, daysAgo: [320, 110] },
  { state: 'overdue', count: 4, daysAgo: [100, 35] },
  { state: 'in_progress', count: 4, daysAgo: [30, 12] },
  { state: 'directed', count: 4, daysAgo: [10, 5] },
  { state: 'presented', count: 3, daysAgo: [4, 3] },
  { state: 'registered', count: 3, daysAgo: [2, 1] },
  { state: 'waiting', count: 2, daysAgo: [1, 0] },
  { state: 'arrived', count: 1, daysAgo: [0, 0] },
];

/** Leads by state and position: most work goes to the staff member; every demo person gets some. */
function leadOf(state: LetterState, i: number): { lead: Person; support: Person | null } {
  if (state === 'directed' && i === 0) return { lead: 'leader', support: null };
  if (state === 'directed' && i === 1) return { lead: 'clerk', support: 'staff' };
  if (state === 'in_progress' && i === 0) return { lead: 'admin', support: 'staff' };
  if (state === 'overdue' && i === 1) return { lead: 'staff', support: 'admin' };
  if (state === 'in_progress' && i === 1) return { lead: 'head', support: 'staff' };
  return { lead: 'staff', support: null };
}

export function planSchoolYear(rng: Random, opts: { province: string; today: string }): PlannedLetter[] {
  const letters: PlannedLetter[] = [];
  const usedNumbers = new Set<string>();
  for (const group of STATES) {
    for (let i = 0; i < group.count; i++) {
      const [from, to] = group.daysAgo;
      const span = from - to;
      const daysAgo = Math.max(to, from - Math.round(((i + 0.5) * span) / group.count) + rng.int(-1, 1));
      const receivedDate = addDays(opts.today, -Math.min(from, daysAgo));
      const documentDate = addDays(receivedDate, -rng.int(1, 4));
      const year = Number(documentDate.slice(0, 4));
      const template = rng.pick(SUBJECTS);
      const issuerKey = rng.pick(template.issuers);
      const issuer = ISSUERS.find((x) => x.key === issuerKey)!;
      let n = String(rng.int(120, 2980));
      while (usedNumbers.has(`${issuer.key}${n}`)) n = String(Number(n) + 1);
      usedNumbers.add(`${issuer.key}${n}`);
      const vars = { province: opts.province, year };
      const letterDue = template.dueInDays ? addDays(receivedDate, template.dueInDays) : null;
      const deadline = deadlineFor(rng, group.state, i, receivedDate, opts.today);
      letters.push({
        state: group.state,
        family: issuer.family,
        issuerName: fill(issuer.name, vars),
        issuerParent: issuer.parent ? fill(issuer.parent, vars) : null,
        numberSymbol: `${n}${issuer.symbol(template.typeCode)}`,
        number: n,
        typeCode: template.typeCode,
        typeName: TYPE_NAMES[template.typeCode],
        place: fill(issuer.place, vars),
        documentDate,
        receivedDate,
        subject: fill(template.subject, vars),
        signer: issuer.signer,
        requirements: template.requirements.map((text, k) => ({
          no: template.requirements.length > 1 ? k + 1 : null,
          text,
          deadline: letterDue,
        })),
        dueDate: letterDue,
        confidentiality: null,
        ...leadOf(group.state, i),
        deadline,
        progress: group.state === 'done' ? 100 : rng.int(2, 7) * 10,
      });
    }
  }
  return letters;
}

/** The leader's deadline: past for done and overdue work, soon for the first of the open ones. */
function deadlineFor(rng: Random, state: LetterState, i: number, received: string, today: string): string | null {
  if (state === 'done') return addDays(received, rng.int(15, 30));
  if (state === 'overdue') return addDays(today, -rng.int(3, 25));
  if (state === 'in_progress') return addDays(today, i < 2 ? rng.int(1, 5) : rng.int(10, 25));
  if (state === 'directed') return addDays(today, i < 1 ? rng.int(2, 6) : rng.int(8, 30));
  return null;
}

/** The school's one confidential letter: given by the leader to a named person (never to a unit). */
export function confidentialLetter(opts: { province: string; today: string }): PlannedLetter {
  const receivedDate = addDays(opts.today, -6);
  return {
    state: 'directed',
    family: 'party',
    issuerName: `Tỉnh ủy ${opts.province}`,
    issuerParent: null,
    numberSymbol: '97-CV/TU',
    number: '97',
    typeCode: 'CV',
    typeName: 'Công văn',
    place: opts.province,
    documentDate: addDays(receivedDate, -2),
    receivedDate,
    subject: 'Chuẩn bị nhân sự tham gia đoàn công tác của Ban Thường vụ Tỉnh ủy',
    signer: { name: 'Nguyễn Thanh Bình', title: 'Phó Bí thư Thường trực', authority: 'T/M' },
    requirements: [{ no: null, text: 'Đề xuất nhân sự và gửi hồ sơ trực tiếp cho Văn phòng Tỉnh ủy.', deadline: null }],
    dueDate: null,
    confidentiality: 'Mật',
    lead: 'admin',
    support: null,
    deadline: addDays(opts.today, 4),
    progress: 0,
  };
}
