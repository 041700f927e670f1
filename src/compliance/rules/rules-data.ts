/**
 * Every compliance rule as data, following regulations.md §7. Severity follows §7's guidance
 * literally: "only R350 rules tagged [C] should block enrolment; the rest should raise warnings".
 * R57 rules therefore warn even where confirmed: 57 is superseded, so its findings are retroactive
 * reports, not enrolment gates. Judgment calls are explained in docs/compliance.md.
 */
import type { Rule, RuleSource } from './rule-types.ts';
import { R350_SOURCE, R57_SOURCE } from './regimes.ts';

const R57_FROM = '2022-02-08';
const R57_TO = '2025-08-28';
const R350_FROM = '2025-08-29';

const ACADEMY_RULES_6468 = 'Quyết định 6468/QĐ-HVCTQG ngày 21/12/2021 (Quy chế đào tạo, bồi dưỡng của Học viện)';
const ACADEMY_SYSTEM = ['academy', 'regional_academy', 'member_academy'] as const;

const r57 = (article: string): RuleSource => ({ document: R57_SOURCE, article });
const r350 = (article: string): RuleSource => ({ document: R350_SOURCE, article });
const r57Window = { origin: 'R57', effectiveFrom: R57_FROM, effectiveTo: R57_TO } as const;
const r350Window = { origin: 'R350', effectiveFrom: R350_FROM, effectiveTo: null } as const;

const R57_RULES: Rule[] = [
  {
    ...r57Window,
    code: 'L-SC-01',
    title: 'Trình độ học vấn tối thiểu cho sơ cấp LLCT',
    levels: ['so_cap'],
    modes: ['tap_trung', 'khong_tap_trung'],
    condition: { kind: 'minEducation', level: 'thcs' },
    severity: 'warning',
    confidence: 'confirmed',
    source: r57('Chương II, tiêu chuẩn đào tạo sơ cấp (tốt nghiệp THCS trở lên)'),
  },
  {
    ...r57Window,
    code: 'L-TC-01',
    title: 'Trung cấp LLCT: phải là đảng viên dự bị hoặc chính thức',
    levels: ['trung_cap'],
    modes: ['tap_trung', 'khong_tap_trung'],
    condition: { kind: 'partyStatusIn', values: ['du_bi', 'chinh_thuc'] },
    severity: 'warning',
    confidence: 'confirmed',
    source: {
      document: ACADEMY_RULES_6468,
      article: 'Điều kiện tuyển sinh trung cấp LLCT (đảng viên chính thức hoặc dự bị)',
    },
  },
  {
    ...r57Window,
    code: 'L-TC-02',
    title: 'Trung cấp LLCT: trình độ cao đẳng trở lên',
    levels: ['trung_cap'],
    modes: ['tap_trung', 'khong_tap_trung'],
    condition: { kind: 'minEducation', level: 'cao_dang' },
    severity: 'warning',
    confidence: 'secondary',
    source: r57('Tiêu chuẩn đào tạo trung cấp (theo tóm tắt của Sở Nội vụ Nam Định)'),
    note: 'Ngoại lệ cho cán bộ người dân tộc thiểu số theo 57-QĐ/TW chưa xác minh [?] nên không áp dụng; phát hiện chỉ là cảnh báo.',
  },
  {
    ...r57Window,
    code: 'L-TC-03',
    title: 'Trung cấp LLCT hệ không tập trung: nam đủ 35, nữ đủ 33 tuổi',
    levels: ['trung_cap'],
    modes: ['khong_tap_trung'],
    condition: { kind: 'minAge', male: 35, female: 33 },
    severity: 'warning',
    confidence: 'confirmed',
    source: r57(
      `Tiêu chuẩn đào tạo trung cấp hệ không tập trung (tóm tắt của Sở Nội vụ Nam Định); ${ACADEMY_RULES_6468}`,
    ),
    note: 'Văn bản 57 chưa đọc được nguyên văn; chưa rõ "đủ 35/33 tuổi" hay "trên 35/33": tính tuổi tròn đến ngày khai giảng.',
  },
  {
    ...r57Window,
    code: 'L-TC-06',
    title: 'Trung cấp LLCT: chức vụ thuộc đối tượng hoặc diện quy hoạch',
    levels: ['trung_cap'],
    modes: ['tap_trung', 'khong_tap_trung'],
    condition: { kind: 'positionInList', listId: 'R57-trung-cap' },
    severity: 'warning',
    confidence: 'confirmed',
    source: r57('Chương II, đối tượng đào tạo trung cấp'),
    note: 'Chức vụ là văn bản tự do: không khớp danh sách chỉ là cảnh báo cần người xác nhận.',
  },
  {
    ...r57Window,
    code: 'L-CC-01',
    title: 'Cao cấp LLCT: phải là đảng viên chính thức',
    levels: ['cao_cap'],
    modes: ['tap_trung', 'khong_tap_trung'],
    condition: { kind: 'partyStatusIn', values: ['chinh_thuc'] },
    severity: 'warning',
    confidence: 'secondary',
    source: r57('Tiêu chuẩn đào tạo cao cấp (theo tóm tắt của Sở Nội vụ Nam Định)'),
  },
  {
    ...r57Window,
    code: 'L-CC-02',
    title: 'Cao cấp LLCT: trình độ đại học trở lên',
    levels: ['cao_cap'],
    modes: ['tap_trung', 'khong_tap_trung'],
    condition: { kind: 'minEducation', level: 'dai_hoc' },
    severity: 'warning',
    confidence: 'secondary',
    source: r57('Tiêu chuẩn đào tạo cao cấp (theo tóm tắt của Sở Nội vụ Nam Định)'),
  },
  {
    ...r57Window,
    code: 'L-CC-03',
    title: 'Cao cấp LLCT hệ không tập trung: nam đủ 40, nữ đủ 38 tuổi',
    levels: ['cao_cap'],
    modes: ['khong_tap_trung'],
    condition: { kind: 'minAge', male: 40, female: 38 },
    severity: 'warning',
    confidence: 'secondary',
    source: r57('Tiêu chuẩn đào tạo cao cấp hệ không tập trung (theo tóm tắt của Sở Nội vụ Nam Định)'),
  },
  {
    ...r57Window,
    code: 'C-01',
    title: 'Phân cấp: trung cấp LLCT do trường chính trị tỉnh, thành phố đào tạo',
    levels: ['trung_cap'],
    modes: ['tap_trung', 'khong_tap_trung'],
    condition: {
      kind: 'providerKindIn',
      values: ['provincial_school'],
      allowedLabel: 'trường chính trị tỉnh, thành phố',
    },
    severity: 'warning',
    confidence: 'secondary',
    source: r57('Phân cấp đào tạo (điều khoản chưa xác minh; theo tóm tắt của Sở Nội vụ Nam Định)'),
    note: 'Học viện của Bộ Quốc phòng, Bộ Công an được đào tạo trung cấp cho lực lượng vũ trang nhưng chưa có trong mạng lưới; hạn chấm dứt của trường bộ, ngành chưa tìm được.',
  },
  {
    ...r57Window,
    code: 'C-02',
    title: 'Phân cấp: cao cấp LLCT thuộc hệ thống Học viện Chính trị quốc gia Hồ Chí Minh',
    levels: ['cao_cap'],
    modes: ['tap_trung', 'khong_tap_trung'],
    condition: {
      kind: 'providerKindIn',
      values: [...ACADEMY_SYSTEM],
      orHostWithPartner: { hostKinds: ['provincial_school'], partnerKinds: [...ACADEMY_SYSTEM] },
      allowedLabel:
        'hệ thống Học viện Chính trị quốc gia Hồ Chí Minh (trường chính trị tỉnh chỉ tổ chức khi phối hợp với Học viện hoặc học viện khu vực)',
    },
    severity: 'warning',
    confidence: 'secondary',
    source: r57('Phân cấp đào tạo (điều khoản chưa xác minh; theo tóm tắt của Sở Nội vụ Nam Định)'),
    note: 'Trường chính trị tỉnh chỉ được tổ chức lớp cao cấp khi phối hợp với Học viện hoặc học viện khu vực.',
  },
];

