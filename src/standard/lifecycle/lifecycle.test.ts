import { Value } from '@sinclair/typebox/value';
import { describe, expect, it } from 'vitest';
import { checkStep } from './check.ts';
import { answerFromDossier, recordsFromAnswer } from './directive-answer.ts';
import { stateOn } from './state.ts';
import { type StepData, type StepKind, type StepRecord, StepRecordSchema } from './steps.ts';
import { missingSteps } from './transitions.ts';

const SCHOOL = { actor: 'school' as const, today: '2026-06-30' };
const ACADEMY = { actor: 'academy' as const, today: '2026-06-30' };

function rec<K extends StepKind>(
  kind: K,
  date: string,
  data: StepData<K>,
  recordedBy: 'school' | 'academy' = 'school',
) {
  return { kind, date, recordedBy, documents: [], note: null, data } as unknown as StepRecord;
}
const approved = (date = '2021-06-01') =>
  rec('project_approved', date, {
    decisionNumber: '12-QĐ/TU',
    approvedBy: 'Ban Thường vụ Tỉnh ủy',
    periodFrom: 2021,
    periodTo: 2025,
    targetLevel: 1,
    targetYear: 2022,
  });
const registered = (date = '2021-09-01', targetYear = 2022, level: 1 | 2 = 1) =>
  rec('registration', date, { targetYear, level, reference: null });
const selfAssessment = (date: string, round: number, purpose: 'progress' | 'application') =>
  rec('self_assessment', date, { round, purpose, catalogueVersionId: 'v1', assessmentId: null, progressLine: null });
const survey = (date: string) =>
  rec(
    'survey_visit',
    date,
    { leader: 'Phó Giám đốc', members: [], findings: [{ code: '2.01', status: 'dat' }], reportReference: null },
    'academy',
  );
const council = (date: string, result: 'de_nghi_cong_nhan' | 'chua_de_nghi' = 'de_nghi_cong_nhan', level: 1 | 2 = 1) =>
  rec(
    'appraisal_council',
    date,
    { chair: 'Giám đốc Học viện', members: ['A', 'B'], level, result, vote: null },
    'academy',
  );
const recognition = (date: string, level: 1 | 2 = 1) =>
  rec('recognition', date, { decisionNumber: '1234-QĐ/HVCTQG', level, signer: null }, 'academy');

/** Applies records one by one through checkStep, failing loudly on the first refusal. */
function build(records: StepRecord[]) {
  let state = stateOn([]);
  for (const r of records) {
    const result = checkStep(state, r, r.recordedBy === 'school' ? SCHOOL : ACADEMY);
    if (!result.ok) throw new Error(`${r.kind}: ${result.message}`);
    state = result.state;
  }
  return state;
}

const path = [
  approved(),
  rec('steering_committee', '2021-07-01', { decisionNumber: null, chair: 'Phó Bí thư Thường trực', members: [] }),
  registered(),
  selfAssessment('2022-03-01', 1, 'progress'),
  selfAssessment('2022-06-01', 2, 'application'),
  survey('2022-08-01'),
  council('2022-10-01'),
  recognition('2022-10-20'),
  rec('certificate_handover', '2022-11-16', { place: null, presenter: null }, 'academy'),
];

