/**
 * Seeded generator for the later `npm run bench -- standard` (88 schools × 55 indicators × 5 assessments):
 * the engine inputs the standard-school module will store — dossier records, staff rosters, training
 * classes with enrolments, and self-assessment entries with evidence. Pure data, no database: the
 * benchmark inserts it through the module. The 55-indicator catalogue is synthetic (the official list was
 * not found): the 14 provisional indicators plus entered placeholders, with no invented thresholds.
 */
import type {
  IndicatorEntry,
  IndicatorStatus,
  TrainingClassRow,
  TrainingInput,
} from '../src/standard/assessment/types.ts';
import { PROVISIONAL_CATALOGUE } from '../src/standard/catalogue/provisional.ts';
import type { CatalogueItem, CatalogueVersion } from '../src/standard/catalogue/types.ts';
import type { StepRecord } from '../src/standard/lifecycle/steps.ts';
import type { NetworkSchool } from '../src/standard/network.ts';
import type { StaffMember } from '../src/standard/roster/types.ts';
import { loadSeedOrganisations } from '../src/network/seed-data.ts';
import { mulberry32 } from './support/random.ts';

export type BenchSchool = {
  school: NetworkSchool;
  records: StepRecord[];
  roster: StaffMember[];
  training: TrainingInput;
  assessments: { filingDate: string; entries: IndicatorEntry[] }[];
};

export type StandardWorkload = { catalogue: CatalogueVersion; schools: BenchSchool[] };

export type WorkloadOptions = {
  schools?: number;
  indicators?: number;
  assessments?: number;
  /** Classes per school per year of the 5-year window, and learners per class (ranges). */
  classesPerYear?: [number, number];
  learnersPerClass?: [number, number];
  staff?: [number, number];
  seed?: number;
};

/** The provisional indicators, then entered placeholders spread over the six criteria up to `count`. */
export function benchCatalogue(count = 55): CatalogueVersion {
  const items: CatalogueItem[] = [...PROVISIONAL_CATALOGUE.items];
  const next = new Map<number, number>();
  for (const i of items) next.set(i.criterion, Math.max(next.get(i.criterion) ?? 0, Number(i.code.slice(2))));
  for (let k = 0; items.length < count; k++) {
    const criterion = (k % 6) + 1;
    const n = (next.get(criterion) ?? 0) + 1;
    next.set(criterion, n);
    items.push({
      criterion,
      code: `${criterion}.${String(n).padStart(2, '0')}`,
      text: `Chỉ tiêu thử nghiệm ${criterion}.${n} (dữ liệu benchmark)`,
      unit: null,
      howComputed: 'entered',
      level1Threshold: null,
      level2Threshold: null,
      source: 'Dữ liệu benchmark',
      confidence: 'uncertain',
      note: null,
    });
  }
  return { ...PROVISIONAL_CATALOGUE, id: `bench-${count}`, title: `Danh mục benchmark ${count} chỉ tiêu`, items };
}

const STATUSES: [IndicatorStatus | null, number][] = [
  ['dat', 60],
  ['vuot_chuan', 15],
  ['chua_dat', 15],
  ['xin_y_kien', 3],
  [null, 7],
];

