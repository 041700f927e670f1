import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { assess } from '../assessment/evaluate.ts';
import type { IndicatorEntry } from '../assessment/types.ts';
import { PROVISIONAL_CATALOGUE } from '../catalogue/provisional.ts';
import type { StaffMember } from '../roster/types.ts';
import { buildEvidenceListXlsx } from './evidence-xlsx.ts';
import { buildSelfAssessmentReportDocx, INDICATOR_TABLE_HEADERS } from './report-docx.ts';

const lecturer: StaffMember = {
  fullName: 'Nguyễn Văn An',
  staffCode: null,
  birthYear: 1975,
  gender: 'nam',
  kind: 'giang_vien',
  position: null,
  unit: null,
  education: 'tien_si',
  academicTitle: null,
  theoryLevel: 'cao_cap',
  grade: 'giang_vien_chinh',
  classicsCertificate: true,
  employment: 'bien_che',
};
const ev = (code: string, title: string) => ({
  code,
  title,
  reference: '12-QĐ/TCT, 01/02/2024',
  issuer: 'Trường',
  fileId: null,
  note: null,
});
const entries: IndicatorEntry[] = [
  {
    code: '2.01',
    value: null,
    status: null,
    comment: null,
    evidence: [ev('H2.01.01.02', 'Danh sách giảng viên'), ev('H2.01.01.01', 'Đề án vị trí việc làm')],
  },
  {
    code: '4.01',
    value: 21,
    status: 'vuot_chuan',
    comment: 'Vượt so với kế hoạch',
    evidence: [ev('H4.01.01.01', 'Quyết định nghiệm thu đề tài')],
  },
  {
    code: '4.02',
    value: 4,
    status: 'dat',
    comment: null,
    evidence: [ev('H4.01.01.01', 'Quyết định nghiệm thu đề tài')],
  },
];
const result = assess({
  catalogue: PROVISIONAL_CATALOGUE,
  targetLevel: 1,
  filingDate: '2026-03-01',
  roster: [
    lecturer,
    { ...lecturer, fullName: 'Trần Thị Bình', kind: 'khac' },
    { ...lecturer, fullName: 'Lê Văn Cường' },
    { ...lecturer, fullName: 'Phạm Thị Dung' },
  ],
  entries,
});

const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** Paragraph texts of word/document.xml, runs joined: enough to find what a reader sees. */
async function docxParagraphs(buffer: Buffer): Promise<{ xml: string; paragraphs: string[] }> {
  const xml = await (await JSZip.loadAsync(buffer)).file('word/document.xml')!.async('string');
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
    [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decode(t[1]!)).join(''),
  );
  return { xml, paragraphs };
}

describe('self-assessment report (DOCX)', () => {
  it('opens and has the Party heading, the title, a section per criterion and the indicator table', async () => {
    const buffer = await buildSelfAssessmentReportDocx(
      {
        parentCommittee: 'Tỉnh ủy Thái Nguyên',
        schoolName: 'Trường Chính trị tỉnh Thái Nguyên',
        place: 'Thái Nguyên',
        date: '2026-03-01',
      },
      PROVISIONAL_CATALOGUE,
      result,
    );
    const { xml, paragraphs } = await docxParagraphs(buffer);
    for (const line of [
      'TỈNH ỦY THÁI NGUYÊN',
      'TRƯỜNG CHÍNH TRỊ TỈNH THÁI NGUYÊN',
      '*',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'BÁO CÁO TỰ ĐÁNH GIÁ',
    ])
      expect(paragraphs).toContain(line);
    expect(paragraphs).toContain('Thái Nguyên, ngày 01 tháng 03 năm 2026');
    expect(paragraphs.some((p) => /^Số\s+-BC\/TCT$/.test(p))).toBe(true);
    expect(paragraphs).toContain('1. Tiêu chí 1: Thể chế, quy định');
    expect(paragraphs).toContain(
      'Kết quả tự đánh giá: 3/55 đạt, 1 vượt chuẩn, 0 chưa đạt, 11 chưa đánh giá, 41 chưa có trong danh mục.',
    );
    // The indicator table: its header row, then one row per indicator with the computed value and evidence codes.
    expect((xml.match(/<w:tbl>/g) ?? []).length).toBeGreaterThanOrEqual(1 + 5 + 1);
    const start = paragraphs.indexOf('Mã');
    expect(paragraphs.slice(start, start + INDICATOR_TABLE_HEADERS.length)).toEqual(INDICATOR_TABLE_HEADERS);
    const row = paragraphs.indexOf('2.01');
    expect(paragraphs.slice(row, row + 7)).toEqual([
      '2.01',
      'Tỷ lệ giảng viên trên tổng số cán bộ, viên chức của trường (Chưa xác minh)',
      '%',
      '≥ 75%',
      '75% (TCT tính)',
      'Đạt',
      'H2.01.01.02, H2.01.01.01',
    ]);
    expect(paragraphs).toContain(
      'Chỉ tiêu 2.01 — cách tính: Số người có đối tượng "Giảng viên" ÷ tổng số người trong danh sách cán bộ, viên chức × 100: 3 ÷ 4 × 100 = 75%.',
    );
    expect(paragraphs).toContain('- Chỉ tiêu 2.02 chưa được đánh giá.');
  });

  it('leaves the date and number blank for the clerk when none is given', async () => {
    const buffer = await buildSelfAssessmentReportDocx(
      { parentCommittee: 'Thành ủy Hà Nội', schoolName: 'Trường Đào tạo cán bộ Lê Hồng Phong', place: 'Hà Nội' },
      PROVISIONAL_CATALOGUE,
      result,
    );
    const { paragraphs } = await docxParagraphs(buffer);
    expect(paragraphs).toContain('Hà Nội, ngày … tháng … năm …');
  });
});

describe('evidence list (XLSX)', () => {
  it('groups evidence by criterion and indicator in code order and marks shared evidence', async () => {
    const buffer = await buildEvidenceListXlsx('Trường Chính trị tỉnh Thái Nguyên', PROVISIONAL_CATALOGUE, result);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Danh mục minh chứng')!;
    const rows: unknown[][] = [];
    // eachRow skips the blank row under the titles.
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    // Merged title cells read back with the title in every cell of the merge.
    expect(rows[0]![0]).toBe('DANH MỤC MINH CHỨNG');
    expect(rows[3]).toEqual(['TT', 'Mã minh chứng', 'Tên minh chứng', 'Số, ngày ban hành', 'Nơi ban hành', 'Ghi chú']);
    const codes = rows.filter((r) => typeof r[0] === 'number').map((r) => [r[0], r[1], r[5] ?? null]);
    expect(codes).toEqual([
      [1, 'H2.01.01.01', null],
      [2, 'H2.01.01.02', null],
      [3, 'H4.01.01.01', null],
      [4, 'H4.01.01.01', 'Dùng chung (chỉ tiêu 4.01)'],
    ]);
    expect(rows.some((r) => r[0] === 'Chỉ tiêu 4.02: Số đề tài nghiên cứu khoa học cấp tỉnh')).toBe(true);
    expect(rows.some((r) => r[0] === 'Tiêu chí 1: Thể chế, quy định')).toBe(false); // no indicators listed
  });
});
