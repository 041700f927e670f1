/** The one visibility rule, as a table: who sees a confidential letter of school A. */
import { describe, expect, it } from 'vitest';
import type { Actor, Role } from './actor.ts';
import { canSeeDocument, clearance, isClearedFor } from './visibility.ts';

const SCHOOL_A = 'school-a';
const SCHOOL_B = 'school-b';
const ACADEMY = 'academy';

function actor(role: Role, organisationId: string): Actor {
  const academy = role === 'academy_admin' || role === 'academy_staff';
  return {
    userId: `${role}@${organisationId}`,
    organisationId,
    unitId: null,
    role,
    fullName: role,
    scope: academy ? { kind: 'all' } : { kind: 'orgs', organisationIds: [organisationId] },
  };
}

const secretOfA = { organisationId: SCHOOL_A, confidentiality: 'Tối mật' };
const ordinaryOfA = { organisationId: SCHOOL_A, confidentiality: null };
const secretOfAcademy = { organisationId: ACADEMY, confidentiality: 'Mật' };

describe('who sees a confidential letter', () => {
  it.each<[string, Actor, boolean]>([
    ['its clerk', actor('clerk', SCHOOL_A), true],
    ['its director', actor('leader', SCHOOL_A), true],
    ['its administrator', actor('school_admin', SCHOOL_A), true],
    ['its staff', actor('staff', SCHOOL_A), false],
    ["another school's clerk", actor('clerk', SCHOOL_B), false],
    ['an Academy officer', actor('academy_staff', ACADEMY), false],
    ['the Academy administrator', actor('academy_admin', ACADEMY), false],
  ])('%s: %s', (_who, a, expected) => {
    expect(canSeeDocument(a, secretOfA, false)).toBe(expected);
  });

  it('a staff member named on one of its tasks sees it; named or not, another school never does', () => {
    expect(canSeeDocument(actor('staff', SCHOOL_A), secretOfA, true)).toBe(true);
    expect(canSeeDocument(actor('staff', SCHOOL_B), secretOfA, true)).toBe(false);
  });

  it('an ordinary letter is seen by everyone of its school and by the Academy', () => {
    expect(canSeeDocument(actor('staff', SCHOOL_A), ordinaryOfA, false)).toBe(true);
    expect(canSeeDocument(actor('academy_staff', ACADEMY), ordinaryOfA, false)).toBe(true);
  });

  it("the Academy administrator is cleared for the Academy's own confidential letters only", () => {
    const admin = actor('academy_admin', ACADEMY);
    expect(clearance(admin)).toBe('own');
    expect(canSeeDocument(admin, secretOfAcademy, false)).toBe(true);
    expect(isClearedFor(admin, SCHOOL_A)).toBe(false);
    expect(canSeeDocument(actor('academy_staff', ACADEMY), secretOfAcademy, false)).toBe(false);
  });
});
