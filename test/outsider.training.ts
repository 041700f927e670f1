/** Outsider-test objects for training: a class of school A with learners, findings and an override. */
import type { Kysely } from 'kysely';
import type { DB } from '../src/db/types.ts';
import type { Modules } from '../src/modules/index.ts';
import { importWorkbook } from '../src/modules/training/training.test-support.ts';
import type { RequestContext } from '../src/modules/tenancy/actor.ts';
import type { OutsiderCall, OwnedObjects } from './outsider.fixtures.ts';

export async function loadTrainingObjects(db: Kysely<DB>, owned: OwnedObjects, modules: Modules): Promise<void> {
  const leader = await db
    .selectFrom('users')
    .select(['id', 'organisation_id'])
    .where('email', '=', 'hieutruong@tct-thainguyen.vn')
    .executeTakeFirstOrThrow();
  const ctx: RequestContext = {
    actor: {
      userId: leader.id,
      organisationId: leader.organisation_id,
      unitId: null,
      role: 'leader',
      fullName: 'Kiểm thử',
      scope: { kind: 'orgs', organisationIds: [owned.orgId] },
    },
    requestId: 'outsider-fixture',
  };
  const training = modules.training.services;
  const file = await importWorkbook(
    [
      {
        'Mã lớp': 'TN-BIMAT-01',
        'Tên lớp': 'Lớp riêng của trường A',
        'Ngày khai giảng': '15/09/2025',
        'Ngày bế giảng': '15/09/2026',
      },
    ],
    [
      {
        'Mã lớp': 'TN-BIMAT-01',
        'Họ và tên': 'Nguyễn Văn Bí Mật',
        'Ngày sinh': '01/01/2001',
        'Giới tính': 'Nam',
        'Ngày vào Đảng': '01/01/2023',
      },
    ],
  );
  const imported = await training.imports.commit(ctx, { fileName: 'a.xlsx', data: file });
  const classId = imported.classes[0]!.id!;
  const finding = await db
    .selectFrom('compliance_findings')
    .select('id')
    .where('class_id', '=', classId)
    .where('rule', '=', 'L-TC-04')
    .executeTakeFirstOrThrow();
  const overridden = await training.overrides.overrideFinding(ctx, finding.id, {
    decisionReference: 'Quyết định 77/QĐ-TCT ngày 01/9/2025',
  });
  owned.extra.trainingClassId = classId;
  owned.extra.findingId = finding.id;
  owned.extra.overrideId = overridden.override!.id;
  owned.markers.push(classId, finding.id, overridden.override!.id, 'TN-BIMAT-01', 'Nguyễn Văn Bí Mật');
}

const cls = (o: OwnedObjects) => ({ id: o.extra.trainingClassId! });
const inA = (o: OwnedObjects) => ({ organisationId: o.orgId });
export const TRAINING_OUTSIDER_CALLS: Record<string, OutsiderCall> = {
  'POST /api/training/imports/preview': { expect: 'notFound', query: inA },
  'POST /api/training/imports': { expect: 'notFound', query: inA },
  'GET /api/training/classes': { expect: 'noLeak', query: inA },
  'GET /api/training/classes/:id': { expect: 'notFound', params: cls },
  'POST /api/training/classes/:id/evaluate': { expect: 'notFound', params: cls },
  'POST /api/training/findings/:id/override': {
    expect: 'notFound',
    params: (o) => ({ id: o.extra.findingId! }),
    body: () => ({ decisionReference: 'Quyết định 1/QĐ-XN' }),
  },
  'DELETE /api/training/overrides/:id': { expect: 'notFound', params: (o) => ({ id: o.extra.overrideId! }) },
  'GET /api/training/compliance/summary': { expect: 'noLeak', query: inA },
  'GET /api/training/compliance/export.xlsx': { expect: 'noLeak', query: inA },
  'GET /api/training/settings': { expect: 'noLeak', query: inA },
  'PUT /api/training/settings': {
    expect: 'notFound',
    body: (o) => ({
      organisationId: o.orgId,
      classSizeLimits: [{ level: 'so_cap', mode: 'tap_trung', max: 1 }],
      positionLists: {},
    }),
  },
};
