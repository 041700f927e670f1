/**
 * Demo dossiers for the seed: the known facts (./facts.ts), merger records, and the illustrative
 * approvals and registrations that make the network show letter 2174's picture on its date.
 */
import { addDays } from '../../lib/dates.ts';
import type { StepKind, StepRecord } from '../lifecycle/steps.ts';
import { DATE_UNKNOWN, KNOWN_FACTS, project, record } from './facts.ts';

/** Letter 2174-CV/HVCTQG, item 1: the picture the dossiers must reproduce on the letter's date [C]. */
export const LETTER_2174_PICTURE = {
  date: '2022-05-31',
  projectApproved: 26,
  schools: 63,
  registeredYear: 2022,
  registered: 3,
  source:
    'Công văn 2174-CV/HVCTQG ngày 31/5/2022, mục 1 ("26/63 trường đã được phê duyệt đề án; 3 trường đăng ký đạt chuẩn năm 2022")',
} as const;

/** The schools the letter counted are not named: these three were recognised first, so they stand in [?]. */
const REGISTERED_2022 = ['TCT-2004-10', 'TCT-2004-40', 'TCT-2004-26'];

export type DemoSchool = {
  code: string;
  kind: string;
  validFrom: string | null;
  validTo: string | null;
  predecessorCodes: readonly string[];
};

/**
 * Dossiers for the demo: the known facts, a merger record for every school formed on 1/7/2025, and
 * illustrative project approvals and registrations so that on 31/5/2022 the network shows letter 2174's
 * 26/63 approved and 3 registered for 2022. Schools recognised by 2024 are taken as approved before the
 * letter; the rest of the 26 are chosen evenly across the list. All of these are marked illustrative.
 */
export function buildDemoDossiers(schools: readonly DemoSchool[]): { schoolCode: string; records: StepRecord[] }[] {
  const records = new Map<string, StepRecord[]>();
  const push = (code: string, r: StepRecord) => records.set(code, [...(records.get(code) ?? []), r]);
  for (const fact of KNOWN_FACTS) push(fact.schoolCode, fact.record);
  for (const s of schools)
    if (s.predecessorCodes.length > 0 && s.validFrom)
      push(
        s.code,
        record(
          'merger',
          s.validFrom,
          { predecessorCodes: [...s.predecessorCodes] },
          'Trường hình thành khi sắp xếp tỉnh từ 1/7/2025; cần thẩm định lại để được công nhận (Phú Thọ được thẩm định lại [S/?]).',
        ),
      );

  const letter = LETTER_2174_PICTURE;
  const valid = schools
    .filter(
      (s) =>
        s.kind === 'provincial_school' &&
        (s.validFrom === null || s.validFrom <= letter.date) &&
        (s.validTo === null || s.validTo >= letter.date),
    )
    .map((s) => s.code)
    .sort();
  const has = (code: string, kind: StepKind, test: (r: StepRecord) => boolean = () => true) =>
    (records.get(code) ?? []).some((r) => r.kind === kind && test(r));
  const approvedBy = (code: string) => has(code, 'project_approved', (r) => r.date <= letter.date);
  const approvedLater = (code: string) => has(code, 'project_approved', (r) => r.date > letter.date);
  const recognisedEarly = valid.filter(
    (c) => !approvedBy(c) && !approvedLater(c) && has(c, 'recognition', (r) => r.date <= '2024-12-31'),
  );
  const approved = new Set(valid.filter(approvedBy));
  const stand = (code: string, index: number, why: string) => {
    push(
      code,
      project(
        addDays('2021-06-01', index * 13),
        {},
        `${why} Công văn 2174 chỉ cho biết 26/63 trường đã được phê duyệt đề án đến 31/5/2022; ngày và số quyết định chưa biết.`,
        true,
      ),
    );
    approved.add(code);
  };
  let index = 0;
  for (const code of recognisedEarly)
    if (approved.size < letter.projectApproved)
      stand(code, index++, 'Trường được công nhận sớm nên hẳn đã có đề án trước công văn 2174 [?].');
  const rest = valid.filter((c) => !approved.has(c) && !approvedLater(c));
  const needed = letter.projectApproved - approved.size;
  for (let i = 0; i < needed && rest.length > 0; i++)
    stand(rest[Math.floor((i * rest.length) / needed)]!, index++, 'Trường chọn minh họa.');
  for (const code of REGISTERED_2022)
    push(
      code,
      record(
        'registration',
        '2022-01-15',
        { targetYear: letter.registeredYear, level: 1, reference: null },
        `Một trong 3 trường đăng ký đạt chuẩn năm 2022 theo Công văn 2174 (trường cụ thể là suy luận [?]: được công nhận đầu tiên). ${DATE_UNKNOWN}`,
        { illustrative: true },
      ),
    );
  return [...records].map(([schoolCode, list]) => ({
    schoolCode,
    records: list.sort((a, b) => a.date.localeCompare(b.date)),
  }));
}
