/**
 * The demo's recent year (issue 10 item 4, src/seed/seed-demo-year.ts) on a fresh database, as
 * `npm start` seeds it: letters in every state at both post-merger schools, scans read by the intake
 * job, outgoing letters, a task for every demo person, the confidential letter kept from staff, classes
 * with findings, the second Academy directive; seeding again adds nothing; every demo account's home
 * lists real work (issue 16 item 6).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vietnamToday } from '../src/lib/dates.ts';
import { DEMO_ACCOUNTS, THAI_NGUYEN_CODE, VINH_LONG_CODE } from '../src/seed/seed-demo.ts';
import { seedDemoYear } from '../src/seed/seed-demo-year.ts';
import { RECENT_DIRECTIVE_SYMBOL } from '../src/seed/demo-year/directive.ts';
import { contextOf } from '../src/seed/demo-year/people.ts';
import { createTestApp, loginAs, type TestApp } from '../src/testing/http.ts';
import { modulesOf } from '../src/testing/test-database.ts';

let t: TestApp;
const orgs: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp({ demo: 'year' });
  for (const code of [THAI_NGUYEN_CODE, VINH_LONG_CODE]) {
    const row = await t.database.db
      .selectFrom('organisations')
      .select('id')
      .where('code', '=', code)
      .executeTakeFirstOrThrow();
    orgs[code] = row.id;
  }
}, 120_000);

afterAll(async () => {
  await t?.close();
});

async function incomingByStatus(organisationId: string): Promise<Record<string, number>> {
  const rows = await t.database.db
    .selectFrom('documents')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('organisation_id', '=', organisationId)
    .where('direction', '=', 'incoming')
    .groupBy('status')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}

async function tableCounts(): Promise<Record<string, number>> {
  const tables = [
    'documents',
    'requirements',
    'tasks',
    'task_assignees',
    'document_files',
    'directives',
    'obligations',
    'training_classes',
    'learners',
    'compliance_findings',
    'audit_log',
    'notifications',
    'jobs',
  ] as const;
  const out: Record<string, number> = {};
  for (const table of tables) {
    const row = await t.database.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    out[table] = Number(row.n);
  }
  return out;
}

describe('the demo year', () => {
  it.each([
    ['Thái Nguyên', THAI_NGUYEN_CODE],
    ['Vĩnh Long', VINH_LONG_CODE],
  ])('gives %s incoming letters in every state, overdue work and outgoing letters', async (_name, code) => {
    const org = orgs[code]!;
    const byStatus = await incomingByStatus(org);
    const total = Object.values(byStatus).reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThanOrEqual(30);
    for (const status of ['draft', 'arrived', 'registered', 'presented', 'assigned', 'in_progress', 'completed'])
      expect(byStatus[status] ?? 0, status).toBeGreaterThan(0);
    const today = vietnamToday();
    const overdue = await t.database.db
      .selectFrom('tasks')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('organisation_id', '=', org)
      .where('status', 'in', ['assigned', 'in_progress'])
      .where('deadline', '<', today)
      .executeTakeFirstOrThrow();
    expect(Number(overdue.n)).toBeGreaterThan(0);
    const outgoing = await t.database.db
      .selectFrom('documents')
      .select(['status', 'number_symbol', 'answers_document_id'])
      .where('organisation_id', '=', org)
      .where('direction', '=', 'outgoing')
      .execute();
    expect(outgoing.filter((d) => d.status === 'issued' && d.number_symbol && d.answers_document_id).length).toBe(3);
    expect(outgoing.filter((d) => d.status === 'draft').length).toBe(1);
    // Party and state issuers, several of them.
    const issuers = await t.database.db
      .selectFrom('documents')
      .select(['issuer_name', 'family'])
      .distinct()
      .where('organisation_id', '=', org)
      .where('direction', '=', 'incoming')
      .where('source_kind', '=', 'manual')
      .execute();
    expect(new Set(issuers.map((i) => i.issuer_name)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(issuers.map((i) => i.family))).toEqual(new Set(['party', 'state']));
  });

  it('reads the scanned letters through the intake job: fields, requirements and page images', async () => {
    const scans = await t.database.db
      .selectFrom('documents')
      .select(['id', 'organisation_id', 'status', 'number_symbol', 'subject', 'issuer_name', 'intake_job_id'])
      .where('source_kind', '=', 'upload')
      .execute();
    expect(scans.length).toBeGreaterThanOrEqual(3);
    expect(scans.length).toBeLessThanOrEqual(5);
    for (const scan of scans) {
      expect(scan.status).toBe('draft');
      expect(scan.number_symbol).toMatch(/^\d+[-/]/);
      expect(scan.subject?.length).toBeGreaterThan(10);
      expect(scan.issuer_name).toBeTruthy();
      const job = await t.database.db
        .selectFrom('jobs')
        .select('status')
        .where('id', '=', scan.intake_job_id!)
        .executeTakeFirstOrThrow();
      expect(job.status).toBe('done');
      const files = await t.database.db
        .selectFrom('document_files')
        .select('kind')
        .where('document_id', '=', scan.id)
        .execute();
      expect(files.map((f) => f.kind)).toContain('page_image');
      const reqs = await t.database.db
        .selectFrom('requirements')
        .select('id')
        .where('document_id', '=', scan.id)
        .execute();
      expect(reqs.length).toBeGreaterThan(0);
    }
  });

  it('gives every demo person a task', async () => {
    for (const account of DEMO_ACCOUNTS) {
      const row = await t.database.db
        .selectFrom('task_assignees')
        .innerJoin('users', 'users.id', 'task_assignees.user_id')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('users.email', '=', account.email)
        .where('task_assignees.role', 'in', ['lead', 'support'])
        .executeTakeFirstOrThrow();
      expect(Number(row.n), account.email).toBeGreaterThan(0);
    }
  });

  it('keeps the confidential letter from staff of the same school, shows it to the person named', async () => {
    const secret = await t.database.db
      .selectFrom('documents')
      .select(['id', 'organisation_id'])
      .where('confidentiality', 'is not', null)
      .where('organisation_id', '=', orgs[THAI_NGUYEN_CODE]!)
      .execute();
    expect(secret).toHaveLength(1);
    const id = secret[0]!.id;
    const named = await t.database.db
      .selectFrom('task_assignees')
      .innerJoin('tasks', 'tasks.id', 'task_assignees.task_id')
      .select(['task_assignees.user_id', 'task_assignees.unit_id'])
      .where('tasks.document_id', '=', id)
      .execute();
    expect(named.length).toBeGreaterThan(0);
    expect(named.every((n) => n.user_id && !n.unit_id)).toBe(true);

    const staff = await loginAs(t.app, 'canbo@tct-thainguyen.vn');
    expect((await staff.request('GET', `/api/documents/${id}`)).statusCode).toBe(404);
    const search = await staff.request('GET', '/api/documents/search?limit=100');
    expect(search.statusCode).toBe(200);
    expect(search.body).not.toContain(id);
    expect((await staff.request('GET', '/api/home')).body).not.toContain('Đề xuất nhân sự');
    const admin = await loginAs(t.app, 'quantri@tct-thainguyen.vn');
    expect((await admin.request('GET', `/api/documents/${id}`)).statusCode).toBe(200);
    expect((await admin.request('GET', '/api/documents/search?limit=100')).body).toContain(id);
  });

  it('imports classes with learners and findings at both schools', async () => {
    for (const code of [THAI_NGUYEN_CODE, VINH_LONG_CODE]) {
      const classes = await t.database.db
        .selectFrom('training_classes')
        .select('id')
        .where('organisation_id', '=', orgs[code]!)
        .execute();
      expect(classes.length).toBe(2);
      const findings = await t.database.db
        .selectFrom('compliance_findings')
        .select('id')
        .where(
          'class_id',
          'in',
          classes.map((c) => c.id),
        )
        .execute();
      expect(findings.length).toBeGreaterThan(0);
    }
  });

  it('adds a recent Academy directive: some schools done, some behind, Thái Nguyên working on it', async () => {
    const directives = await t.database.db.selectFrom('directives').select(['id', 'number_symbol']).execute();
    expect(directives.map((d) => d.number_symbol).sort()).toEqual(['2174-CV/HVCTQG', RECENT_DIRECTIVE_SYMBOL]);
    const recent = directives.find((d) => d.number_symbol === RECENT_DIRECTIVE_SYMBOL)!;
    const states = await t.database.db
      .selectFrom('obligations')
      .select('status')
      .where('directive_id', '=', recent.id)
      .execute();
    const statuses = new Set(states.map((s) => s.status));
    expect(statuses).toContain('done');
    expect(statuses).toContain('not_started');
    const copy = await t.database.db
      .selectFrom('directive_recipients')
      .innerJoin('documents', 'documents.id', 'directive_recipients.document_id')
      .select(['documents.status', 'directive_recipients.organisation_id'])
      .where('directive_recipients.directive_id', '=', recent.id)
      .where('directive_recipients.organisation_id', 'in', [orgs[THAI_NGUYEN_CODE]!, orgs[VINH_LONG_CODE]!])
      .execute();
    const byOrg = new Map(copy.map((c) => [c.organisation_id, c.status]));
    expect(byOrg.get(orgs[THAI_NGUYEN_CODE]!)).toBe('in_progress');
    expect(byOrg.get(orgs[VINH_LONG_CODE]!)).toBe('arrived');
  });

  it('shows every demo account real work on its home page', async () => {
    for (const account of DEMO_ACCOUNTS) {
      const client = await loginAs(t.app, account.email);
      const res = await client.request('GET', '/api/home');
      expect(res.statusCode).toBe(200);
      const cards = res.json().cards as { label: string; items?: { title: string; href?: string }[] }[];
      const items = cards.flatMap((c) => c.items ?? []);
      expect(items.length, account.email).toBeGreaterThan(0);
      expect(
        items.every((i) => i.title.length > 0 && i.href?.startsWith('/')),
        account.email,
      ).toBe(true);
    }
    const clerk = await loginAs(t.app, 'vanthu@tct-thainguyen.vn');
    const labels = (await clerk.request('GET', '/api/home')).json().cards.map((c: { label: string }) => c.label);
    expect(labels).toEqual(expect.arrayContaining(['Chờ vào sổ', 'Đã vào sổ, chưa trình']));
    const academy = await loginAs(t.app, 'chuyenvien@hvctqg.vn');
    const behind = (await academy.request('GET', '/api/home'))
      .json()
      .cards.find((c: { label: string }) => c.label === 'Chỉ đạo chậm tiến độ');
    expect(behind.items.map((i: { title: string }) => i.title).join('\n')).toContain(RECENT_DIRECTIVE_SYMBOL);
  });

  it('adds nothing when seeded again', async () => {
    const before = await tableCounts();
    const summary = await seedDemoYear(t.database, modulesOf(t.database), { config: t.database.config });
    expect(summary).toEqual({ letters: 0, scans: 0, scansRead: 0, outgoing: 0, directive: false });
    expect(await tableCounts()).toEqual(before);
    // The people are still who the seed found (a guard against a silently empty second run).
    expect((await contextOf(t.database.db, 'vanthu@tct-vinhlong.vn')).actor.organisationId).toBe(orgs[VINH_LONG_CODE]);
  });
});
