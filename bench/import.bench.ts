/**
 * `npm run bench -- import`: imports 10,000 learners in about 200 classes of the Thái Nguyên school
 * through the import service, on a fresh temporary SQLite database (migrated, network and demo
 * accounts seeded). The workbook is generated in memory (seeded PRNG, real date cells, the
 * template's columns); the timing covers reading the XLSX, validating every row, evaluating every
 * class and writing classes, learners, enrolments, findings and the audit record in one transaction.
 * Flags: --learners=N (default 10000), --runs=N (default 1; each run uses a fresh database; the median is printed).
 */
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { CLASS_HEADERS, LEARNER_HEADERS } from '../src/compliance/test-support.ts';
import { DEFAULT_POSITION_LISTS } from '../src/compliance/index.ts';
import { createTestDatabase, modulesOf } from '../src/testing/test-database.ts';
import { mulberry32 } from './support/random.ts';

const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Vũ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lò',
  'Ma',
  'Hà',
];
const MIDDLE_M = ['Văn', 'Đức', 'Quang', 'Minh', 'Hữu', 'Công'];
const MIDDLE_F = ['Thị', 'Thu', 'Ngọc', 'Thanh', 'Minh'];
const GIVEN = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Hà',
  'Hạnh',
  'Hùng',
  'Lan',
  'Linh',
  'Long',
  'Mai',
  'Nam',
  'Phương',
  'Quân',
  'Sơn',
  'Thảo',
  'Trang',
  'Tuấn',
  'Vân',
  'Yến',
];
const ETHNIC = ['Kinh', 'Kinh', 'Kinh', 'Kinh', 'Tày', 'Nùng', 'Dao', 'Sán Dìu', 'Mông'];
const EDUCATION = ['Đại học', 'Đại học', 'Đại học', 'Thạc sĩ', 'Cao đẳng', 'THPT', 'Trung cấp'];
const RATINGS = ['HTTNV', 'HTTNV', 'HTXSNV', 'HTNV', null];
const LEVELS: [string, string, number][] = [
  ['Trung cấp LLCT', 'TC', 60],
  ['Sơ cấp LLCT', 'SC', 20],
  ['Bồi dưỡng', 'BD', 15],
  ['Cao cấp LLCT', 'CC', 5],
];

/** A realistic import workbook: ~50 learners per class, classes opened 2022–2026. */
export async function generateImportWorkbook(
  learnerCount: number,
  seed = 20261126,
  codePrefix = 'TN',
): Promise<{ data: Buffer; classes: number; codes: string[] }> {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const day = (year: number) => new Date(Date.UTC(year, int(0, 11), int(1, 28)));
  const positions = [...DEFAULT_POSITION_LISTS[1]!.entries.slice(0, 40), 'Chuyên viên', 'Cán bộ', 'Giáo viên'];
  const wb = new ExcelJS.Workbook();
  const classSheet = wb.addWorksheet('Lớp học');
  const learnerSheet = wb.addWorksheet('Học viên');
  classSheet.addRow(CLASS_HEADERS);
  learnerSheet.addRow(LEARNER_HEADERS);
  let remaining = learnerCount;
  let classes = 0;
  const codes: string[] = [];
  while (remaining > 0) {
    const roll = random() * 100;
    let acc = 0;
    const [level, prefix] = LEVELS.find(([, , w]) => (acc += w) > roll) ?? LEVELS[0]!;
    const opening = day(int(2022, 2026));
    const code = `${codePrefix}-${prefix}-${opening.getUTCFullYear()}-${String(++classes).padStart(3, '0')}`;
    codes.push(code);
    const partTime = random() < 0.65;
    classSheet.addRow([
      code,
      `${level} ${partTime ? 'hệ không tập trung' : 'hệ tập trung'} khóa ${classes}`,
      level,
      partTime ? 'Không tập trung' : 'Tập trung',
      random() < 0.03 ? 'Trực tuyến' : random() < 0.05 ? 'Kết hợp' : 'Trực tiếp',
      'Trường Chính trị tỉnh Thái Nguyên',
      prefix === 'CC' ? 'Học viện Chính trị khu vực I' : null,
      opening,
      new Date(opening.getTime() + 300 * 86_400_000),
      'Thái Nguyên',
    ]);
    const size = Math.min(remaining, int(35, 65));
    for (let i = 0; i < size; i++) {
      const male = random() < 0.55;
      const member = random() < 0.93;
      const birthYear = int(1966, 2001);
      learnerSheet.addRow([
        code,
        `${pick(FAMILY)} ${pick(male ? MIDDLE_M : MIDDLE_F)} ${pick(GIVEN)} ${i + 1}`,
        day(birthYear),
        male ? 'Nam' : 'Nữ',
        pick(ETHNIC),
        member ? (random() < 0.9 ? 'Chính thức' : 'Dự bị') : 'Không',
        member ? day(Math.min(2021, birthYear + int(20, 30))) : null,
        pick(EDUCATION),
        random() < 0.08 ? 'Trung cấp' : random() < 0.3 ? 'Sơ cấp' : 'Chưa có',
        null,
        pick(positions),
        random() < 0.2 ? 'Có' : null,
        `UBND xã ${pick(GIVEN)}`,
        pick(RATINGS),
        pick(RATINGS),
      ]);
    }
    remaining -= size;
  }
  return { data: Buffer.from(await wb.xlsx.writeBuffer()), classes, codes };
}

function flag(flags: string[], name: string, fallback: number): number {
  const found = flags.find((f) => f.startsWith(`--${name}=`));
  return found ? Number(found.split('=')[1]) : fallback;
}

export async function run(flags: string[] = []): Promise<void> {
  const learners = flag(flags, 'learners', 10_000);
  const runs = flag(flags, 'runs', 1);
  const { data, classes } = await generateImportWorkbook(learners);
  const times: number[] = [];
  let findings = 0;
  for (let i = 0; i < runs; i++) {
    const database = await createTestDatabase({ demo: 'accounts' });
    try {
      const user = await database.db
        .selectFrom('users')
        .select('id')
        .where('email', '=', 'canbo@tct-thainguyen.vn')
        .executeTakeFirstOrThrow();
      const modules = modulesOf(database);
      const actor = (await modules.auth.services.auth.buildActor(user.id))!;
      const training = modules.training.services;
      const started = performance.now();
      const result = await training.imports.commit({ actor, requestId: 'bench' }, { fileName: 'bench.xlsx', data });
      times.push((performance.now() - started) / 1000);
      findings = result.totals.findings;
      const stored = await database.db
        .selectFrom('learners')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      if (Number(stored.n) !== learners) throw new Error(`expected ${learners} learners, stored ${stored.n}`);
    } finally {
      await database.cleanup();
    }
  }
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  console.log(
    `# ${learners} học viên, ${classes} lớp, tệp ${(data.length / 1024).toFixed(0)} KB, ${runs} lần chạy: ${times.map((s) => s.toFixed(2)).join(', ')} s`,
  );
  console.log(`BENCH import.seconds_10k ${median.toFixed(2)} s`);
  console.log(`BENCH import.learners ${learners}`);
  console.log(`BENCH import.findings ${findings}`);
}