describe('dossier lifecycle', () => {
  it('walks the whole path from project to certificate, and every record matches its schema', () => {
    expect(path.every((r) => Value.Check(StepRecordSchema, r))).toBe(true);
    const state = build(path);
    expect(state).toMatchObject({ stage: 'recognised', level: 1 });
    expect(state.certificate?.date).toBe('2022-11-16');
    expect(state.selfAssessments).toHaveLength(2);
  });

  it('gives the state on any date', () => {
    expect(stateOn(path, '2021-12-31').stage).toBe('registered');
    expect(stateOn(path, '2022-06-01').stage).toBe('applied');
    expect(stateOn(path, '2022-10-19').stage).toBe('appraised');
    expect(stateOn(path, '2020-01-01').stage).toBe('none');
  });

  it('names the missing steps when a step comes too early', () => {
    const result = checkStep([approved()], recognition('2022-01-01'), ACADEMY);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toBe(
      'Chưa thể ghi "Quyết định công nhận" khi hồ sơ đang ở giai đoạn "Đề án đã được phê duyệt". ' +
        'Còn thiếu: Đăng ký đạt chuẩn → Tự đánh giá → Đoàn khảo sát của Học viện → Hội đồng thẩm định',
    );
    const none = checkStep([], registered(), SCHOOL);
    expect(!none.ok && none.message).toMatch(/Còn thiếu: Ban Thường vụ phê duyệt đề án$/);
  });

  it('keeps school and Academy steps apart', () => {
    const bySchool = checkStep(path.slice(0, 5), { ...survey('2022-08-01'), recordedBy: 'school' }, SCHOOL);
    expect(!bySchool.ok && bySchool.message).toBe('Bước "Đoàn khảo sát của Học viện" do Học viện ghi');
  });

  it('refuses bad fields, dates out of order or in the future, and wrong round numbers', () => {
    const blank = { ...approved(), data: { ...(approved().data as object), decisionNumber: '', periodFrom: 'x' } };
    const missing = checkStep([], blank, SCHOOL);
    expect(!missing.ok && missing.message).toBe('Thiếu hoặc sai: số quyết định, năm bắt đầu giai đoạn');
    const early = checkStep(path.slice(0, 3), selfAssessment('2021-08-01', 1, 'progress'), SCHOOL);
    expect(!early.ok && early.message).toBe(
      'Ngày 01/08/2021 trước bước trước đó ("Đăng ký đạt chuẩn" ngày 01/09/2021)',
    );
    const future = checkStep(path.slice(0, 3), selfAssessment('2027-01-01', 1, 'progress'), SCHOOL);
    expect(!future.ok && future.message).toBe('Ngày 01/01/2027 ở tương lai');
    const round = checkStep(path.slice(0, 4), selfAssessment('2022-06-01', 3, 'application'), SCHOOL);
    expect(!round.ok && round.message).toBe('Lần tự đánh giá tiếp theo là lần 2, không phải lần 3');
    const past = checkStep([approved()], registered('2023-01-01', 2022), SCHOOL);
    expect(!past.ok && past.message).toMatch(/Năm đăng ký đạt chuẩn 2022 đã qua/);
  });

  it('a council that does not recommend sends the school back to apply again', () => {
    const state = build([...path.slice(0, 6), council('2022-10-01', 'chua_de_nghi')]);
    expect(state.stage).toBe('registered');
    const again = checkStep(state, recognition('2022-10-20'), ACADEMY);
    expect(again.ok).toBe(false);
    expect(checkStep(state, selfAssessment('2023-03-01', 3, 'application'), SCHOOL).ok).toBe(true);
  });

  it('checks levels: mức 2 only after mức 1, and decisions match the council', () => {
    const recognised = build(path);
    const same = checkStep(recognised, registered('2023-01-01', 2025, 1), SCHOOL);
    expect(!same.ok && same.message).toMatch(/mức đăng ký phải cao hơn mức đã được công nhận/);
    const level2 = build([
      ...path,
      registered('2023-01-01', 2025, 2),
      selfAssessment('2025-01-01', 3, 'application'),
      survey('2025-03-01'),
    ]);
    const mismatch = checkStep(level2, council('2025-05-01', 'de_nghi_cong_nhan', 1), ACADEMY);
    expect(!mismatch.ok && mismatch.message).toMatch(/mức chuẩn của Hội đồng phải trùng mức đã đăng ký/);
    const twice = checkStep(
      recognised,
      rec('certificate_handover', '2022-12-01', { place: null, presenter: null }, 'academy'),
      ACADEMY,
    );
    expect(twice.ok).toBe(false);
  });

  it('a merged school starts without a level of its own and needs its own appraisal', () => {
    const merger = rec(
      'merger',
      '2025-07-01',
      { predecessorCodes: ['TCT-2004-25', 'TCT-2004-26', 'TCT-2004-17'] },
      'academy',
    );
    const state = build([merger]);
    expect(state).toMatchObject({ stage: 'merged', level: null });
    expect(checkStep(state, registered('2025-08-01', 2026), SCHOOL).ok).toBe(true);
    const late = checkStep([approved()], { ...merger, date: '2025-07-01' }, ACADEMY);
    expect(!late.ok && late.message).toBe('Hợp nhất chỉ ghi được là bản ghi đầu tiên của hồ sơ trường mới');
  });

  it('folds historical records with gaps: a recognition alone shows the school recognised', () => {
    expect(stateOn([recognition('2022-11-16')])).toMatchObject({ stage: 'recognised', level: 1 });
    expect(missingSteps('recognised', ['recognised'])).toEqual([]);
  });
});

