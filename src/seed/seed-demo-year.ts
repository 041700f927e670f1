/**
 * The demo's recent year (issue 10 item 4): on an empty database `npm start` (and `tct seed --demo`)
 * also gives the post-merger Thái Nguyên and Vĩnh Long schools about thirty incoming letters each, from
 * Party and state bodies, in every state (waiting, registered, presented, directed, in progress,
 * overdue, done), a few of them scans read by the real intake job, outgoing reports, tasks for every
 * demo person, one confidential letter, classes with learners and findings; a second Academy directive;
 * and two letters at the Academy itself. Generated from templates (src/seed/demo-year/) with a fixed
 * seed, through the modules' services (numbers, tasks, notifications and audit rows are real), relative
 * to today's Vietnam date. Idempotent: each part checks its marker letter and adds nothing the second time.
 */
import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import { addDays, vietnamToday } from '../lib/dates.ts';
import type { Modules } from '../modules/index.ts';
import { ACADEMY_CODE } from '../network/seed-data.ts';
import { seedRecentDirective } from './demo-year/directive.ts';
import { driveIncoming } from './demo-year/incoming.ts';
import { readQueuedScans, uploadScans } from './demo-year/intake.ts';
import { seedOutgoing } from './demo-year/outgoing.ts';
import { contextOf, type SchoolPeople, schoolPeople } from './demo-year/people.ts';
import { confidentialLetter, type PlannedLetter, planSchoolYear } from './demo-year/plan.ts';
import { seededRandom } from './demo-year/random.ts';
import { ISSUERS } from './demo-year/templates.ts';
import { importClasses } from './demo-year/training.ts';
import { THAI_NGUYEN_CODE, VINH_LONG_CODE } from './seed-demo.ts';

type SchoolSpec = { code: string; domain: string; province: string; prefix: string; seed: number; scans: number };

/** Thái Nguyên gets the confidential letter and three scans; Vĩnh Long two scans (about 5 in all, for startup time). */
export const DEMO_SCHOOLS: SchoolSpec[] = [
  { code: THAI_NGUYEN_CODE, domain: 'tct-thainguyen.vn', province: 'Thái Nguyên', prefix: 'TN', seed: 19, scans: 3 },
  { code: VINH_LONG_CODE, domain: 'tct-vinhlong.vn', province: 'Vĩnh Long', prefix: 'VL', seed: 86, scans: 2 },
];

export type DemoYearSummary = {
  letters: number;
  scans: number;
  scansRead: number;
  outgoing: number;
  directive: boolean;
};

async function hasLetter(database: Database, organisationId: string, numberSymbol: string): Promise<boolean> {
  const row = await database.db
    .selectFrom('documents')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where('number_symbol', '=', numberSymbol)
    .executeTakeFirst();
  return !!row;
}

async function seedSchool(
  database: Database,
  modules: Modules,
  spec: SchoolSpec,
  people: SchoolPeople,
  today: string,
  summary: DemoYearSummary,
): Promise<void> {
  const rng = seededRandom(spec.seed);
  const plan = planSchoolYear(rng, { province: spec.province, today });
  if (await hasLetter(database, people.organisationId, plan[0]!.numberSymbol)) return;
  const letters = [...plan];
  if (spec.code === THAI_NGUYEN_CODE) letters.push(confidentialLetter({ province: spec.province, today }));
  letters.sort((a, b) => a.receivedDate.localeCompare(b.receivedDate));
  const ids = new Map<PlannedLetter, string>();
  for (const [i, letter] of letters.entries())
    ids.set(letter, await driveIncoming(database.db, modules, people, letter, i));
  summary.letters += letters.length;

  const org = await database.db
    .selectFrom('organisations')
    .select('name')
    .where('id', '=', people.organisationId)
    .executeTakeFirstOrThrow();
  // Scans of letters that came in today, different ones (a second stream of the same seed).
  const scans = planSchoolYear(seededRandom(spec.seed * 1000 + 7), { province: spec.province, today })
    .filter((l) => l.state === 'done')
    .slice(0, spec.scans)
    .map((l, i) => ({
      planned: { ...l, state: 'waiting' as const, documentDate: addDays(today, -2 - i), receivedDate: today },
      schoolName: org.name,
    }));
  await uploadScans(modules, people.clerk, scans, today);
  summary.scans += scans.length;

  const done = letters.filter((l) => l.state === 'done').slice(-3);
  const draftFor = letters.find((l) => l.state === 'in_progress')!;
  const outgoing = await seedOutgoing(
    modules,
    people.clerk,
    people.leader.actor.fullName,
    done.map((planned) => ({ planned, id: ids.get(planned)! })),
    draftFor,
  );
  summary.outgoing += outgoing.length;
  await importClasses(modules, people.admin, rng, {
    prefix: spec.prefix,
    schoolName: org.name,
    place: spec.province,
    today,
  });
}

