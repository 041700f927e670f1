/**
 * How the outsider test calls each scoped route with school A's objects. Every scoped route must
 * have an entry: a new route without one makes the outsider test fail, so coverage cannot be forgotten.
 *
 * expect 'notFound': the outsider must get 404 (the object exists, in another school).
 * expect 'noLeak':   a list/search route: the response must not mention any of A's objects.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../src/db/types.ts';
import type { Modules } from '../src/modules/index.ts';
import { THAI_NGUYEN_CODE } from '../src/seed/seed-demo.ts';
import { DIRECTIVE_OUTSIDER_CALLS, loadDirectiveObjects } from './outsider.directives.ts';
import { TRAINING_OUTSIDER_CALLS, loadTrainingObjects } from './outsider.training.ts';
import { DIRECTION_OUTSIDER_CALLS, loadDirectionObjects } from './outsider.direction.ts';
import { DOCUMENT_OUTSIDER_CALLS, loadDocumentObjects } from './outsider.documents.ts';
import { REPORT_OUTSIDER_CALLS, loadReportObjects } from './outsider.reports.ts';
import { CONTEST_OUTSIDER_CALLS, loadContestObjects } from './outsider.contest.ts';
import { INTAKE_OUTSIDER_CALLS, loadIntakeObjects } from './outsider.intake.ts';
import { LETTER_OUTSIDER_CALLS, loadLetterObjects } from './outsider.letters.ts';
import { STANDARD_OUTSIDER_CALLS, loadStandardObjects } from './outsider.standard.ts';
import { UX_OUTSIDER_CALLS, loadUxObjects } from './outsider.ux.ts';

/**
 * Each capability adds school A's objects to `owned.extra` (and `owned.markers`), through its services
 * and ports in `modules` (or plain rows in `db`).
 */
const CAPABILITY_LOADERS: ((db: Kysely<DB>, owned: OwnedObjects, modules: Modules) => Promise<void>)[] = [
  loadDirectiveObjects,
  loadTrainingObjects,
  loadDirectionObjects,
  loadDocumentObjects,
  loadReportObjects,
  loadContestObjects,
  loadIntakeObjects,
  loadLetterObjects,
  loadStandardObjects,
  loadUxObjects,
];

export type OwnedObjects = {
  orgId: string;
  clerkId: string;
  clerkEmail: string;
  unitId: string;
  /** Strings that must never appear in a response to the outsider. */
  markers: string[];
  /** Ids of school A's objects created by each capability's loader (see the loaders below). */
  extra: Record<string, string>;
};

export type OutsiderCall = {
  expect: 'notFound' | 'noLeak';
  params?: (o: OwnedObjects) => Record<string, string>;
  query?: (o: OwnedObjects) => Record<string, string>;
  body?: (o: OwnedObjects) => unknown;
};

/** School A is Thái Nguyên; the outsider is the Vĩnh Long school administrator. */
export async function loadOwnedObjects(db: Kysely<DB>, modules: Modules): Promise<OwnedObjects> {
  const org = await db
    .selectFrom('organisations')
    .select('id')
    .where('code', '=', THAI_NGUYEN_CODE)
    .executeTakeFirstOrThrow();
  const clerk = await db
    .selectFrom('users')
    .select(['id', 'email'])
    .where('email', '=', 'vanthu@tct-thainguyen.vn')
    .executeTakeFirstOrThrow();
  const unit = await db
    .selectFrom('org_units')
    .select('id')
    .where('organisation_id', '=', org.id)
    .executeTakeFirstOrThrow();
  const owned: OwnedObjects = {
    orgId: org.id,
    clerkId: clerk.id,
    clerkEmail: clerk.email,
    unitId: unit.id,
    markers: [clerk.email, clerk.id],
    extra: {},
  };
  for (const load of CAPABILITY_LOADERS) await load(db, owned, modules);
  return owned;
}

export const OUTSIDER_CALLS: Record<string, OutsiderCall> = {
  'GET /api/organisations/:id': { expect: 'notFound', params: (o) => ({ id: o.orgId }) },
  'POST /api/organisations/:id/units': {
    expect: 'notFound',
    params: (o) => ({ id: o.orgId }),
    body: () => ({ name: 'Phòng thử nghiệm', kind: 'office' }),
  },
  'GET /api/people': { expect: 'noLeak', query: (o) => ({ organisationId: o.orgId }) },
  'POST /api/people': {
    expect: 'notFound',
    body: (o) => ({
      organisationId: o.orgId,
      email: 'xam.nhap@example.vn',
      fullName: 'Người Ngoài',
      role: 'staff',
      password: 'MatKhau12345',
    }),
  },
  'GET /api/people/:id': { expect: 'notFound', params: (o) => ({ id: o.clerkId }) },
  'PATCH /api/people/:id': { expect: 'notFound', params: (o) => ({ id: o.clerkId }), body: () => ({ active: false }) },
  'POST /api/people/:id/reset-password': {
    expect: 'notFound',
    params: (o) => ({ id: o.clerkId }),
    body: () => ({ newPassword: 'MatKhauMoi12345' }),
  },
  'GET /api/audit': { expect: 'noLeak', query: (o) => ({ organisationId: o.orgId }) },
  ...DIRECTIVE_OUTSIDER_CALLS,
  ...TRAINING_OUTSIDER_CALLS,
  ...DIRECTION_OUTSIDER_CALLS,
  ...DOCUMENT_OUTSIDER_CALLS,
  ...REPORT_OUTSIDER_CALLS,
  ...CONTEST_OUTSIDER_CALLS,
  ...INTAKE_OUTSIDER_CALLS,
  ...LETTER_OUTSIDER_CALLS,
  ...STANDARD_OUTSIDER_CALLS,
  ...UX_OUTSIDER_CALLS,
};