describe('directive answer of letter 2174, item 1', () => {
  it('reads the answer from the dossier', () => {
    expect(answerFromDossier(stateOn([])).answer).toEqual({ stage: 'not_started' });
    expect(answerFromDossier(stateOn(path.slice(0, 1))).answer).toEqual({
      stage: 'approved',
      approvalDate: '2021-06-01',
      decisionNumber: '12-QĐ/TU',
    });
    expect(answerFromDossier(stateOn(path)).answer).toMatchObject({ stage: 'registered', targetYear: 2022 });
    const gap = answerFromDossier(stateOn([recognition('2022-11-16')]));
    expect(gap.answer.stage).toBe('registered');
    expect(gap.incomplete).toEqual(['quyết định phê duyệt đề án (số, ngày)', 'năm đăng ký đạt chuẩn']);
  });

  it('turns an answer into the dossier records it adds, and nothing when they are there', () => {
    const ctx = { state: stateOn([]), answeredOn: '2022-06-15', today: '2022-06-30', actor: 'school' as const };
    const result = recordsFromAnswer(
      { stage: 'registered', approvalDate: '2021-06-01', decisionNumber: '12-QĐ/TU', targetYear: 2022 },
      ctx,
    );
    expect(result.ok && result.records.map((r) => [r.kind, r.date])).toEqual([
      ['project_approved', '2021-06-01'],
      ['registration', '2022-06-15'],
    ]);
    const state = stateOn(result.ok ? result.records : []);
    expect(answerFromDossier(state).answer).toEqual({
      stage: 'registered',
      approvalDate: '2021-06-01',
      decisionNumber: '12-QĐ/TU',
      targetYear: 2022,
    });
    const again = recordsFromAnswer(answerFromDossier(state).answer, { ...ctx, state });
    expect(again).toEqual({ ok: true, records: [] });
  });

  it('refuses an answer that goes backwards or contradicts the recorded decision', () => {
    const state = stateOn(path.slice(0, 3));
    const ctx = { state, answeredOn: '2022-06-15', today: '2022-06-30', actor: 'school' as const };
    const back = recordsFromAnswer({ stage: 'drafting' }, ctx);
    expect(!back.ok && back.message).toMatch(/đang ở giai đoạn "Đã đăng ký đạt chuẩn"; không thể trả lời lùi/);
    const other = recordsFromAnswer(
      { stage: 'registered', approvalDate: '2021-06-02', decisionNumber: '13-QĐ/TU', targetYear: 2022 },
      ctx,
    );
    expect(!other.ok && other.message).toMatch(/đã có quyết định phê duyệt đề án số 12-QĐ\/TU ngày 01\/06\/2021/);
    const drafting = recordsFromAnswer({ stage: 'drafting' }, { ...ctx, state: stateOn([]) });
    expect(drafting.ok && drafting.records.map((r) => r.kind)).toEqual(['project_drafting']);
  });
});
