import { describe, expect, it } from 'vitest';
import { evaluateClass, evaluateClasses } from './evaluate.ts';
import type { Finding } from './findings.ts';
import { summarizeBySchool, summarizeNetwork } from './findings.ts';
import { makeClass, makeLearner, PROVINCIAL, REGIONAL, SECTOR } from './test-support.ts';
import type { ClassInput, LearnerInput } from './types.ts';
import { type ComplianceConfig, parseComplianceConfig } from './config.ts';

function findings(
  cls: Partial<ClassInput>,
  learners: Partial<LearnerInput>[],
  config: ComplianceConfig = {},
): Finding[] {
  return evaluateClass(
    makeClass(cls),
    learners.map((l) => makeLearner(l)),
    config,
  ).findings;
}
const codes = (fs: Finding[]) => fs.map((f) => f.rule);

describe('regime selection', () => {
  const violator = { partyStatus: 'khong' as const, education: 'thcs' as const };
  it('has no rule set before 8/2/2022 and guesses nothing', () => {
    const evaluation = evaluateClass(makeClass({ openingDate: '2022-02-07' }), [makeLearner(violator)]);
    expect(evaluation.regime).toBeNull();
    expect(evaluation.findings).toEqual([]);
    expect(evaluation.notices.map((n) => n.code)).toEqual(['NO_REGIME']);
    expect(evaluation.notices[0]!.message).toContain('Chưa có bộ quy tắc cho ngày khai giảng 07/02/2022');
  });
  it('applies 57-QĐ/TW from 8/2/2022 up to 28/8/2025 and 350-QĐ/TW from 29/8/2025', () => {
    expect(evaluateClass(makeClass({ openingDate: '2022-02-08' }), []).regime).toBe('R57');
    expect(evaluateClass(makeClass({ openingDate: '2025-08-28' }), []).regime).toBe('R57');
    expect(evaluateClass(makeClass({ openingDate: '2025-08-29' }), []).regime).toBe('R350');
  });
  it('switches the part-time age floor on 29/8/2025', () => {
    const man32 = { birthDate: '1993-01-01' };
    const r57 = findings({ mode: 'khong_tap_trung', openingDate: '2025-08-28' }, [man32]);
    expect(codes(r57)).toEqual(['L-TC-03']);
    expect(r57[0]!.regime).toBe('R57');
    expect(findings({ mode: 'khong_tap_trung', openingDate: '2025-08-29' }, [man32])).toEqual([]);
  });
});

describe('part-time age floors (completed years on the opening date)', () => {
  const partTime = (openingDate: string) => ({ mode: 'khong_tap_trung' as const, openingDate });
  it('L-TC-03 (R57): men 35, women 33, birthday on the opening date counts', () => {
    expect(findings(partTime('2024-09-01'), [{ birthDate: '1989-09-01' }])).toEqual([]);
    const [f] = findings(partTime('2024-09-01'), [{ birthDate: '1989-09-02' }]);
    expect(f).toMatchObject({ rule: 'L-TC-03', severity: 'warning', regime: 'R57', scope: 'learner', learnerIndex: 0 });
    expect(f!.values).toMatchObject({ gender: 'nam', age: 34, minimumAge: 35, openingDate: '2024-09-01' });
    expect(f!.message).toBe(
      'Học viên nam 34 tuổi (đủ tuổi tính đến ngày khai giảng 01/09/2024) học hệ không tập trung: dưới 35 tuổi theo Quy định 57-QĐ/TW',
    );
    expect(findings(partTime('2024-09-01'), [{ gender: 'nu', birthDate: '1991-09-01' }])).toEqual([]);
    expect(codes(findings(partTime('2024-09-01'), [{ gender: 'nu', birthDate: '1991-09-02' }]))).toEqual(['L-TC-03']);
  });
  it('does not apply to full-time classes', () => {
    expect(findings({ openingDate: '2024-09-01' }, [{ birthDate: '2000-01-01' }])).toEqual([]);
  });
  it('L-TC-04 (R350): men 30, women 28, blocking', () => {
    expect(findings(partTime('2025-09-01'), [{ birthDate: '1995-09-01' }])).toEqual([]);
    const [f] = findings(partTime('2025-09-01'), [{ birthDate: '1995-09-02' }]);
    expect(f).toMatchObject({ rule: 'L-TC-04', severity: 'blocking', regime: 'R350' });
    expect(f!.message).toContain('dưới 30 tuổi theo Quy định 350-QĐ/TW');
    expect(findings(partTime('2025-09-01'), [{ gender: 'nu', birthDate: '1997-09-01' }])).toEqual([]);
    expect(codes(findings(partTime('2025-09-01'), [{ gender: 'nu', birthDate: '1997-09-02' }]))).toEqual(['L-TC-04']);
  });
  it('L-CC-03 (R57 cao cấp): men 40, women 38', () => {
    const cc = { level: 'cao_cap' as const, mode: 'khong_tap_trung' as const, host: { ...REGIONAL } };
    expect(findings(cc, [{ birthDate: '1984-09-01' }])).toEqual([]);
    expect(codes(findings(cc, [{ birthDate: '1984-09-02' }]))).toEqual(['L-CC-03']);
    expect(findings(cc, [{ gender: 'nu', birthDate: '1986-09-01' }])).toEqual([]);
    expect(codes(findings(cc, [{ gender: 'nu', birthDate: '1986-09-02' }]))).toEqual(['L-CC-03']);
  });
  it('someone born on 29 February completes a year on 1 March in common years', () => {
    const leapling = { birthDate: '1988-02-29' };
    expect(codes(findings(partTime('2023-02-28'), [leapling]))).toEqual(['L-TC-03']);
    expect(findings(partTime('2023-03-01'), [leapling])).toEqual([]);
  });
});

