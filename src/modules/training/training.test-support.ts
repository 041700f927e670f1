/**
 * Builders shared by the training tests, the outsider loader and the benchmark (not used by
 * production code): import workbooks in the template's layout and multipart bodies for inject().
 */
import { randomBytes } from 'node:crypto';
import { CLASS_HEADERS, LEARNER_HEADERS, buildWorkbook, classRow, learnerRow } from '../../compliance/test-support.ts';

export { CLASS_HEADERS, LEARNER_HEADERS, classRow, learnerRow };

export type Row = Record<string, unknown>;

/** A workbook with the sheets "Lớp học" and "Học viên" (headers as in the template). */
export function importWorkbook(classes: Row[], learners: Row[]): Promise<Buffer> {
  return buildWorkbook([
    { name: 'Lớp học', rows: [CLASS_HEADERS, ...classes.map((c) => classRow(c))] },
    { name: 'Học viên', rows: [LEARNER_HEADERS, ...learners.map((l) => learnerRow(l))] },
  ]);
}

/** A multipart/form-data body with one file in field "file", for `app.inject`. */
export function multipart(
  fileName: string,
  data: Buffer,
  contentType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
) {
  const boundary = `----tct${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${contentType}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([head, data, tail]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

const TN = 'Trường Chính trị tỉnh Thái Nguyên';

/**
 * Three Thái Nguyên classes whose learners must trigger known rules:
 * - TN-TC57-KTT: trung cấp không tập trung opened 01/09/2024 (57-QĐ/TW): a man of 29 → L-TC-03;
 *   a learner already holding trung cấp → L-ANY-01; a free-text position → L-TC-06.
 * - TN-TC350-KTT: trung cấp không tập trung opened 15/09/2025 (350-QĐ/TW): a man of 25 → L-TC-04 (blocks);
 *   a non-member → L-TC-01 (blocks).
 * - TN-SC-ONLINE: sơ cấp online at a provincial school (2023) → C-03.
 */
export const SAMPLE_CLASSES: Row[] = [
  {
    'Mã lớp': 'TN-TC57-KTT',
    'Tên lớp': 'Trung cấp LLCT hệ không tập trung K20',
    'Chương trình': 'Trung cấp LLCT',
    'Hình thức': 'Không tập trung',
    'Phương thức': 'Trực tiếp',
    'Cơ sở đào tạo': TN,
    'Ngày khai giảng': '01/09/2024',
    'Ngày bế giảng': '30/06/2025',
  },
  {
    'Mã lớp': 'TN-TC350-KTT',
    'Tên lớp': 'Trung cấp LLCT hệ không tập trung K21',
    'Chương trình': 'Trung cấp LLCT',
    'Hình thức': 'Không tập trung',
    'Phương thức': 'Trực tiếp',
    'Cơ sở đào tạo': TN,
    'Ngày khai giảng': '15/09/2025',
    'Ngày bế giảng': '15/09/2026',
  },
  {
    'Mã lớp': 'TN-SC-ONLINE',
    'Tên lớp': 'Sơ cấp LLCT trực tuyến',
    'Chương trình': 'Sơ cấp LLCT',
    'Hình thức': 'Tập trung',
    'Phương thức': 'Trực tuyến',
    'Cơ sở đào tạo': TN,
    'Ngày khai giảng': '01/03/2023',
    'Ngày bế giảng': '01/05/2023',
  },
];

export const SAMPLE_LEARNERS: Row[] = [
  { 'Mã lớp': 'TN-TC57-KTT', 'Họ và tên': 'Nguyễn Văn Trẻ', 'Ngày sinh': '01/01/1995', 'Giới tính': 'Nam' },
  { 'Mã lớp': 'TN-TC57-KTT', 'Họ và tên': 'Lê Thị Đủ', 'Ngày sinh': '12/05/1980', 'Giới tính': 'Nữ' },
  {
    'Mã lớp': 'TN-TC57-KTT',
    'Họ và tên': 'Trần Văn Bằng',
    'Ngày sinh': '03/03/1978',
    'Giới tính': 'Nam',
    'Trình độ LLCT': 'Trung cấp',
    'Ngày cấp bằng LLCT': '10/10/2015',
  },
  {
    'Mã lớp': 'TN-TC57-KTT',
    'Họ và tên': 'Đỗ Văn Chuyên',
    'Ngày sinh': '03/03/1975',
    'Giới tính': 'Nam',
    'Chức vụ': 'Chuyên viên',
  },
  {
    'Mã lớp': 'TN-TC350-KTT',
    'Họ và tên': 'Phạm Văn Nhỏ',
    'Ngày sinh': '01/01/2000',
    'Giới tính': 'Nam',
    'Ngày vào Đảng': '01/01/2022',
  },
  {
    'Mã lớp': 'TN-TC350-KTT',
    'Họ và tên': 'Hoàng Thị Ngoài',
    'Ngày sinh': '01/01/1985',
    'Giới tính': 'Nữ',
    'Đảng viên': 'Không',
    'Ngày vào Đảng': null,
  },
  { 'Mã lớp': 'TN-TC350-KTT', 'Họ và tên': 'Vũ Thị Chuẩn', 'Ngày sinh': '01/01/1988', 'Giới tính': 'Nữ' },
  {
    'Mã lớp': 'TN-SC-ONLINE',
    'Họ và tên': 'Lò Văn Sơn',
    'Ngày sinh': '01/01/1990',
    'Giới tính': 'Nam',
    'Dân tộc': 'Thái',
    'Chức vụ': null,
  },
];

export function sampleWorkbook(): Promise<Buffer> {
  return importWorkbook(SAMPLE_CLASSES, SAMPLE_LEARNERS);
}