const R350_RULES: Rule[] = [
  {
    ...r350Window,
    code: 'L-TC-01',
    title: 'Trung cấp LLCT: phải là đảng viên dự bị hoặc chính thức',
    levels: ['trung_cap'],
    modes: ['tap_trung', 'khong_tap_trung'],
    condition: { kind: 'partyStatusIn', values: ['du_bi', 'chinh_thuc'] },
    severity: 'blocking',
    confidence: 'confirmed',
    source: r350('Tiêu chuẩn đào tạo trung cấp: đảng viên dự bị hoặc chính thức'),
  },
  {
    ...r350Window,
    code: 'L-TC-02',
    title: 'Trung cấp LLCT: trình độ cao đẳng trở lên (THPT với cán bộ người dân tộc thiểu số)',
    levels: ['trung_cap'],
    modes: ['tap_trung', 'khong_tap_trung'],
    condition: {
      kind: 'minEducation',
      level: 'cao_dang',
      exception: {
        ethnicMinorityMinimum: 'thpt',
        note: 'Điều kiện bổ sung của ngoại lệ dân tộc thiểu số bị cắt trong văn bản đã đọc: không kiểm tra.',
      },
    },
    severity: 'blocking',
    confidence: 'confirmed',
    source: r350('Tiêu chuẩn đào tạo trung cấp: trình độ cao đẳng trở lên; THPT đối với cán bộ người dân tộc thiểu số'),
  },
  {
    ...r350Window,
    code: 'L-TC-04',
    title: 'Trung cấp LLCT hệ không tập trung: nam đủ 30, nữ đủ 28 tuổi',
    levels: ['trung_cap'],
    modes: ['khong_tap_trung'],
    condition: { kind: 'minAge', male: 30, female: 28 },
    severity: 'blocking',
    confidence: 'confirmed',
    source: r350('Tiêu chuẩn đào tạo trung cấp hệ không tập trung: nữ từ 28 tuổi, nam từ 30 tuổi'),
  },
  {
    ...r350Window,
    code: 'L-TC-05',
    title: 'Trung cấp LLCT: hoàn thành tốt nhiệm vụ trở lên 2 năm liên tiếp trước khi cử đi học',
    levels: ['trung_cap'],
    modes: ['tap_trung', 'khong_tap_trung'],
    condition: { kind: 'minRatings', years: 2, atLeast: 'HTTNV' },
    severity: 'blocking',
    confidence: 'confirmed',
    source: r350('Tiêu chuẩn đào tạo trung cấp: xếp loại hoàn thành tốt nhiệm vụ trở lên 2 năm liên tiếp'),
    note: 'Thiếu xếp loại thì không thể kết luận vi phạm: chỉ cảnh báo để bổ sung.',
  },
  {
    ...r350Window,
    code: 'L-TC-06',
    title: 'Trung cấp LLCT: chức vụ thuộc đối tượng hoặc diện quy hoạch',
    levels: ['trung_cap'],
    modes: ['tap_trung', 'khong_tap_trung'],
    condition: { kind: 'positionInList', listId: 'R350-trung-cap' },
    severity: 'warning',
    confidence: 'confirmed',
    source: r350('Đối tượng đào tạo trung cấp (đang giữ chức vụ hoặc trong quy hoạch)'),
    note: 'Chức vụ là văn bản tự do: không khớp danh sách chỉ là cảnh báo cần người xác nhận.',
  },
];