describe('learner standards', () => {
  it('L-SC-01: sơ cấp needs THCS', () => {
    const sc = { level: 'so_cap' as const };
    expect(codes(findings(sc, [{ education: 'tieu_hoc', position: null }]))).toEqual(['L-SC-01']);
    expect(findings(sc, [{ education: 'thcs', position: null }])).toEqual([]);
    expect(findings({ ...sc, openingDate: '2025-09-01' }, [{ education: 'tieu_hoc' }])).toEqual([]);
  });
  it('L-TC-01: party member (probationary or full); warning under 57, blocking under 350', () => {
    expect(findings({}, [{ partyStatus: 'du_bi' }])).toEqual([]);
    const [r57] = findings({}, [{ partyStatus: 'khong', partyJoinDate: null }]);
    expect(r57).toMatchObject({ rule: 'L-TC-01', severity: 'warning', values: { partyStatus: 'khong' } });
    expect(r57!.message).toContain('chưa là đảng viên');
    expect(findings({ openingDate: '2025-09-01' }, [{ partyStatus: 'khong' }])[0]).toMatchObject({
      rule: 'L-TC-01',
      severity: 'blocking',
    });
  });
  it('L-TC-02: cao đẳng, THPT for ethnic-minority cadres under 350 only', () => {
    const r350 = { openingDate: '2025-09-01' };
    expect(findings(r350, [{ education: 'cao_dang' }])).toEqual([]);
    expect(findings(r350, [{ education: 'thpt', ethnicity: 'Kinh' }])[0]).toMatchObject({
      rule: 'L-TC-02',
      severity: 'blocking',
    });
    expect(findings(r350, [{ education: 'thpt', ethnicity: 'Tày' }])).toEqual([]);
    expect(findings(r350, [{ education: 'thcs', ethnicity: 'Tày' }])[0]!.values).toMatchObject({
      minimum: 'thpt',
      ethnicMinorityException: true,
    });
    expect(findings({}, [{ education: 'thpt', ethnicity: 'Tày' }])[0]).toMatchObject({
      rule: 'L-TC-02',
      severity: 'warning',
      regime: 'R57',
    });
  });
  it('L-TC-05 (350 only): HTTNV or better in both years; a missing rating only warns', () => {
    const r350 = { openingDate: '2025-09-01' };
    expect(findings(r350, [{ ratingLastYear: 'HTTNV', ratingYearBefore: 'HTXSNV' }])).toEqual([]);
    const [low] = findings(r350, [{ ratingYearBefore: 'HTNV' }]);
    expect(low).toMatchObject({ rule: 'L-TC-05', severity: 'blocking', values: { ratingYearBefore: 'HTNV' } });
    expect(findings(r350, [{ ratingLastYear: null }])[0]).toMatchObject({ rule: 'L-TC-05', severity: 'warning' });
    expect(findings({ openingDate: '2025-08-28' }, [{ ratingLastYear: 'KHTNV' }])).toEqual([]);
  });
  it('L-TC-06: exact normalised position match passes, otherwise a warning unless planned', () => {
    expect(findings({}, [{ position: 'phó chủ tịch ubnd xa' }])).toEqual([]);
    const [f] = findings({}, [{ position: 'Chuyên viên' }]);
    expect(f).toMatchObject({
      rule: 'L-TC-06',
      severity: 'warning',
      values: { position: 'Chuyên viên', planned: false },
    });
    expect(f!.message).toContain('cần người xác nhận');
    expect(findings({}, [{ position: 'Chuyên viên', planned: true }])).toEqual([]);
    expect(codes(findings({ openingDate: '2025-09-01' }, [{ position: null }]))).toEqual(['L-TC-06']);
    expect(
      findings({}, [{ position: 'Chuyên viên' }], { positionLists: { 'R57-trung-cap': ['Chuyên viên'] } }),
    ).toEqual([]);
  });
  it('L-CC-01/02 apply under 57 only; 350 cao cấp standards are reported unknown', () => {
    const cc = { level: 'cao_cap' as const, host: { ...REGIONAL } };
    expect(codes(findings(cc, [{ partyStatus: 'du_bi', education: 'cao_dang' }]))).toEqual(['L-CC-01', 'L-CC-02']);
    expect(findings(cc, [{}])).toEqual([]);
    const r350 = evaluateClass(makeClass({ ...cc, openingDate: '2025-09-01' }), [
      makeLearner({ partyStatus: 'du_bi', education: 'cao_dang' }),
    ]);
    expect(r350.findings).toEqual([]);
    expect(r350.notices.map((n) => n.code)).toContain('STANDARDS_UNKNOWN');
  });
  it('L-ANY-01: already holds the level (diploma, or certificate before 9/7/2021)', () => {
    expect(codes(findings({}, [{ theoryLevel: 'trung_cap', theoryDocumentDate: '2015-01-01' }]))).toEqual(['L-ANY-01']);
    expect(findings({}, [{ theoryLevel: 'so_cap' }])).toEqual([]);
    expect(codes(findings({ level: 'cao_cap', host: { ...REGIONAL } }, [{ theoryLevel: 'cu_nhan' }]))).toEqual([
      'L-ANY-01',
    ]);
    const certificate = (date: string) => ({
      theoryLevel: 'trung_cap' as const,
      theoryDocumentKind: 'giay_xac_nhan' as const,
      theoryDocumentDate: date,
    });
    expect(codes(findings({}, [certificate('2021-07-08')]))).toEqual(['L-ANY-01']);
    expect(findings({}, [certificate('2021-07-09')])).toEqual([]);
    expect(findings({}, [{ theoryLevel: 'trung_cap', theoryDocumentDate: '2024-09-02' }])).toEqual([]);
    expect(findings({ level: 'boi_duong' }, [{ theoryLevel: 'cao_cap' }])).toEqual([]);
  });
});

