/**
 * Register lists over more entries than the count cap (issue 18 item 5): the total stops at COUNT_CAP with
 * `totalCapped`, filters that leave fewer entries still count exactly, and every page — within the cap and
 * beyond it — is the register's own newest-first order, compared with a plain in-memory rule. Staff without
 * clearance get neither the confidential entries nor a count that includes them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COUNT_CAP } from '../src/modules/documents/search.repository.ts';
import { insertDocument, newDocumentRow } from '../src/modules/documents/documents.repository.ts';
import { ensureRegister } from '../src/modules/registers/registers.repository.ts';
import { createRegistersService } from '../src/modules/registers/registers.service.ts';
import { testContext } from '../src/testing/actors.ts';
import { createTestDatabase, type TestDatabase } from '../src/testing/test-database.ts';

let t: TestDatabase;
let school: string;
let other: string;
type Entry = { id: string; year: number; number: number; secret: boolean; status: string; received: string };
const entries: Entry[] = [];

const ctx = testContext;

beforeAll(async () => {
  t = await createTestDatabase({ demo: 'none' });
  const orgs = await t.db.selectFrom('organisations').select(['id', 'kind']).orderBy('code').execute();
  const schools = orgs.filter((o) => o.kind !== 'academy').map((o) => o.id);
  school = schools[0]!;
  other = schools[1]!;
  const register = await ensureRegister(t.db, school, 'incoming', false);
  const otherRegister = await ensureRegister(t.db, other, 'incoming', false);
  // 1 140 entries: numbers 1–90 of 2024, 1–1 000 of 2025 (exactly the cap) and 1–50 of 2026; one in 97
  // marked confidential, one in ten completed; plus 30 of another school, which must never show.
  const add = async (org: string, registerId: string, year: number, number: number, i: number) => {
    const received = `${year}-${String((number % 12) + 1).padStart(2, '0')}-${String((number % 28) + 1).padStart(2, '0')}`;
    const secret = org === school && i % 97 === 3;
    const status = i % 10 === 0 ? 'completed' : 'registered';
    const row = newDocumentRow({
      organisation_id: org,
      direction: 'incoming',
      status,
      source_kind: 'manual',
      subject: `Văn bản ${year}/${number}`,
      confidentiality: secret ? 'Mật' : null,
    });
    await insertDocument(t.db, {
      ...row,
      register_id: registerId,
      register_year: year,
      register_number: number,
      received_date: received,
    });
    if (org === school) entries.push({ id: row.id, year, number, secret, status, received });
  };
  let i = 0;
  for (let n = 1; n <= 90; n++) await add(school, register.id, 2024, n, i++);
  for (let n = 1; n <= 1000; n++) await add(school, register.id, 2025, n, i++);
  for (let n = 1; n <= 50; n++) await add(school, register.id, 2026, n, i++);
  for (let n = 1; n <= 30; n++) await add(other, otherRegister.id, 2025, n, n);
}, 300_000);
afterAll(async () => t?.cleanup());

/** The plain rule: the school's entries the caller may see, filtered, newest first (year, then number). */
function expected(cleared: boolean, f: { year?: number; status?: string; from?: string; to?: string } = {}): Entry[] {
  return entries
    .filter((e) => cleared || !e.secret)
    .filter((e) => !f.year || e.year === f.year)
    .filter((e) => !f.status || e.status === f.status)
    .filter((e) => !f.from || e.received >= f.from)
    .filter((e) => !f.to || e.received <= f.to)
    .sort((a, b) => b.year - a.year || b.number - a.number);
}

describe('register lists beyond the count cap', () => {
  const service = () => createRegistersService(t.db);

  it('caps the total at COUNT_CAP and pages on beyond it in register order', async () => {
    for (const [who, cleared] of [
      [ctx('clerk', school), true],
      [ctx('staff', school), false],
    ] as const) {
      const all = expected(cleared);
      expect(all.length).toBeGreaterThan(COUNT_CAP + 50);
      for (const [page, pageSize] of [
        [1, 50],
        [20, 50],
        [21, 50],
        [23, 50],
        [30, 50],
        [6, 200],
        [101, 10],
      ] as const) {
        const res = await service().listRegister(who, 'incoming', { page, pageSize });
        expect(res.total, `${who.actor.role} page ${page}`).toBe(COUNT_CAP);
        expect(res.totalCapped).toBe(true);
        expect(res.items.map((e) => e.id)).toEqual(all.slice((page - 1) * pageSize, page * pageSize).map((e) => e.id));
      }
      const academy = await service().listRegister(ctx('academy_admin', other), 'incoming', {
        organisationId: school,
        page: 22,
        pageSize: 50,
      });
      expect(academy.totalCapped).toBe(true);
      expect(academy.items.map((e) => e.id)).toEqual(
        expected(false)
          .slice(1050, 1100)
          .map((e) => e.id),
      );
    }
  });

  it('counts exactly when the filters leave at most COUNT_CAP entries', async () => {
    const cases = [
      { year: 2024 },
      { year: 2026 },
      { status: 'completed' },
      { year: 2025, status: 'completed' },
      { from: '2025-01-01', to: '2025-06-30' },
    ];
    for (const f of cases) {
      for (const [who, cleared] of [
        [ctx('clerk', school), true],
        [ctx('staff', school), false],
      ] as const) {
        const want = expected(cleared, f);
        expect(want.length).toBeLessThanOrEqual(COUNT_CAP);
        const res = await service().listRegister(who, 'incoming', { ...f, page: 2, pageSize: 20 });
        expect(res.total, JSON.stringify(f)).toBe(want.length);
        expect(res.totalCapped).toBe(false);
        expect(res.items.map((e) => e.id)).toEqual(want.slice(20, 40).map((e) => e.id));
      }
    }
    // Exactly at the cap is not "more than": the clerk sees all 1 000 entries of 2025.
    const y2025 = await service().listRegister(ctx('clerk', school), 'incoming', {
      year: 2025,
      page: 20,
      pageSize: 50,
    });
    expect([y2025.total, y2025.totalCapped]).toEqual([COUNT_CAP, false]);
    expect(y2025.items.map((e) => e.id)).toEqual(
      expected(true, { year: 2025 })
        .slice(950)
        .map((e) => e.id),
    );
    const other2025 = await service().listRegister(ctx('clerk', other), 'incoming', { page: 1, pageSize: 50 });
    expect([other2025.total, other2025.totalCapped, other2025.items.length]).toEqual([30, false, 30]);
  });
});
