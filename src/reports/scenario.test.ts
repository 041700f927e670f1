/**
 * The "done when" path, on the engine alone: the Academy designs a quarterly regime from XLSX, a
 * school's report opens pre-filled from its classes, fails validation, is corrected, approved, sent
 * (hash kept), returned, corrected and accepted; the matrix shows it on time (first sending) and the
 * aggregate includes it. The module adds storage, scoping, audit, numbering and delivery around this.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  aggregateCell,
  aggregateFigures,
  buildDesignWorkbook,
  checkTransition,
  contentHash,
  findPeriod,
  parseDesignWorkbook,
  prefillReport,
  type ReportAction,
  type ReportContent,
  type ReportEvent,
  type ReportState,
  setFigure,
  setNarrative,
  type TransitionInput,
  timelinessMatrix,
  timelinessOf,
  validateReport,
} from './index.ts';
import { sampleSchool } from './test-support.ts';

const KIND = 'provincial_school';
const SCHOOL = {
  code: 'TCT-2004-19',
  name: 'Trường Chính trị tỉnh Thái Nguyên',
  kind: KIND,
  validFrom: null,
  validTo: null,
};

describe('a quarterly report from design to acceptance', () => {
  it('runs the whole loop', async () => {
    // 1. The Academy designs its own regime from the template: new code, one extra rule.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await buildDesignWorkbook()) as unknown as ArrayBuffer);
    const regimeSheet = workbook.getWorksheet('Chế độ báo cáo')!;
    regimeSheet.getCell('B2').value = 'BC_QUY_HV';
    regimeSheet.getCell('B6').value = 'Báo cáo quý về đào tạo (Học viện ban hành)';
    workbook
      .getWorksheet('Quy tắc kiểm tra')!
      .addRow(['HV_01', '#{B01.TONG.dang}', '≤', '50', 'Lỗi', 'Một trường không thể có quá 50 lớp đang học']);
    const design = await parseDesignWorkbook(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(design.errors).toEqual([]);
    const version = design.version!;
    expect([version.code, version.rules.length]).toEqual(['BC_QUY_HV', 7]);

    // 2. The school's Q1/2025 report opens pre-filled from its classes.
    const period = findPeriod(version, '2025-Q1')!;
    let content: ReportContent = prefillReport(version, period, SCHOOL, sampleSchool()).content;
    expect(content.figures.B01!.TONG!.hv_be!.value).toBe(105);

    // 3. It fails validation: the narrative is empty and more graduates than learners finishing.
    const graduates = (n: number) => {
      for (const row of ['CC', 'TONG'])
        content = setFigure(content, version, KIND, { form: 'B01', row, column: 'tot_nghiep' }, n);
    };
    graduates(60);
    let check = validateReport(version, content, KIND);
    expect(check.errors.map((e) => e.code)).toEqual(['NARRATIVE', 'B01_TOT_NGHIEP']);
    const events: ReportEvent[] = [];
    let state: ReportState = 'draft';
    let revision = 1;
    let approvedHash: string | null = null;
    const act = (
      action: ReportAction,
      actor: TransitionInput['actor'],
      at: string,
      extra: Partial<TransitionInput> = {},
    ) => {
      const result = checkTransition(action, { state, actor, ...extra });
      if (!result.ok) return result.message;
      state = result.transition.to;
      if (result.transition.effects.includes('new_revision')) revision++;
      events.push({ revision, action, at });
      return null;
    };
    const staff = { role: 'staff' as const, side: 'school' as const };
    const leader = { role: 'leader' as const, side: 'school' as const };
    const academy = { role: 'academy_staff' as const, side: 'academy' as const };
    expect(act('submit', staff, '2025-03-16T02:00:00Z', { validation: check })).toMatch(/^Báo cáo còn 2 lỗi/);

    // 4. Corrected, submitted, approved (hash recorded), sent (hash unchanged) before the 20/3 deadline.
    graduates(48);
    content = setNarrative(content, version, '1', 'Quý I/2025 trường khai giảng 2 lớp, bế giảng 3 lớp.');
    check = validateReport(version, content, KIND);
    expect(check.ok).toBe(true);
    expect(act('submit', staff, '2025-03-17T02:00:00Z', { validation: check })).toBeNull();
    expect(act('approve', leader, '2025-03-18T02:00:00Z', { validation: check })).toBeNull();
    approvedHash = contentHash(content);
    expect(act('send', leader, '2025-03-19T09:00:00Z', { contentHash: contentHash(content), approvedHash })).toBeNull();
    const sentHash = contentHash(content);

    // 5. The Academy returns it; the school corrects it as revision 2 and sends again, after the deadline.
    expect(act('return', academy, '2025-03-21T02:00:00Z', { comment: 'Bổ sung lớp bồi dưỡng trực tuyến' })).toBeNull();
    expect(act('correct', staff, '2025-03-22T02:00:00Z')).toBeNull();
    expect([state, revision]).toEqual(['draft', 2]);
    content = setNarrative(content, version, '2', 'Có 1 lớp bồi dưỡng trực tuyến đang học.');
    check = validateReport(version, content, KIND);
    expect(act('submit', staff, '2025-03-23T02:00:00Z', { validation: check })).toBeNull();
    expect(act('approve', leader, '2025-03-23T03:00:00Z', { validation: check })).toBeNull();
    approvedHash = contentHash(content);
    expect(contentHash(content)).not.toBe(sentHash);
    expect(act('send', leader, '2025-03-24T02:00:00Z', { contentHash: contentHash(content), approvedHash })).toBeNull();
    expect(act('accept', academy, '2025-03-25T02:00:00Z')).toBeNull();
    expect(state).toBe('accepted');

    // 6. On time by the first sending; the matrix says so and the aggregate includes the report.
    expect(timelinessOf(events, period.deadline)).toEqual({ firstSentOn: '2025-03-19', onTime: true, daysLate: 0 });
    const firstSentAt = events.find((e) => e.action === 'send')!.at;
    const matrix = timelinessMatrix({
      periods: [{ version, period }],
      schools: [SCHOOL],
      submissions: [
        {
          regimeCode: version.code,
          periodCode: period.code,
          organisationCode: SCHOOL.code,
          firstSentAt,
          state,
          revision,
        },
      ],
      asOf: '2025-04-01',
    });
    expect(matrix.schools[0]!.cells[0]).toMatchObject({ status: 'on_time', state: 'accepted', revision: 2 });
    expect(matrix.columns[0]).toMatchObject({ reportingRate: 1, onTimeRate: 1 });
    const aggregate = aggregateFigures(version, period.code, [{ school: SCHOOL, content }]);
    expect(aggregateCell(aggregate, 'B01', 'CC', 'tot_nghiep')).toMatchObject({ value: 48, n: 1 });
  });
});