describe('class rules', () => {
  it('C-01 (57): trung cấp at a sector school, only from a configured start (no date in the sources)', () => {
    const unconfigured = evaluateClass(makeClass({ host: { ...SECTOR } }), []);
    expect(unconfigured.findings).toEqual([]);
    expect(unconfigured.notices.map((n) => n.message).join(' ')).toMatch(
      /chưa cấu hình ngày bắt đầu nên không kiểm tra C-01/,
    );
    const config: ComplianceConfig = { c01EffectiveFrom: '2022-06-01' };
    const [f] = findings({ host: { ...SECTOR } }, [], config);
    expect(f).toMatchObject({
      rule: 'C-01',
      scope: 'class',
      severity: 'warning',
      values: { hostKind: 'sector_school' },
    });
    expect(f!.source.article).toMatch(/01\/06\/2022 \[\?\]/);
    expect(f!.learnerIndex).toBeUndefined();
    expect(findings({ host: { ...SECTOR }, openingDate: '2022-05-31' }, [], config)).toEqual([]);
    expect(findings({ host: { ...PROVINCIAL } }, [], config)).toEqual([]);
    expect(findings({ host: { ...SECTOR }, openingDate: '2025-09-01' }, [], config)).toEqual([]);
  });
  it('C-02 (57): cao cấp outside the Academy system unless hosted with it', () => {
    expect(codes(findings({ level: 'cao_cap' }, []))).toEqual(['C-02']);
    expect(findings({ level: 'cao_cap', partnerName: 'HV KV I', partner: { ...REGIONAL } }, [])).toEqual([]);
    expect(findings({ level: 'cao_cap', host: { ...REGIONAL } }, [])).toEqual([]);
    expect(codes(findings({ level: 'cao_cap', host: { ...SECTOR }, partner: { ...REGIONAL } }, []))).toEqual(['C-02']);
  });
  it("C-03: online classes from 31/5/2022, in the letter's scope only", () => {
    const online = { delivery: 'truc_tuyen' as const, level: 'so_cap' as const };
    expect(findings({ ...online, openingDate: '2022-05-30' }, [])).toEqual([]);
    const [f] = findings({ ...online, openingDate: '2022-05-31' }, []);
    expect(f).toMatchObject({
      rule: 'C-03',
      severity: 'warning',
      source: { document: 'Công văn 2174-CV/HVCTQG ngày 31/5/2022' },
    });
    expect(findings({ ...online, delivery: 'ket_hop', openingDate: '2022-06-01' }, [])).toEqual([]);
    expect(findings({ ...online, host: { ...SECTOR }, openingDate: '2022-06-01' }, [])).toEqual([]);
    expect(codes(findings({ delivery: 'truc_tuyen', host: { ...SECTOR }, openingDate: '2022-06-01' }, []))).toEqual([
      'C-03',
    ]);
    expect(codes(findings({ ...online, openingDate: '2026-01-01' }, []))).toEqual(['C-03']);
  });
  it('C-04: nothing without a configured limit; the result says so', () => {
    const three = [{}, {}, {}];
    const unconfigured = evaluateClass(
      makeClass(),
      three.map(() => makeLearner()),
    );
    expect(unconfigured.findings).toEqual([]);
    expect(unconfigured.classSize).toEqual({ enrolled: 3, limit: null, configured: false });
    expect(unconfigured.notices.map((n) => n.code)).toContain('CLASS_SIZE_UNCONFIGURED');
    const config: ComplianceConfig = { classSizeLimits: [{ level: 'trung_cap', mode: 'tap_trung', max: 2 }] };
    const [f] = findings({}, three, config);
    expect(f).toMatchObject({ rule: 'C-04', scope: 'class', values: { enrolled: 3, limit: 2 } });
    expect(findings({}, [{}, {}], config)).toEqual([]);
    expect(findings({ mode: 'khong_tap_trung' }, three, config)).toEqual([]);
  });
});

