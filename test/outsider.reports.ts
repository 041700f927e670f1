/** Outsider-test objects for periodic reports: school A's quarterly report, sent once (with its history). */
import type { Kysely } from 'kysely';
import type { DB } from '../src/db/types.ts';
import type { Modules } from '../src/modules/index.ts';
import type { RequestContext } from '../src/modules/tenancy/actor.ts';
import { QUARTERLY_TRAINING } from '../src/reports/index.ts';
import type { OutsiderCall, OwnedObjects } from './outsider.fixtures.ts';
import { currentQuarter } from './reports.support.ts';

const schoolCtx = async (db: Kysely<DB>, email: string, owned: OwnedObjects): Promise<RequestContext> => {
  const user = await db.selectFrom('users').select(['id', 'role']).where('email', '=', email).executeTakeFirstOrThrow();
  return {
    actor: {
      userId: user.id,
      organisationId: owned.orgId,
      unitId: null,
      role: user.role as RequestContext['actor']['role'],
      fullName: 'Kiểm thử',
      scope: { kind: 'orgs', organisationIds: [owned.orgId] },
    },
    requestId: 'outsider-fixture',
  };
};

export async function loadReportObjects(db: Kysely<DB>, owned: OwnedObjects, modules: Modules): Promise<void> {
  const { reports, workflow } = modules.reports.services;
  const staff = await schoolCtx(db, 'canbo@tct-thainguyen.vn', owned);
  const leader = await schoolCtx(db, 'hieutruong@tct-thainguyen.vn', owned);
  const period = currentQuarter();
  const { id } = await reports.create(staff, { regimeCode: QUARTERLY_TRAINING.code, periodCode: period.code });
  await reports.setSections(staff, id, [
    { code: '1', text: 'Báo cáo riêng của trường A trong quý.' },
    { code: '2', text: 'Không có lớp đang học.' },
  ]);
  await workflow.act(staff, id, 'submit');
  await workflow.act(leader, id, 'approve');
  await workflow.act(leader, id, 'send');
  owned.extra.reportId = id;
  owned.extra.reportPeriod = period.code;
  owned.markers.push(id);
}

const report = (o: OwnedObjects) => ({ id: o.extra.reportId! });
const aggregate = (o: OwnedObjects) => ({ regimeCode: QUARTERLY_TRAINING.code, periodCode: o.extra.reportPeriod! });
const matrix = () => ({ regimeCode: QUARTERLY_TRAINING.code });

export const REPORT_OUTSIDER_CALLS: Record<string, OutsiderCall> = {
  'POST /api/report-regimes': {
    expect: 'noLeak',
    body: () => ({ definition: { ...QUARTERLY_TRAINING, code: 'XAM_NHAP' } }),
  },
  'POST /api/report-regimes/import': { expect: 'noLeak' },
  'GET /api/reports/due': { expect: 'noLeak' },
  'GET /api/reports': { expect: 'noLeak' },
  'POST /api/reports': {
    expect: 'notFound',
    body: (o) => ({ organisationId: o.orgId, regimeCode: QUARTERLY_TRAINING.code, periodCode: o.extra.reportPeriod! }),
  },
  'GET /api/reports/:id': { expect: 'notFound', params: report },
  'PATCH /api/reports/:id/figures': {
    expect: 'notFound',
    params: report,
    body: () => ({ figures: [{ form: 'B01', row: 'SC', column: 'tot_nghiep', value: 1 }] }),
  },
  'PATCH /api/reports/:id/narrative': {
    expect: 'notFound',
    params: report,
    body: () => ({ sections: [{ code: '1', text: 'Xâm nhập' }] }),
  },
  'POST /api/reports/:id/refresh': { expect: 'notFound', params: report },
  'GET /api/reports/:id/validation': { expect: 'notFound', params: report },
  'POST /api/reports/:id/actions/:action': {
    expect: 'notFound',
    params: (o) => ({ id: o.extra.reportId!, action: 'accept' }),
    body: () => ({}),
  },
  'GET /api/reports/:id/history': { expect: 'notFound', params: report },
  'GET /api/report-matrix': { expect: 'noLeak', query: matrix },
  'GET /api/report-matrix.xlsx': { expect: 'noLeak', query: matrix },
  'GET /api/report-aggregate': { expect: 'noLeak', query: aggregate },
  'GET /api/report-aggregate.docx': { expect: 'noLeak', query: aggregate },
};
