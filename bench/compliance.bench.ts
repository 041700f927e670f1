/**
 * `npm run bench -- compliance`: evaluates 100,000 synthetic learners in about 2,000 classes.
 * Data come from a seeded PRNG so every run measures the same work; only evaluation is timed
 * (each run uses a fresh configuration object, so rule plans are compiled inside the timing).
 * Flags: --learners=N (default 100000), --runs=N (default 3; the median is printed).
 */
import { performance } from 'node:perf_hooks';
import type { ComplianceConfig } from '../src/compliance/config.ts';
import { evaluateClasses, type ClassWithLearners } from '../src/compliance/evaluate.ts';
import { DEFAULT_POSITION_LISTS } from '../src/compliance/rules/position-lists.ts';
import type {
  ClassInput,
  EducationLevel,
  HostRef,
  LearnerInput,
  PartyStatus,
  ProgrammeLevel,
  Rating,
  TheoryLevel,
} from '../src/compliance/types.ts';
import { isoFromParts } from '../src/compliance/text.ts';
import { mulberry32 } from './support/random.ts';

type Weighted<T> = [T, number][];
function picker(random: () => number) {
  const pick = <T>(items: Weighted<T>): T => {
    let r = random() * items.reduce((sum, [, w]) => sum + w, 0);
    for (const [item, weight] of items) if ((r -= weight) < 0) return item;
    return items[items.length - 1]![0];
  };
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const date = (fromYear: number, toYear: number) => isoFromParts(int(fromYear, toYear), int(1, 12), int(1, 28));
  return { pick, int, date };
}

const PROVINCIAL: HostRef = {
  code: 'TCT-2004-19',
  name: 'Trường Chính trị tỉnh Thái Nguyên',
  kind: 'provincial_school',
};
const SECTOR: HostRef = { code: 'TBN-TTCP', name: 'Trường Cán bộ Thanh tra', kind: 'sector_school' };
const REGIONAL: HostRef = { code: 'HVKV1', name: 'Học viện Chính trị khu vực I', kind: 'regional_academy' };
const FIRST_NAMES = [
  'Nguyễn Văn An',
  'Trần Thị Bình',
  'Lê Văn Cường',
  'Phạm Thị Dung',
  'Hoàng Văn Em',
  'Lò Thị Hoa',
  'Vũ Đức Giang',
  'Đặng Thu Hà',
];
const FREE_TEXT_POSITIONS = ['Chuyên viên', 'Phó Trưởng phòng Tổ chức cán bộ, Sở Nội vụ', 'Cán bộ', 'Giáo viên', null];

export function generateWorkload(learnerCount: number, seed = 20250829): ClassWithLearners[] {
  const random = mulberry32(seed);
  const { pick, int, date } = picker(random);
  const positions = DEFAULT_POSITION_LISTS[1]!.entries;
  const classes: ClassWithLearners[] = [];
  let remaining = learnerCount;
  for (let i = 0; remaining > 0; i++) {
    const level = pick<ProgrammeLevel>([
      ['so_cap', 15],
      ['trung_cap', 60],
      ['cao_cap', 10],
      ['boi_duong', 15],
    ]);
    const host =
      level === 'cao_cap'
        ? pick([
            [REGIONAL, 6],
            [PROVINCIAL, 4],
          ])
        : pick([
            [PROVINCIAL, 92],
            [SECTOR, 8],
          ]);
    const cls: ClassInput = {
      code: `L${String(i).padStart(5, '0')}`,
      name: `Lớp ${i}`,
      level,
      host,
      mode: pick([
        ['tap_trung', 35],
        ['khong_tap_trung', 65],
      ]),
      delivery: pick([
        ['truc_tiep', 94],
        ['truc_tuyen', 3],
        ['ket_hop', 3],
      ]),
      partnerName: host === PROVINCIAL && level === 'cao_cap' ? REGIONAL.name : null,
      partner: host === PROVINCIAL && level === 'cao_cap' && random() < 0.8 ? REGIONAL : null,
      openingDate: date(2021, 2026),
      closingDate: null,
      place: null,
    };
    const size = Math.min(remaining, int(20, 80));
    const learners: LearnerInput[] = [];
    for (let j = 0; j < size; j++) {
      const partyStatus = pick<PartyStatus>([
        ['chinh_thuc', 85],
        ['du_bi', 8],
        ['khong', 7],
      ]);
      learners.push({
        fullName: FIRST_NAMES[int(0, FIRST_NAMES.length - 1)]!,
        birthDate: date(1966, 2000),
        gender: pick([
          ['nam', 55],
          ['nu', 45],
        ]),
        ethnicity: pick([
          ['Kinh', 85],
          ['Tày', 6],
          ['Thái', 5],
          ['Mường', 4],
        ]),
        partyStatus,
        partyJoinDate: partyStatus === 'khong' ? null : date(2000, 2020),
        education: pick<EducationLevel>([
          ['dai_hoc', 70],
          ['thac_si', 12],
          ['cao_dang', 8],
          ['thpt', 6],
          ['thcs', 3],
          ['tieu_hoc', 1],
        ]),
        theoryLevel: pick<TheoryLevel>([
          ['chua_co', 60],
          ['so_cap', 30],
          ['trung_cap', 8],
          ['cao_cap', 2],
        ]),
        theoryDocumentDate: date(2005, 2020),
        position:
          random() < 0.7
            ? positions[int(0, positions.length - 1)]!
            : FREE_TEXT_POSITIONS[int(0, FREE_TEXT_POSITIONS.length - 1)]!,
        planned: random() < 0.2,
        workplace: null,
        ratingLastYear: pick<Rating | null>([
          ['HTTNV', 60],
          ['HTXSNV', 30],
          ['HTNV', 8],
          [null, 2],
        ]),
        ratingYearBefore: pick<Rating | null>([
          ['HTTNV', 60],
          ['HTXSNV', 30],
          ['HTNV', 8],
          [null, 2],
        ]),
      });
    }
    remaining -= size;
    classes.push({ cls, learners });
  }
  return classes;
}

function flag(flags: string[], name: string, fallback: number): number {
  const raw = flags.find((f) => f.startsWith(`--${name}=`))?.split('=')[1];
  const value = raw === undefined ? NaN : Number(raw);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

export async function run(flags: string[]): Promise<void> {
  const learnerCount = flag(flags, 'learners', 100_000);
  const runs = flag(flags, 'runs', 3);
  const workload = generateWorkload(learnerCount);
  const seconds: number[] = [];
  let findings = 0;
  for (let r = 0; r < runs; r++) {
    const config: ComplianceConfig = { classSizeLimits: [{ level: 'trung_cap', mode: 'khong_tap_trung', max: 75 }] };
    const start = performance.now();
    const evaluations = evaluateClasses(workload, config);
    seconds.push((performance.now() - start) / 1000);
    findings = evaluations.reduce((sum, e) => sum + e.findings.length, 0);
  }
  seconds.sort((a, b) => a - b);
  const median = seconds[Math.floor(seconds.length / 2)]!;
  const scale = 100_000 / learnerCount;
  console.log(
    `# ${learnerCount} học viên, ${workload.length} lớp, ${runs} lần chạy: ${seconds.map((s) => s.toFixed(3)).join(', ')} s`,
  );
  console.log(`BENCH compliance.seconds_100k ${(median * scale).toFixed(3)} s`);
  console.log(`BENCH compliance.findings ${findings}`);
}