export function generateStandardWorkload(opts: WorkloadOptions = {}): StandardWorkload {
  const random = mulberry32(opts.seed ?? 20210519);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(items: [T, number][]): T => {
    let r = random() * items.reduce((s, [, w]) => s + w, 0);
    for (const [item, w] of items) if ((r -= w) < 0) return item;
    return items[items.length - 1]![0];
  };
  const catalogue = benchCatalogue(opts.indicators ?? 55);
  const wanted = opts.schools ?? 88;
  const orgs = loadSeedOrganisations();
  const pool: NetworkSchool[] = [
    ...orgs.filter((o) => o.kind === 'provincial_school'),
    ...orgs.filter((o) => o.kind === 'sector_school'),
  ].map((o) => ({ ...o, predecessorCodes: [...o.predecessorCodes] }));
  for (let i = pool.length; i < wanted; i++)
    pool.push({
      code: `BENCH-${i}`,
      name: `Trường thử nghiệm ${i}`,
      kind: 'provincial_school',
      provinceCode: null,
      validFrom: null,
      validTo: null,
      predecessorCodes: [],
    });
  const assessmentCount = opts.assessments ?? 5;
  const [cMin, cMax] = opts.classesPerYear ?? [20, 40];
  const [lMin, lMax] = opts.learnersPerClass ?? [30, 60];
  const [sMin, sMax] = opts.staff ?? [45, 80];
  const schools = pool.slice(0, wanted).map((school, s): BenchSchool => {
    const roster: StaffMember[] = Array.from({ length: int(sMin, sMax) }, (_, i) => ({
      fullName: `Cán bộ ${s}-${i}`,
      staffCode: `${s}-${i}`,
      birthYear: int(1965, 1998),
      gender: random() < 0.45 ? 'nu' : 'nam',
      kind: random() < 0.8 ? 'giang_vien' : 'khac',
      position: null,
      unit: null,
      education: pick([
        ['tien_si', 15],
        ['thac_si', 65],
        ['dai_hoc', 20],
      ]),
      academicTitle: null,
      theoryLevel: pick([
        ['cao_cap', 70],
        ['cu_nhan', 10],
        ['trung_cap', 20],
      ]),
      grade: pick([
        ['giang_vien_cao_cap', 5],
        ['giang_vien_chinh', 55],
        ['giang_vien', 30],
        ['chuyen_vien', 10],
      ]),
      classicsCertificate: random() < 0.9,
      employment: random() < 0.93 ? 'bien_che' : 'hop_dong',
    }));
    const classes: TrainingClassRow[] = [];
    const enrolments: { class_id: string; learner_id: string }[] = [];
    for (let year = 2020; year <= 2025; year++)
      for (let c = 0, n = int(cMin, cMax); c < n; c++) {
        const id = `${school.code}-${year}-${c}`;
        classes.push({
          id,
          organisation_id: school.code,
          code: id,
          name: `Lớp ${c + 1}/${year}`,
          level: pick([
            ['trung_cap', 50],
            ['boi_duong', 45],
            ['cao_cap', 5],
          ]),
          mode: random() < 0.4 ? 'tap_trung' : 'khong_tap_trung',
          opening_date: `${year}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`,
          closing_date: null,
        });
        for (let l = 0, m = int(lMin, lMax); l < m; l++) enrolments.push({ class_id: id, learner_id: `${id}-${l}` });
      }
    const assessments = Array.from({ length: assessmentCount }, (_, a) => ({
      filingDate: `${2021 + a}-${String(int(1, 12)).padStart(2, '0')}-15`,
      entries: catalogue.items.map((item): IndicatorEntry => {
        const evidenceCount = int(0, 3);
        return {
          code: item.code,
          value: item.unit ? int(0, 100) : null,
          status: pick(STATUSES),
          comment: null,
          evidence: Array.from({ length: evidenceCount }, (_, e) => ({
            code: `H${item.code}.${String(e + 1).padStart(2, '0')}.01`,
            title: `Minh chứng ${e + 1} của chỉ tiêu ${item.code}`,
            reference: null,
            issuer: null,
            fileId: null,
            note: null,
          })),
        };
      }),
    }));
    const base = { recordedBy: 'school', documents: [], note: 'benchmark' };
    const records = [
      {
        ...base,
        kind: 'project_approved',
        date: '2021-06-01',
        data: {
          decisionNumber: `${s + 1}-QĐ/TU`,
          approvedBy: null,
          periodFrom: 2021,
          periodTo: 2025,
          targetLevel: 1,
          targetYear: 2024,
        },
      },
      { ...base, kind: 'registration', date: '2021-09-01', data: { targetYear: 2024, level: 1, reference: null } },
      ...assessments.map((a, i) => ({
        ...base,
        kind: 'self_assessment',
        date: a.filingDate,
        data: {
          round: i + 1,
          purpose: 'progress',
          catalogueVersionId: catalogue.id,
          assessmentId: null,
          progressLine: null,
        },
      })),
    ] as unknown as StepRecord[];
    return { school, records, roster, training: { classes, enrolments }, assessments };
  });
  return { catalogue, schools };
}