/** A central body as the issuer (the Academy's letters come from the centre, not from a province). */
function centralIssuer(letter: PlannedLetter, key: string): Partial<PlannedLetter> {
  const issuer = ISSUERS.find((i) => i.key === key)!;
  return {
    family: issuer.family,
    issuerName: issuer.name,
    issuerParent: issuer.parent,
    place: issuer.place,
    numberSymbol: `${letter.number}${issuer.symbol(letter.typeCode)}`,
    signer: issuer.signer,
  };
}

/** Letters at the Academy, so its two demo people have work of their own. */
async function seedAcademyLetters(database: Database, modules: Modules, today: string, summary: DemoYearSummary) {
  const admin = await contextOf(database.db, 'admin@hvctqg.vn');
  const staff = await contextOf(database.db, 'chuyenvien@hvctqg.vn');
  const people: SchoolPeople = {
    clerk: admin,
    leader: admin,
    admin,
    staff,
    head: staff,
    organisationId: admin.actor.organisationId,
  };
  const plan = planSchoolYear(seededRandom(1), { province: 'Hà Nội', today })
    .filter((l) => l.state === 'in_progress' || l.state === 'directed')
    .slice(0, 4)
    .map((l, i) => ({
      ...l,
      ...centralIssuer(l, i % 2 === 0 ? 'btgdv-tw' : 'bgddt'),
      state: i < 2 ? ('in_progress' as const) : ('directed' as const),
      lead: i % 2 === 0 ? ('staff' as const) : ('admin' as const),
      support: null,
    }))
    .sort((a, b) => a.receivedDate.localeCompare(b.receivedDate));
  if (await hasLetter(database, people.organisationId, plan[0]!.numberSymbol)) return;
  for (const [i, letter] of plan.entries()) await driveIncoming(database.db, modules, people, letter, i);
  summary.letters += plan.length;
}

export async function seedDemoYear(
  database: Database,
  modules: Modules,
  opts: { config?: Config; today?: string } = {},
): Promise<DemoYearSummary> {
  const today = opts.today ?? vietnamToday();
  const summary: DemoYearSummary = { letters: 0, scans: 0, scansRead: 0, outgoing: 0, directive: false };
  const bySchool = new Map<string, SchoolPeople>();
  for (const spec of DEMO_SCHOOLS) {
    const people = await schoolPeople(database.db, spec.domain);
    bySchool.set(spec.code, people);
    await seedSchool(database, modules, spec, people, today, summary);
  }
  const academy = await contextOf(database.db, 'chuyenvien@hvctqg.vn');
  const academyOrg = await database.db
    .selectFrom('organisations')
    .select('id')
    .where('code', '=', ACADEMY_CODE)
    .executeTakeFirstOrThrow();
  if (academy.actor.organisationId !== academyOrg.id) throw new Error('Tài khoản mẫu của Học viện không đúng đơn vị.');
  summary.directive = !!(await seedRecentDirective(database.db, modules, seededRandom(2025), {
    academy,
    thaiNguyen: bySchool.get(THAI_NGUYEN_CODE)!,
    today,
  }));
  await seedAcademyLetters(database, modules, today, summary);
  if (opts.config) summary.scansRead = await readQueuedScans(database, opts.config, modules);
  return summary;
}
