/**
 * Two classes per school with generated learners, imported through the training module's own import
 * (the spreadsheet template, the compliance engine, findings and audit in one transaction). A few
 * learners break a rule on purpose (too young for the level, not a Party member, already holding the
 * diploma) so the compliance page has findings to show.
 */
import { buildWorkbook, CLASS_HEADERS, classRow, LEARNER_HEADERS, learnerRow } from '../../compliance/test-support.ts';
import { addDays } from '../../lib/dates.ts';
import type { Modules } from '../../modules/index.ts';
import type { RequestContext } from '../../modules/tenancy/actor.ts';
import type { Random } from './random.ts';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE_M = ['Văn', 'Minh', 'Quốc', 'Đức', 'Hữu', 'Thanh'];
const MIDDLE_F = ['Thị', 'Thu', 'Ngọc', 'Thanh', 'Kim', 'Minh'];
const GIVEN_M = ['Hùng', 'Dũng', 'Tuấn', 'Long', 'Sơn', 'Hải', 'Nam', 'Phong', 'Trung', 'Khánh'];
const GIVEN_F = ['Hoa', 'Lan', 'Hương', 'Mai', 'Nga', 'Trang', 'Linh', 'Yến', 'Hạnh', 'Thảo'];
const POSITIONS = [
  'Phó Chủ tịch UBND xã',
  'Bí thư Đảng ủy xã',
  'Trưởng phòng',
  'Phó Trưởng phòng',
  'Chủ tịch Hội Nông dân xã',
];

const vnDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

export function trainingWorkbook(
  rng: Random,
  opts: { prefix: string; schoolName: string; place: string; today: string },
) {
  const opening = addDays(opts.today, -rng.int(60, 120));
  const year = Number(opts.today.slice(0, 4));
  const classes = [
    {
      'Mã lớp': `${opts.prefix}-TC-TT-K${year % 100}`,
      'Tên lớp': `Trung cấp LLCT - HC hệ tập trung khóa ${year}`,
      'Hình thức': 'Tập trung',
      'Ngày khai giảng': vnDate(opening),
      'Ngày bế giảng': vnDate(addDays(opening, 180)),
    },
    {
      'Mã lớp': `${opts.prefix}-TC-KTT-K${year % 100}`,
      'Tên lớp': `Trung cấp LLCT - HC hệ không tập trung khóa ${year}`,
      'Hình thức': 'Không tập trung',
      'Ngày khai giảng': vnDate(addDays(opening, 14)),
      'Ngày bế giảng': vnDate(addDays(opening, 14 + 365)),
    },
  ].map((c) => ({
    ...c,
    'Chương trình': 'Trung cấp LLCT',
    'Phương thức': 'Trực tiếp',
    'Cơ sở đào tạo': opts.schoolName,
    'Địa điểm': opts.place,
  }));
  const learners: Record<string, unknown>[] = [];
  for (const c of classes) {
    for (let i = 0; i < 8; i++) {
      const male = rng.next() < 0.55;
      const name = `${rng.pick(FAMILY)} ${rng.pick(male ? MIDDLE_M : MIDDLE_F)} ${rng.pick(male ? GIVEN_M : GIVEN_F)}`;
      const born = `${year - rng.int(33, 50)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
      const row: Record<string, unknown> = {
        'Mã lớp': c['Mã lớp'],
        'Họ và tên': name,
        'Ngày sinh': vnDate(born),
        'Giới tính': male ? 'Nam' : 'Nữ',
        'Ngày vào Đảng': vnDate(`${Number(born.slice(0, 4)) + rng.int(24, 30)}-05-19`),
        'Chức vụ': rng.pick(POSITIONS),
      };
      // One learner of each class breaks a rule, so the class has findings to look at.
      if (i === 0) row['Ngày sinh'] = vnDate(`${year - 24}-03-15`);
      if (i === 1) Object.assign(row, { 'Đảng viên': 'Không', 'Ngày vào Đảng': null });
      if (i === 2 && c['Hình thức'] === 'Không tập trung')
        Object.assign(row, { 'Trình độ LLCT': 'Trung cấp', 'Ngày cấp bằng LLCT': '10/10/2015' });
      learners.push(row);
    }
  }
  return buildWorkbook([
    { name: 'Lớp học', rows: [CLASS_HEADERS, ...classes.map((c) => classRow(c))] },
    { name: 'Học viên', rows: [LEARNER_HEADERS, ...learners.map((l) => learnerRow(l))] },
  ]);
}

export async function importClasses(
  modules: Modules,
  admin: RequestContext,
  rng: Random,
  opts: { prefix: string; schoolName: string; place: string; today: string },
): Promise<void> {
  const data = await trainingWorkbook(rng, opts);
  await modules.training.services.imports.commit(admin, { fileName: `lop-hoc-${opts.prefix}.xlsx`, data });
}
