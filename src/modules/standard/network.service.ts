/**
 * The Academy's picture of the network on any date (src/standard/network.ts over every dossier): counts by
 * stage, level, region and kind, letter 2174's milestones, the recognition timeline, a drill-down list of
 * schools and its XLSX export; and the idempotent demo seed of the known recognitions.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import {
  buildDemoDossiers,
  LEVEL_LABELS,
  type NetworkSchool,
  networkOn,
  recognitionTimeline,
  STAGE_LABELS,
  STAGES,
  type SchoolDossier,
  type Stage,
} from '../../standard/index.ts';
import { recordAudit } from '../audit/audit.ports.ts';
import type { RequestContext } from '../tenancy/actor.ts';
import { recordOf } from './standard.presenter.ts';
import { assertAcademy } from './standard.policy.ts';
import {
  allDossierRecords,
  countDossierRecords,
  insertDossierRecords,
  networkOrganisations,
} from './standard.repository.ts';

export type NetworkFilter = {
  stage?: string | undefined;
  region?: string | undefined;
  level?: number | undefined;
  kind?: string | undefined;
};

export async function networkInputs(db: Kysely<DB>, ctx: RequestContext) {
  const { orgs, links } = await networkOrganisations(db, ctx.actor);
  const codeOf = new Map(orgs.map((o) => [o.id, o.code]));
  const schools: NetworkSchool[] = orgs.map((o) => ({
    code: o.code,
    name: o.name,
    kind: o.kind,
    provinceCode: o.province_code,
    validFrom: o.valid_from,
    validTo: o.valid_to,
    predecessorCodes: links.filter((l) => l.successor_id === o.id).flatMap((l) => codeOf.get(l.predecessor_id) ?? []),
  }));
  const grouped = new Map<string, SchoolDossier & { records: ReturnType<typeof recordOf>[] }>();
  for (const row of await allDossierRecords(db, ctx.actor)) {
    const code = codeOf.get(row.organisation_id);
    if (!code) continue;
    if (!grouped.has(code)) grouped.set(code, { schoolCode: code, records: [] });
    grouped.get(code)!.records.push(recordOf(row));
  }
  return { schools, dossiers: [...grouped.values()], idOf: new Map(orgs.map((o) => [o.code, o.id])) };
}

export function createNetworkService(db: Kysely<DB>) {
  async function picture(ctx: RequestContext, onDate: string, filter: NetworkFilter = {}) {
    assertAcademy(ctx);
    const { schools, dossiers, idOf } = await networkInputs(db, ctx);
    const kinds = filter.kind ? [filter.kind] : undefined;
    const p = networkOn(schools, dossiers, onDate, kinds ? { kinds } : {});
    const listed = p.schools.filter(
      (s) =>
        (!filter.stage || s.stage === (filter.stage as Stage)) &&
        (!filter.region || s.region === filter.region) &&
        (filter.level === undefined || (s.level ?? 0) === filter.level),
    );
    return {
      onDate: p.onDate,
      // The stages in lifecycle order with their labels, so the web keeps no copy of either.
      stages: STAGES.map((code) => ({ code, label: STAGE_LABELS[code] })),
      counts: p.counts,
      byRegion: p.byRegion,
      byKind: p.byKind,
      milestones: {
        projectApproved: p.milestones.projectApproved,
        recognised: p.milestones.recognised,
        registeredFor: Object.entries(p.milestones.registeredFor).map(([year, count]) => ({
          year: Number(year),
          count,
        })),
      },
      schools: listed.map((s) => ({
        id: idOf.get(s.code) ?? null,
        code: s.code,
        name: s.name,
        kind: s.kind,
        region: s.region,
        stage: s.stage,
        stageLabel: s.stageLabel,
        level: s.level,
        levelLabel: s.level ? LEVEL_LABELS[s.level] : null,
        recognitionDate: s.recognitionDate,
        inherited: s.inherited,
        needsOwnAppraisal: s.needsOwnAppraisal,
        registeredForYear: s.registeredForYear,
        illustrative: s.illustrative,
      })),
      timeline: recognitionTimeline(schools, dossiers, onDate),
    };
  }

  /** Known recognitions and the illustrative fill (src/standard/demo), for schools with no record yet. */
  async function seedDemo(): Promise<number> {
    const { orgs, links } = await networkOrganisations(db, {
      userId: 'demo',
      organisationId: 'demo',
      unitId: null,
      role: 'academy_admin',
      fullName: 'Dữ liệu mẫu',
      scope: { kind: 'all' },
    });
    const codeOf = new Map(orgs.map((o) => [o.id, o.code]));
    const demo = buildDemoDossiers(
      orgs.map((o) => ({
        code: o.code,
        kind: o.kind,
        validFrom: o.valid_from,
        validTo: o.valid_to,
        predecessorCodes: links
          .filter((l) => l.successor_id === o.id)
          .flatMap((l) => codeOf.get(l.predecessor_id) ?? []),
      })),
    );
    const idOf = new Map(orgs.map((o) => [o.code, o.id]));
    let seeded = 0;
    await db.transaction().execute(async (trx) => {
      for (const dossier of demo) {
        const orgId = idOf.get(dossier.schoolCode);
        if (!orgId || (await countDossierRecords(trx, orgId)) > 0) continue;
        const at = new Date().toISOString();
        await insertDossierRecords(
          trx,
          dossier.records.map((r, i) => ({
            id: `demo-${dossier.schoolCode}-${String(i + 1).padStart(3, '0')}`,
            organisation_id: orgId,
            kind: r.kind,
            date: r.date,
            recorded_by: r.recordedBy,
            data_json: JSON.stringify(r.data),
            documents_json: JSON.stringify(r.documents),
            note: r.note,
            illustrative: r.illustrative ? 1 : 0,
            created_by: null,
            created_at: at,
          })),
        );
        await recordAudit(trx, null, {
          action: 'standard.dossier.demo_seeded',
          entityType: 'standard_dossier',
          entityId: orgId,
          organisationId: orgId,
          after: {
            records: dossier.records.length,
            illustrative: dossier.records.filter((r) => r.illustrative).length,
          },
        });
        seeded += 1;
      }
    });
    return seeded;
  }

  return { picture, seedDemo };
}

export type NetworkService = ReturnType<typeof createNetworkService>;
export type NetworkPictureView = Awaited<ReturnType<NetworkService['picture']>>;
