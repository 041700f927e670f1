/**
 * Demo signing (issue 15): a locally generated "TCT Demo CA" becomes a trust anchor (marked demo, shown as
 * "Chưa xác minh"), and the Thái Nguyên school gets a personal certificate for its Hiệu trưởng and the
 * organisation's certificate for the clerk's "ký số của cơ quan" step, uploaded as its administrator would.
 * The PKCS#12 passphrase of the demo certificates is DEMO_CERT_PASSPHRASE. Not for production use.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/types.ts';
import type { Modules } from '../modules/index.ts';
import type { RequestContext } from '../modules/tenancy/actor.ts';
import { createDemoCa, issueDemoCertificate, toPkcs12 } from '../signatures/index.ts';

export const DEMO_CERT_PASSPHRASE = 'TctDemo2026!';

export async function seedDemoLetters(db: Kysely<DB>, _dialect: unknown, modules: Modules): Promise<void> {
  const admin = await db
    .selectFrom('users')
    .innerJoin('organisations', 'organisations.id', 'users.organisation_id')
    .select(['users.id', 'users.organisation_id', 'users.unit_id', 'users.full_name', 'organisations.name as org_name'])
    .where('users.email', '=', 'quantri@tct-thainguyen.vn')
    .executeTakeFirst();
  const leader = await db
    .selectFrom('users')
    .select(['id', 'full_name'])
    .where('email', '=', 'hieutruong@tct-thainguyen.vn')
    .executeTakeFirst();
  if (!admin || !leader) return;
  const certificates = modules.letters.services.certificates;
  const ca = createDemoCa();
  await certificates.addDemoAnchor(ca.certificatePem, 'TCT Demo CA (chỉ dùng thử)');
  const ctx: RequestContext = {
    actor: {
      userId: admin.id,
      organisationId: admin.organisation_id,
      unitId: admin.unit_id,
      role: 'school_admin',
      fullName: admin.full_name,
      scope: { kind: 'orgs', organisationIds: [admin.organisation_id] },
    },
    requestId: 'seed-demo-letters',
  };
  const place = 'Thái Nguyên';
  const personal = issueDemoCertificate(ca, {
    commonName: leader.full_name,
    title: 'Hiệu trưởng',
    organisation: admin.org_name,
    locality: place,
  });
  const organisation = issueDemoCertificate(ca, {
    commonName: admin.org_name,
    organisation: admin.org_name,
    locality: place,
  });
  await certificates.upload(ctx, {
    kind: 'personal',
    userId: leader.id,
    p12Base64: toPkcs12(personal, [ca.certificatePem], DEMO_CERT_PASSPHRASE).toString('base64'),
    passphrase: DEMO_CERT_PASSPHRASE,
  });
  await certificates.upload(ctx, {
    kind: 'organisation',
    p12Base64: toPkcs12(organisation, [ca.certificatePem], DEMO_CERT_PASSPHRASE).toString('base64'),
    passphrase: DEMO_CERT_PASSPHRASE,
  });
}
