/**
 * The network picture on any date, from the schools' dossiers: each school's stage and level, counts by
 * stage, level, region and kind, the directive milestones of letter 2174 (approved / registered for a
 * year), and the timeline of recognitions. Merged schools show their predecessors' recognitions and need
 * an appraisal of their own (standard-reports-contests.md §1.3, [S/?]).
 */
import type { IsoDate, StandardLevel } from './common.ts';
import { type DossierState, stateOn } from './lifecycle/state.ts';
import type { StepRecord } from './lifecycle/steps.ts';
import { STAGE_LABELS, STAGES, type Stage } from './lifecycle/transitions.ts';
import { regionOfProvince } from './regions.ts';

/** An organisation as the picture needs it (a subset of the seed organisation and the organisations row). */
export type NetworkSchool = {
  code: string;
  name: string;
  kind: string;
  provinceCode: string | null;
  validFrom: IsoDate | null;
  validTo: IsoDate | null;
  predecessorCodes: readonly string[];
  /** Overrides the default region of the province code. */
  region?: string | null;
};

export type SchoolDossier = { schoolCode: string; records: readonly StepRecord[] };

export type InheritedRecognition = { schoolCode: string; schoolName: string; level: StandardLevel; date: IsoDate };

export type SchoolStatus = {
  code: string;
  name: string;
  kind: string;
  region: string | null;
  stage: Stage;
  stageLabel: string;
  /** The level recognised for this school itself. */
  level: StandardLevel | null;
  recognitionDate: IsoDate | null;
  /** Recognitions of the schools it was formed from (2025 merger), held on the date. */
  inherited: InheritedRecognition[];
  /** Formed by a merger and not (yet) recognised in its own right. */
  needsOwnAppraisal: boolean;
  registeredForYear: number | null;
  /** Some record behind this status has an illustrative (stand-in) date. */
  illustrative: boolean;
};

type Counts = {
  total: number;
  byStage: Record<Stage, number>;
  byLevel: { none: number; level1: number; level2: number };
};
export type NetworkPicture = {
  onDate: IsoDate;
  schools: SchoolStatus[];
  counts: Counts;
  byRegion: (Counts & { region: string })[];
  byKind: (Counts & { kind: string })[];
  /** The milestones letter 2174 counted: project approved (any later stage included) and registrations per target year. */
  milestones: { projectApproved: number; registeredFor: Record<number, number>; recognised: number };
};

export type PictureOptions = { kinds?: readonly string[] };

const validOn = (s: NetworkSchool, d: IsoDate) =>
  (s.validFrom === null || s.validFrom <= d) && (s.validTo === null || s.validTo >= d);
const AT_LEAST_APPROVED: ReadonlySet<Stage> = new Set([
  'approved',
  'registered',
  'applied',
  'surveyed',
  'appraised',
  'recognised',
]);

function emptyCounts(): Counts {
  return {
    total: 0,
    byStage: Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>,
    byLevel: { none: 0, level1: 0, level2: 0 },
  };
}

function add(counts: Counts, s: SchoolStatus): void {
  counts.total += 1;
  counts.byStage[s.stage] += 1;
  if (s.level === 1) counts.byLevel.level1 += 1;
  else if (s.level === 2) counts.byLevel.level2 += 1;
  else counts.byLevel.none += 1;
}

function grouped<K extends string>(statuses: SchoolStatus[], key: (s: SchoolStatus) => string, name: K) {
  const map = new Map<string, Counts>();
  for (const s of statuses) {
    const k = key(s);
    if (!map.has(k)) map.set(k, emptyCounts());
    add(map.get(k)!, s);
  }
  return [...map].map(([k, c]) => ({ [name]: k, ...c }) as Counts & Record<K, string>);
}

