/**
 * The catalogue of figures TCT can compute for a period's cut-off window. A form cell names a key and
 * dimension values (params); the designer, the XLSX parser and the regime checker all read this list,
 * so a regime can only name sources that exist, with parameters they accept.
 */
import { DELIVERIES, PROGRAMME_LEVELS, STUDY_MODES } from '../../compliance/vocabulary.ts';
import type { InputKey } from './inputs.ts';

export type ParamSpec = {
  label: string;
  /** Allowed values (code → Vietnamese label), or 'free' for identifiers such as a directive's number. */
  values: Record<string, string> | 'free';
};

export type SourceDefinition = {
  key: string;
  label: string;
  /** What is counted and how the window applies, in Vietnamese, for the designer and the "how computed" line. */
  meaning: string;
  unit: string;
  /** 'count' fills numeric cells; 'code' fills a choice cell with one of `codes`. */
  valueType: 'count' | 'code';
  codes?: Record<string, string>;
  params: Record<string, ParamSpec>;
  inputs: InputKey[];
};

const TRAINING_PARAMS: Record<string, ParamSpec> = {
  level: { label: 'Chương trình', values: PROGRAMME_LEVELS.labels },
  mode: { label: 'Hình thức', values: STUDY_MODES.labels },
  delivery: { label: 'Phương thức', values: DELIVERIES.labels },
};

const OBLIGATION_STATUSES = { not_started: 'Chưa thực hiện', in_progress: 'Đang thực hiện', done: 'Đã hoàn thành' };
const DIRECTIVE_PARAMS: Record<string, ParamSpec> = {
  directive: { label: 'Văn bản chỉ đạo (số, ký hiệu)', values: 'free' },
  requirement: { label: 'Yêu cầu số', values: 'free' },
};

const training = (key: string, label: string, meaning: string, unit: string, inputs: InputKey[]): SourceDefinition => ({
  key,
  label,
  meaning,
  unit,
  valueType: 'count',
  params: TRAINING_PARAMS,
  inputs,
});