/** Rules outside the two regulations; each applies whenever a regime is in force and its own window allows. */
const CROSS_REGIME_RULES: Rule[] = [
  {
    code: 'L-ANY-01',
    origin: 'CHUNG',
    title: 'Học viên đã có trình độ LLCT bằng hoặc cao hơn bậc của lớp',
    levels: ['so_cap', 'trung_cap', 'cao_cap'],
    modes: ['tap_trung', 'khong_tap_trung'],
    condition: { kind: 'alreadyHoldsLevel', certificateValidBefore: '2021-07-09' },
    severity: 'warning',
    confidence: 'uncertain',
    effectiveFrom: null,
    effectiveTo: null,
    source: {
      document: 'Hướng dẫn của Ban Tổ chức Trung ương (2025) thực hiện Kết luận 09-KL/TW (2021)',
      article: 'Xác định trình độ LLCT: bằng hoặc giấy xác nhận; giấy xác nhận cấp trước 09/7/2021 còn giá trị',
    },
    note: 'Quy tắc suy luận: văn bản chỉ xác định thế nào là "có trình độ"; không có điều khoản cấm học lại.',
  },
  {
    code: 'C-03',
    origin: 'HVCTQG',
    title: 'Dừng đào tạo, bồi dưỡng trực tuyến',
    levels: ['so_cap', 'trung_cap', 'cao_cap', 'boi_duong'],
    modes: ['tap_trung', 'khong_tap_trung'],
    condition: {
      kind: 'deliveryNot',
      value: 'truc_tuyen',
      scope: [{ hostKind: 'provincial_school' }, { hostKind: 'sector_school', levels: ['trung_cap'] }],
    },
    severity: 'warning',
    confidence: 'uncertain',
    effectiveFrom: '2022-05-31',
    effectiveTo: null,
    source: { document: 'Công văn 2174-CV/HVCTQG ngày 31/5/2022', article: 'mục 3 (dẫn 494-CV/HVCTQG, 875-CV/HVCTQG)' },
    note: 'Công văn 494 và 875 chưa đọc được. Chỉ lớp trực tuyến hoàn toàn; lớp kết hợp không bị đánh dấu.',
  },
  {
    code: 'C-04',
    origin: 'HVCTQG',
    title: 'Quy mô lớp vượt giới hạn đã cấu hình',
    levels: ['so_cap', 'trung_cap', 'cao_cap', 'boi_duong'],
    modes: ['tap_trung', 'khong_tap_trung'],
    condition: { kind: 'maxClassSize' },
    severity: 'warning',
    confidence: 'uncertain',
    effectiveFrom: null,
    effectiveTo: null,
    source: {
      document: ACADEMY_RULES_6468,
      article:
        'Quy mô lớp: chưa tìm được con số (Công văn 2174-CV/HVCTQG, mục 2, yêu cầu thực hiện nghiêm quy chế, nhất là quy mô lớp); giới hạn do quản trị viên cấu hình theo bậc và hình thức',
    },
    note: 'Không có giá trị mặc định. Quy mô quan sát được: 80 học viên/lớp không tập trung (Lâm Đồng 2019, Hà Nội 2022).',
  },
];

export const RULES: readonly Rule[] = [...R57_RULES, ...R350_RULES, ...CROSS_REGIME_RULES];