export function networkOn(
  schools: readonly NetworkSchool[],
  dossiers: readonly SchoolDossier[],
  onDate: IsoDate,
  opts: PictureOptions = {},
): NetworkPicture {
  const kinds = opts.kinds ?? ['provincial_school'];
  const recordsOf = new Map(dossiers.map((d) => [d.schoolCode, d.records]));
  const byCode = new Map(schools.map((s) => [s.code, s]));
  const stateCache = new Map<string, { state: DossierState; illustrative: boolean }>();
  const stateOf = (code: string) => {
    let cached = stateCache.get(code);
    if (!cached) {
      const records = (recordsOf.get(code) ?? []).filter((r) => r.date <= onDate);
      cached = { state: stateOn(records), illustrative: records.some((r) => r.illustrative) };
      stateCache.set(code, cached);
    }
    return cached;
  };
  const statuses: SchoolStatus[] = [];
  for (const school of schools) {
    if (!kinds.includes(school.kind) || !validOn(school, onDate)) continue;
    const { state, illustrative } = stateOf(school.code);
    const merged = school.predecessorCodes.length > 0;
    const stage: Stage = state.stage === 'none' && merged ? 'merged' : state.stage;
    const inherited = school.predecessorCodes.flatMap((code) => {
      const predecessor = stateOf(code).state;
      const recognition = predecessor.recognition;
      if (!recognition || predecessor.level === null) return [];
      return [
        {
          schoolCode: code,
          schoolName: byCode.get(code)?.name ?? code,
          level: predecessor.level,
          date: recognition.date,
        },
      ];
    });
    statuses.push({
      code: school.code,
      name: school.name,
      kind: school.kind,
      region: school.region ?? regionOfProvince(school.provinceCode),
      stage,
      stageLabel: STAGE_LABELS[stage],
      level: state.level,
      recognitionDate: state.recognition?.date ?? null,
      inherited,
      needsOwnAppraisal: merged && state.level === null,
      registeredForYear: state.registration?.data.targetYear ?? null,
      illustrative,
    });
  }
  const counts = emptyCounts();
  for (const s of statuses) add(counts, s);
  const registeredFor: Record<number, number> = {};
  for (const s of statuses)
    if (s.registeredForYear !== null)
      registeredFor[s.registeredForYear] = (registeredFor[s.registeredForYear] ?? 0) + 1;
  return {
    onDate,
    schools: statuses,
    counts,
    byRegion: grouped(statuses, (s) => s.region ?? 'Chưa xác định', 'region'),
    byKind: grouped(statuses, (s) => s.kind, 'kind'),
    milestones: {
      projectApproved: statuses.filter((s) => AT_LEAST_APPROVED.has(s.stage)).length,
      registeredFor,
      recognised: statuses.filter((s) => s.level !== null).length,
    },
  };
}

export type TimelineEntry = {
  date: IsoDate;
  schoolCode: string;
  schoolName: string;
  level: StandardLevel;
  decisionNumber: string | null;
  certificateDate: IsoDate | null;
  illustrative: boolean;
  /** 1 for the first school recognised in the network, and so on (ties share the order of the records). */
  order: number;
};

/** Every recognition in the network up to a date, in order: "Lào Cai first (11/2022), …". */
export function recognitionTimeline(
  schools: readonly NetworkSchool[],
  dossiers: readonly SchoolDossier[],
  upTo: IsoDate | null = null,
): TimelineEntry[] {
  const names = new Map(schools.map((s) => [s.code, s.name]));
  const entries: Omit<TimelineEntry, 'order'>[] = [];
  for (const dossier of dossiers) {
    const records = dossier.records.filter((r) => upTo === null || r.date <= upTo);
    for (const r of records) {
      if (r.kind !== 'recognition') continue;
      const certificate = records.find((c) => c.kind === 'certificate_handover' && c.date >= r.date) ?? null;
      entries.push({
        date: r.date,
        schoolCode: dossier.schoolCode,
        schoolName: names.get(dossier.schoolCode) ?? dossier.schoolCode,
        level: r.data.level,
        decisionNumber: r.data.decisionNumber,
        certificateDate: certificate?.date ?? null,
        illustrative: Boolean(r.illustrative),
      });
    }
  }
  return entries.sort((a, b) => a.date.localeCompare(b.date)).map((e, i) => ({ ...e, order: i + 1 }));
}