export const SOURCE_CATALOGUE: readonly SourceDefinition[] = [
  training(
    'training.classes_opened',
    'Lớp khai giảng trong kỳ',
    'Số lớp có ngày khai giảng trong khoảng chốt số liệu.',
    'lớp',
    ['classes'],
  ),
  training(
    'training.classes_closed',
    'Lớp bế giảng trong kỳ',
    'Số lớp có ngày bế giảng trong khoảng chốt số liệu.',
    'lớp',
    ['classes'],
  ),
  training(
    'training.classes_ongoing',
    'Lớp đang học cuối kỳ',
    'Số lớp đã khai giảng và chưa bế giảng vào ngày cuối của khoảng chốt số liệu.',
    'lớp',
    ['classes'],
  ),
  training(
    'training.learners_opened',
    'Học viên các lớp khai giảng trong kỳ',
    'Số học viên ghi danh vào các lớp có ngày khai giảng trong khoảng chốt số liệu.',
    'người',
    ['classes', 'enrolments'],
  ),
  training(
    'training.learners_closed',
    'Học viên các lớp bế giảng trong kỳ',
    'Số học viên của các lớp có ngày bế giảng trong khoảng chốt số liệu (TCT không lưu kết quả tốt nghiệp: đây là số học viên kết thúc khóa, không phải số tốt nghiệp).',
    'người',
    ['classes', 'enrolments'],
  ),
  training(
    'training.learners_ongoing',
    'Học viên đang học cuối kỳ',
    'Số học viên của các lớp đang học vào ngày cuối của khoảng chốt số liệu.',
    'người',
    ['classes', 'enrolments'],
  ),
  {
    key: 'compliance.findings',
    label: 'Phát hiện kiểm tra tuân thủ',
    meaning:
      'Số phát hiện (chưa được chấp thuận bằng quyết định còn hiệu lực) của các lớp khai giảng trong khoảng chốt số liệu.',
    unit: 'phát hiện',
    valueType: 'count',
    params: {
      rule: { label: 'Quy tắc', values: 'free' },
      severity: { label: 'Mức độ', values: { blocking: 'Chặn', warning: 'Cảnh báo' } },
    },
    inputs: ['classes', 'findings', 'overrides'],
  },
  {
    key: 'compliance.classes_with_findings',
    label: 'Lớp có phát hiện tuân thủ',
    meaning:
      'Số lớp khai giảng trong khoảng chốt số liệu có ít nhất một phát hiện chưa được chấp thuận bằng quyết định.',
    unit: 'lớp',
    valueType: 'count',
    params: {
      rule: { label: 'Quy tắc', values: 'free' },
      severity: { label: 'Mức độ', values: { blocking: 'Chặn', warning: 'Cảnh báo' } },
    },
    inputs: ['classes', 'findings', 'overrides'],
  },
  {
    key: 'directives.obligations',
    label: 'Nhiệm vụ theo văn bản chỉ đạo',
    meaning:
      'Số nhiệm vụ của trường theo văn bản chỉ đạo của Học viện, theo trạng thái vào ngày cuối của khoảng chốt số liệu ("quá hạn": chưa hoàn thành và đã quá hạn vào ngày đó).',
    unit: 'nhiệm vụ',
    valueType: 'count',
    params: {
      ...DIRECTIVE_PARAMS,
      status: { label: 'Trạng thái', values: { ...OBLIGATION_STATUSES, overdue: 'Quá hạn' } },
    },
    inputs: ['directives', 'requirements', 'obligations', 'obligationEvents'],
  },
  {
    key: 'directives.obligation_status',
    label: 'Trạng thái thực hiện một yêu cầu',
    meaning:
      'Trạng thái nhiệm vụ của trường đối với một yêu cầu của văn bản chỉ đạo, vào ngày cuối của khoảng chốt số liệu.',
    unit: '',
    valueType: 'code',
    codes: OBLIGATION_STATUSES,
    params: DIRECTIVE_PARAMS,
    inputs: ['directives', 'requirements', 'obligations', 'obligationEvents'],
  },
  {
    key: 'standard.indicators',
    label: 'Chỉ tiêu trường chính trị chuẩn',
    meaning:
      'Số chỉ tiêu theo kết quả của lần đánh giá gần nhất đến ngày cuối của khoảng chốt số liệu ("đạt" gồm cả vượt chuẩn, như các trường vẫn công bố "53 đạt, trong đó 8 vượt chuẩn").',
    unit: 'chỉ tiêu',
    valueType: 'count',
    params: {
      status: {
        label: 'Kết quả',
        values: {
          assessed: 'Đã đánh giá',
          met: 'Đạt (kể cả vượt chuẩn)',
          exceeded: 'Vượt chuẩn',
          not_met: 'Chưa đạt',
          referred: 'Xin ý kiến',
        },
      },
      criterion: {
        label: 'Tiêu chí',
        values: {
          '1': 'Tiêu chí 1',
          '2': 'Tiêu chí 2',
          '3': 'Tiêu chí 3',
          '4': 'Tiêu chí 4',
          '5': 'Tiêu chí 5',
          '6': 'Tiêu chí 6',
        },
      },
    },
    inputs: ['assessments'],
  },
  {
    key: 'staff.members',
    label: 'Cán bộ, giảng viên theo trình độ',
    meaning: 'Số người trong danh sách cán bộ của trường đang công tác vào ngày cuối của khoảng chốt số liệu.',
    unit: 'người',
    valueType: 'count',
    params: {
      role: { label: 'Vị trí', values: { lecturer: 'Giảng viên', staff: 'Cán bộ, viên chức khác' } },
      degree: {
        label: 'Trình độ chuyên môn',
        values: { tien_si: 'Tiến sĩ', thac_si: 'Thạc sĩ', dai_hoc: 'Đại học', other: 'Khác' },
      },
    },
    inputs: ['staff'],
  },
  {
    key: 'contest.entries',
    label: 'Bài dự thi chính luận',
    meaning: 'Số bài dự thi của trường có ngày gửi trong khoảng chốt số liệu.',
    unit: 'bài',
    valueType: 'count',
    params: {
      edition: { label: 'Kế hoạch cuộc thi (số, ký hiệu)', values: 'free' },
      category: {
        label: 'Thể loại',
        values: {
          journal: 'Tạp chí',
          newspaper: 'Báo',
          radio: 'Phát thanh',
          television: 'Truyền hình',
          video: 'Video',
        },
      },
      round: { label: 'Vòng', values: { school: 'Vòng trường', preliminary: 'Sơ khảo', final: 'Chung khảo' } },
    },
    inputs: ['contestEntries'],
  },
  {
    key: 'forum.articles',
    label: 'Bài viết Diễn đàn địa phương',
    meaning:
      'Số bài viết cho chuyên mục "Diễn đàn địa phương" có sự kiện đã chọn (gửi, nhận, đăng, từ chối) trong khoảng chốt số liệu.',
    unit: 'bài',
    valueType: 'count',
    params: {
      event: {
        label: 'Sự kiện',
        values: { sent: 'Đã gửi', accepted: 'Được nhận', published: 'Đã đăng', declined: 'Bị từ chối' },
      },
    },
    inputs: ['forumArticles'],
  },
];

const BY_KEY = new Map(SOURCE_CATALOGUE.map((s) => [s.key, s]));

export function sourceDefinition(key: string): SourceDefinition | null {
  return BY_KEY.get(key) ?? null;
}

/** Vietnamese text of a binding's parameters: "Chương trình: Trung cấp LLCT; Hình thức: Không tập trung". */
export function describeParams(definition: SourceDefinition, params: Record<string, string>): string {
  return Object.entries(params)
    .map(([name, value]) => {
      const spec = definition.params[name];
      if (!spec) return `${name}: ${value}`;
      const label = spec.values === 'free' ? value : (spec.values[value] ?? value);
      return `${spec.label}: ${label}`;
    })
    .join('; ');
}
