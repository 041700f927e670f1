/** Outsider-test objects for the standard school: school A's roster, dossier records, a self-assessment and an evidence file. */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../src/db/types.ts';
import type { Modules } from '../src/modules/index.ts';
import { person, rosterWorkbook } from '../src/modules/standard/standard.test-support.ts';
import { contextOf } from './standard.support.ts';
import type { OutsiderCall, OwnedObjects } from './outsider.fixtures.ts';

export async function loadStandardObjects(db: Kysely<DB>, owned: OwnedObjects, modules: Modules): Promise<void> {
  const ctx = await contextOf(db, 'hieutruong@tct-thainguyen.vn');
  const s = modules.standard.services;
  await s.roster.importRoster(ctx, owned.orgId, {
    fileName: 'ds.xlsx',
    data: await rosterWorkbook([person('Nhân viên Bí Mật Chuẩn')]),
  });
  const dossier = await s.dossiers.getDossier(ctx, owned.orgId);
  if (!dossier.records.some((r) => r.kind === 'project_approved'))
    await s.dossiers.addRecord(ctx, owned.orgId, {
      kind: 'project_approved',
      date: '2025-09-01',
      data: {
        decisionNumber: '999-QĐ/TU-BIMAT',
        approvedBy: 'Ban Thường vụ Tỉnh ủy',
        periodFrom: 2025,
        periodTo: 2030,
        targetLevel: 1,
        targetYear: 2027,
      },
    });
  const assessment = await s.assessments.create(ctx, owned.orgId, {
    targetLevel: 1,
    filingDate: '2026-01-15',
    purpose: 'progress',
  });
  const fileId = randomUUID();
  await db
    .insertInto('document_files')
    .values({
      id: fileId,
      document_id: null,
      organisation_id: owned.orgId,
      kind: 'standard_evidence',
      file_name: 'minh-chung-bi-mat.pdf',
      content_type: 'application/pdf',
      size: 1,
      sha256: 'x',
      storage_path: '/nonexistent',
      created_by: ctx.actor.userId,
      created_at: new Date().toISOString(),
    })
    .execute();
  owned.extra.standardAssessmentId = assessment.assessment.id;
  owned.extra.standardFileId = fileId;
  owned.markers.push(assessment.assessment.id, 'Nhân viên Bí Mật Chuẩn', '999-QĐ/TU-BIMAT', fileId);
}

const school = (o: OwnedObjects) => ({ id: o.orgId });
const assessment = (o: OwnedObjects) => ({ id: o.extra.standardAssessmentId! });
export const STANDARD_OUTSIDER_CALLS: Record<string, OutsiderCall> = {
  'GET /api/standard/schools/:id/dossier': { expect: 'notFound', params: school },
  'POST /api/standard/schools/:id/dossier/records': {
    expect: 'notFound',
    params: school,
    body: () => ({ kind: 'project_drafting', date: '2025-10-01', data: {} }),
  },
  'GET /api/standard/schools/:id/roster': { expect: 'notFound', params: school },
  'POST /api/standard/schools/:id/roster/preview': { expect: 'notFound', params: school },
  'POST /api/standard/schools/:id/roster': { expect: 'notFound', params: school },
  'GET /api/standard/schools/:id/assessments': { expect: 'notFound', params: school },
  'POST /api/standard/schools/:id/assessments': {
    expect: 'notFound',
    params: school,
    body: () => ({ targetLevel: 1, filingDate: '2026-01-15', purpose: 'progress' }),
  },
  'GET /api/standard/assessments/:id': { expect: 'notFound', params: assessment },
  'PUT /api/standard/assessments/:id/entries/:code': {
    expect: 'notFound',
    params: (o) => ({ ...assessment(o), code: '4.01' }),
    body: () => ({ value: 1, status: 'dat', comment: null, evidence: [] }),
  },
  'POST /api/standard/assessments/:id/submit': { expect: 'notFound', params: assessment },
  'POST /api/standard/assessments/:id/files': { expect: 'notFound', params: assessment },
  'GET /api/standard/assessments/:id/files/:fileId': {
    expect: 'notFound',
    params: (o) => ({ ...assessment(o), fileId: o.extra.standardFileId! }),
  },
  'GET /api/standard/assessments/:id/report.docx': { expect: 'notFound', params: assessment },
  'GET /api/standard/assessments/:id/evidence.xlsx': { expect: 'notFound', params: assessment },
  'GET /api/standard/network': { expect: 'noLeak' },
  'GET /api/standard/network/export.xlsx': { expect: 'noLeak' },
};
