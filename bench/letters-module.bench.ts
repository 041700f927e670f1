/**
 * `npm run bench -- letters-module`: the module's chain for one answer to 2174 on a demo database (SQLite),
 * through the same services as the routes — create (reply pre-fill), submit, two approvals, sign (render +
 * PAdES), issue (numbering, organisation signature with stamps, outgoing register, delivery to the Academy
 * with the PDF). Flags: --runs=N (default 3; medians are printed).
 */
import { performance } from 'node:perf_hooks';
import type { RequestContext } from '../src/modules/tenancy/actor.ts';
import { DEMO_CERT_PASSPHRASE } from '../src/seed/seed-demo-letters.ts';
import { createTestDatabase } from '../src/testing/test-database.ts';
import { modulesOf } from '../src/testing/test-database.ts';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

export async function run(flags: string[]): Promise<void> {
  const runs = Number(flags.find((f) => f.startsWith('--runs='))?.split('=')[1] ?? 3);
  const database = await createTestDatabase({ demo: 'full' });
  try {
    const { db } = database;
    const services = modulesOf(database).letters.services;
    const ctxOf = async (email: string): Promise<RequestContext> => {
      const u = await db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirstOrThrow();
      return {
        actor: {
          userId: u.id,
          organisationId: u.organisation_id,
          unitId: u.unit_id,
          role: u.role as RequestContext['actor']['role'],
          fullName: u.full_name,
          scope: { kind: 'orgs', organisationIds: [u.organisation_id, ...(await predecessors(u.organisation_id))] },
        },
        requestId: 'bench',
      };
    };
    const predecessors = async (orgId: string) =>
      (
        await db
          .selectFrom('organisation_successions')
          .select('predecessor_id')
          .where('successor_id', '=', orgId)
          .execute()
      ).map((r) => r.predecessor_id);
    const [staff, head, leader, clerk] = await Promise.all(
      ['canbo', 'truongphong', 'hieutruong', 'vanthu'].map((n) => ctxOf(`${n}@tct-thainguyen.vn`)),
    );
    if (!staff || !head || !leader || !clerk) throw new Error('demo accounts missing');
    const answered = await db
      .selectFrom('documents')
      .select('id')
      .where('number_symbol', '=', '2174-CV/HVCTQG')
      .where('register_number', 'is not', null)
      .executeTakeFirstOrThrow();
    const certs = await db.selectFrom('signing_certificates').select(['id', 'kind']).execute();
    const personal = certs.find((c) => c.kind === 'personal')?.id as string;
    const organisation = certs.find((c) => c.kind === 'organisation')?.id as string;
    const times: Record<string, number[]> = { draft_to_approved: [], sign: [], issue: [] };
    for (let i = 0; i < runs; i++) {
      let start = performance.now();
      const id = await services.letters.createLetter(staff, { answersDocumentId: answered.id });
      await services.approval.submit(staff, id, { reviewerId: head.actor.userId, signerId: leader.actor.userId });
      await services.approval.approve(head, id, {});
      await services.approval.approve(leader, id, {});
      times.draft_to_approved?.push(performance.now() - start);
      start = performance.now();
      await services.signing.sign(leader, id, { certificateId: personal, passphrase: DEMO_CERT_PASSPHRASE });
      times.sign?.push(performance.now() - start);
      start = performance.now();
      await services.signing.issue(clerk, id, { certificateId: organisation, passphrase: DEMO_CERT_PASSPHRASE });
      times.issue?.push(performance.now() - start);
    }
    for (const [key, values] of Object.entries(times))
      console.log(`BENCH letters-module.${key}_ms ${median(values).toFixed(1)} ms`);
  } finally {
    await database.cleanup();
  }
}
