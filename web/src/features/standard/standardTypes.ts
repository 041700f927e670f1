/** Standard political school: response aliases from the generated API types and the step forms as data. */
import type { ApiResponse } from '../../api/types.ts';

export type Dossier = ApiResponse<'/api/standard/schools/{id}/dossier'>;
export type DossierRecord = Dossier['records'][number];
export type Roster = ApiResponse<'/api/standard/schools/{id}/roster'>;
export type RosterPreview = ApiResponse<'/api/standard/schools/{id}/roster/preview', 'post'>;
export type Assessment = ApiResponse<'/api/standard/assessments/{id}'>;
export type Indicator = Assessment['indicators'][number];
export type Evidence = Indicator['evidence'][number];
export type NetworkPicture = ApiResponse<'/api/standard/network'>;
export type ImportError = RosterPreview['errors'][number];

export type FieldKind = 'text' | 'year' | 'level' | 'list' | 'council' | 'findings';
export type StepField = { name: string; label: string; kind: FieldKind; required?: boolean };

/** The fields each step's form asks for (the server checks them again, with the engine's messages). */
export const STEP_FIELDS: Record<string, StepField[]> = {
  project_drafting: [],
  project_submitted: [{ name: 'reference', label: 'Số tờ trình', kind: 'text' }],
  project_approved: [
    { name: 'decisionNumber', label: 'Số quyết định phê duyệt', kind: 'text', required: true },
    { name: 'approvedBy', label: 'Cơ quan phê duyệt', kind: 'text' },
    { name: 'periodFrom', label: 'Giai đoạn từ năm', kind: 'year' },
    { name: 'periodTo', label: 'Đến năm', kind: 'year' },
    { name: 'targetLevel', label: 'Mức mục tiêu', kind: 'level' },
    { name: 'targetYear', label: 'Năm đạt chuẩn mục tiêu', kind: 'year' },
  ],
  steering_committee: [
    { name: 'decisionNumber', label: 'Số quyết định', kind: 'text' },
    { name: 'chair', label: 'Trưởng ban', kind: 'text' },
    { name: 'members', label: 'Thành viên (mỗi dòng một người)', kind: 'list' },
  ],
  registration: [
    { name: 'targetYear', label: 'Năm đăng ký đạt chuẩn', kind: 'year', required: true },
    { name: 'level', label: 'Mức', kind: 'level', required: true },
    { name: 'reference', label: 'Số văn bản đăng ký', kind: 'text' },
  ],
  survey_visit: [
    { name: 'leader', label: 'Trưởng đoàn', kind: 'text' },
    { name: 'members', label: 'Thành viên đoàn (mỗi dòng một người)', kind: 'list' },
    {
      name: 'findings',
      label: 'Kết quả từng chỉ tiêu (mỗi dòng: mã chỉ tiêu và kết quả, ví dụ "2.01 đạt")',
      kind: 'findings',
    },
    { name: 'reportReference', label: 'Số báo cáo khảo sát', kind: 'text' },
  ],
  appraisal_council: [
    { name: 'chair', label: 'Chủ tịch Hội đồng', kind: 'text', required: true },
    { name: 'members', label: 'Thành viên Hội đồng (mỗi dòng một người)', kind: 'list' },
    { name: 'level', label: 'Mức thẩm định', kind: 'level', required: true },
    { name: 'result', label: 'Kết quả', kind: 'council', required: true },
    { name: 'vote', label: 'Biểu quyết', kind: 'text' },
  ],
  recognition: [
    { name: 'decisionNumber', label: 'Số quyết định công nhận', kind: 'text', required: true },
    { name: 'level', label: 'Mức công nhận', kind: 'level', required: true },
    { name: 'signer', label: 'Người ký', kind: 'text' },
  ],
  certificate_handover: [
    { name: 'place', label: 'Địa điểm trao', kind: 'text' },
    { name: 'presenter', label: 'Người trao', kind: 'text' },
  ],
  merger: [],
};

const FINDING_WORDS: [RegExp, string][] = [
  [/vượt/i, 'vuot_chuan'],
  [/chưa/i, 'chua_dat'],
  [/ý kiến/i, 'xin_y_kien'],
  [/đạt/i, 'dat'],
];

/** "2.01 đạt" lines → survey findings; unreadable lines are reported. */
export function parseFindings(text: string): { findings: { code: string; status: string }[]; bad: string[] } {
  const findings: { code: string; status: string }[] = [];
  const bad: string[] = [];
  for (const line of text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)) {
    const code = /^([1-6]\.\d{2})\b/.exec(line)?.[1];
    const status = FINDING_WORDS.find(([re]) => re.test(line))?.[1];
    if (code && status) findings.push({ code, status });
    else bad.push(line);
  }
  return { findings, bad };
}

/** The data object of a step from the form's text values. */
export function stepData(
  kind: string,
  values: Record<string, string>,
): { data: Record<string, unknown>; problems: string[] } {
  const data: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const f of STEP_FIELDS[kind] ?? []) {
    const raw = (values[f.name] ?? '').trim();
    if (f.required && !raw) problems.push(`Chưa nhập ${f.label.toLowerCase()}`);
    if (f.kind === 'list')
      data[f.name] = raw
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
    else if (f.kind === 'findings') {
      const parsed = parseFindings(raw);
      if (parsed.bad.length) problems.push(`Không đọc được kết quả: ${parsed.bad.join('; ')}`);
      data[f.name] = parsed.findings;
    } else if (f.kind === 'year' || f.kind === 'level') data[f.name] = raw ? Number(raw) : null;
    else data[f.name] = raw || null;
  }
  return { data, problems };
}

export const STATUS_OPTIONS = [
  { value: '', label: '— Theo ngưỡng / chưa đánh giá —' },
  { value: 'dat', label: 'Đạt' },
  { value: 'vuot_chuan', label: 'Vượt chuẩn' },
  { value: 'chua_dat', label: 'Chưa đạt' },
  { value: 'xin_y_kien', label: 'Xin ý kiến' },
] as const;