describe('batch and summaries', () => {
  it('evaluates several classes and summarises by school and network', () => {
    const evaluations = evaluateClasses(
      [
        { cls: makeClass({ code: 'A' }), learners: [makeLearner({ partyStatus: 'khong' }), makeLearner()] },
        { cls: makeClass({ code: 'B', host: { ...SECTOR } }), learners: [] },
        { cls: makeClass({ code: 'C', openingDate: '2021-01-01' }), learners: [makeLearner({ partyStatus: 'khong' })] },
      ],
      { c01EffectiveFrom: '2022-02-08' },
    );
    expect(evaluations.map((e) => e.findings.length)).toEqual([1, 1, 0]);
    const network = summarizeNetwork(evaluations);
    expect(network).toMatchObject({
      classes: 3,
      classesWithoutRegime: 1,
      classesWithFindings: 2,
      learnersWithFindings: 1,
    });
    expect(network.findings.byRule).toEqual({ 'L-TC-01': 1, 'C-01': 1 });
    expect(summarizeBySchool(evaluations).get(SECTOR.code)?.findings.warning).toBe(1);
  });
});

describe('uncertain dates (issue 11.4)', () => {
  const partTime = (openingDate: string) => ({ mode: 'khong_tap_trung' as const, openingDate });
  it('cites 350-QĐ/TW with its effective date marked [?], blocking findings included', () => {
    const [f] = findings(partTime('2025-09-01'), [{ birthDate: '1995-09-02' }]);
    expect(f!.severity).toBe('blocking');
    expect(f!.message).toContain('theo Quy định 350-QĐ/TW (hiệu lực từ 29/08/2025 [?])');
    expect(f!.source.article).toContain('[?]');
    const evaluation = evaluateClass(makeClass(partTime('2025-09-01')), []);
    expect(evaluation.notices.map((n) => n.message).join(' ')).toMatch(
      /Ngày có hiệu lực của Quy định 350-QĐ\/TW.*chưa tìm được.*29\/08\/2025 \[\?\]/,
    );
  });
  it('takes a configured 350 effective date: 57 applies until the day before', () => {
    const config: ComplianceConfig = { r350EffectiveFrom: '2025-10-01' };
    const young = [{ birthDate: '1992-09-02' }]; // 33 on 1/9/2025: under 57's 35, over 350's 30
    expect(codes(findings(partTime('2025-09-15'), young, config))).toEqual(['L-TC-03']);
    expect(findings(partTime('2025-09-15'), young)).toEqual([]);
    const [f] = findings(partTime('2025-10-01'), [{ birthDate: '1995-10-02' }], config);
    expect(f).toMatchObject({ rule: 'L-TC-04', regime: 'R350' });
    expect(f!.message).toContain('hiệu lực từ 01/10/2025 [?]');
  });
  it('refuses a malformed date in the configuration file', () => {
    expect(parseComplianceConfig({ r350EffectiveFrom: '29/8/2025' }).errors).toHaveLength(1);
    expect(parseComplianceConfig({ c01EffectiveFrom: '2022-06-01' }).config.c01EffectiveFrom).toBe('2022-06-01');
  });
});
