/**
 * The catalogue TCT ships until the Academy imports the official one. The six criteria are confirmed
 * [C]; the official list of 55 indicators and their thresholds was not found
 * (standard-reports-contests.md §1.2, §5). Only indicators whose measure appears in public appraisal
 * reports are listed, every one marked uncertain, with codes that are TCT's own numbering (not the
 * regulation's) and thresholds left empty — except 2.01, whose 75% two independent sources imply.
 */
import { REGULATION_11 } from '../common.ts';
import type { CatalogueItem, CatalogueVersion, Criterion } from './types.ts';

const S_11 = `${REGULATION_11} (tóm tắt trên báo chí: truongchinhtri.vinhphuc.gov.vn ItemID=31148; thaibinhtv.vn/news/29/66027; baoninhthuan.com.vn/news/123055p24c32)`;

export const CRITERIA: Criterion[] = [
  { number: 1, title: 'Thể chế, quy định', source: S_11, confidence: 'confirmed' },
  { number: 2, title: 'Đội ngũ cán bộ, viên chức', source: S_11, confidence: 'confirmed' },
  { number: 3, title: 'Đào tạo, bồi dưỡng', source: S_11, confidence: 'confirmed' },
  { number: 4, title: 'Nghiên cứu khoa học, tổng kết thực tiễn', source: S_11, confidence: 'confirmed' },
  { number: 5, title: 'Văn hóa trường Đảng, kỷ luật, kỷ cương', source: S_11, confidence: 'confirmed' },
  { number: 6, title: 'Cơ sở vật chất, phương tiện kỹ thuật, tài chính', source: S_11, confidence: 'confirmed' },
];

const CAO_BANG =
  'Báo cáo thẩm định Trường Chính trị Hoàng Đình Giong (Cao Bằng): vietnam.vn/en/truong-chinh-tri-hoang-dinh-giong-duoc-cong-nhan-dat-chuan-muc-1; hcma.vn ItemID=19883';
const LE_HONG_PHONG =
  'Tin thẩm định Trường Đào tạo cán bộ Lê Hồng Phong (Hà Nội): dientuungdung.vn/truong-dao-tao-can-bo-le-hong-phong-ha-noi-duoc-cong-nhan-dat-chuan-muc-1-12570.html';
const TUYEN_QUANG = 'baophapluat.vn/tuyen-quang-xay-dung-truong-chinh-tri-dat-chuan-giai-doan-2025-2030.html';
const PHU_THO = 'baophutho.vn/cong-nhan-truong-chinh-tri-tinh-phu-tho-dat-chuan-muc-i-248810.htm';
const LAO_CAI =
  'nhandan.vn/ocop/truong-chinh-tri-tinh-lao-cai-don-bang-cong-nhan-dat-chuan-muc-1-dau-tien-trong-toan-quoc-post725148.html';
const Q09 = 'Quy định 09-QĐi/TW ngày 13/11/2018, Điều 3 (giảng viên, nghiên cứu viên ≥ 75%)';

const WHAT_NOT_THRESHOLD = 'Báo chí chỉ nêu số liệu của trường, không nêu ngưỡng: để trống, người đánh giá kết luận.';

type ItemDraft = Omit<CatalogueItem, 'confidence' | 'level2Threshold'> &
  Partial<Pick<CatalogueItem, 'level2Threshold'>>;
const item = (draft: ItemDraft): CatalogueItem => ({ level2Threshold: null, confidence: 'uncertain', ...draft });

export const PROVISIONAL_ITEMS: CatalogueItem[] = [
  item({
    criterion: 2,
    code: '2.01',
    text: 'Tỷ lệ giảng viên trên tổng số cán bộ, viên chức của trường',
    unit: '%',
    howComputed: 'staff.lecturer_share',
    level1Threshold: { op: '>=', value: 75 },
    source: `${CAO_BANG} (89,9%, "vượt 14,9"); ${TUYEN_QUANG} (87,1% của 66 biên chế); ${Q09}`,
    note: 'Ngưỡng 75% là suy luận: 89,9% "vượt 14,9" ở Cao Bằng và tỷ lệ tối thiểu 75% của Quy định 09-QĐi/TW; chưa đọc được văn bản 11-QĐ/TW.',
  }),
  item({
    criterion: 2,
    code: '2.02',
    text: 'Tỷ lệ giảng viên có trình độ thạc sĩ trở lên',
    unit: '%',
    howComputed: 'staff.lecturers_masters_share',
    level1Threshold: null,
    source: `${CAO_BANG} (~91%); ${LE_HONG_PHONG} (100%); ${TUYEN_QUANG}`,
    note: WHAT_NOT_THRESHOLD,
  }),
  item({
    criterion: 2,
    code: '2.03',
    text: 'Tỷ lệ giảng viên có trình độ tiến sĩ',
    unit: '%',
    howComputed: 'staff.lecturers_doctorate_share',
    level1Threshold: null,
    source: `${LE_HONG_PHONG} (~24%)`,
    note: WHAT_NOT_THRESHOLD,
  }),
  item({
    criterion: 2,
    code: '2.04',
    text: 'Tỷ lệ giảng viên có chức danh giảng viên chính trở lên',
    unit: '%',
    howComputed: 'staff.lecturers_principal_grade_share',
    level1Threshold: null,
    source: `${LE_HONG_PHONG} (~70%)`,
    note: WHAT_NOT_THRESHOLD,
  }),
  item({
    criterion: 2,
    code: '2.05',
    text: 'Tỷ lệ giảng viên có chứng chỉ bồi dưỡng kinh điển chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh',
    unit: '%',
    howComputed: 'staff.lecturers_classics_share',
    level1Threshold: null,
    source: `${LE_HONG_PHONG} (98,59%)`,
    note: `Có thể là một chỉ tiêu riêng [?]. ${WHAT_NOT_THRESHOLD}`,
  }),
  item({
    criterion: 3,
    code: '3.01',
    text: 'Số lớp đào tạo, bồi dưỡng trong 5 năm trước ngày nộp hồ sơ đề nghị công nhận',
    unit: 'lớp',
    howComputed: 'training.classes_5y',
    level1Threshold: null,
    source: `${CAO_BANG} (127 lớp từ 2021); ${PHU_THO} (98 lớp trung cấp từ 2021)`,
    note: `Khoảng 5 năm theo phát biểu của Giám đốc Học viện ngày 1/7/2021 (baogialai.com.vn, nguồn thứ cấp). ${WHAT_NOT_THRESHOLD}`,
  }),
  item({
    criterion: 3,
    code: '3.02',
    text: 'Số lượt học viên trong 5 năm trước ngày nộp hồ sơ đề nghị công nhận',
    unit: 'lượt',
    howComputed: 'training.enrolments_5y',
    level1Threshold: null,
    source: `${CAO_BANG} (9.648 học viên từ 2021); ${LE_HONG_PHONG} (21.600 lượt trong 5 năm)`,
    note: WHAT_NOT_THRESHOLD,
  }),
  item({
    criterion: 3,
    code: '3.03',
    text: 'Số loại chương trình đào tạo, bồi dưỡng đã tổ chức',
    unit: 'chương trình',
    howComputed: 'entered',
    level1Threshold: null,
    source: `${LE_HONG_PHONG} (17 loại chương trình)`,
    note: `Dữ liệu đào tạo của TCT chỉ có bậc (sơ cấp, trung cấp, cao cấp, bồi dưỡng), không đủ để đếm loại chương trình: trường tự nhập. ${WHAT_NOT_THRESHOLD}`,
  }),
  item({
    criterion: 4,
    code: '4.01',
    text: 'Số đề tài nghiên cứu khoa học cấp trường',
    unit: 'đề tài',
    howComputed: 'entered',
    level1Threshold: null,
    source: `${CAO_BANG} (21 đề tài cấp trường)`,
    note: WHAT_NOT_THRESHOLD,
  }),
  item({
    criterion: 4,
    code: '4.02',
    text: 'Số đề tài nghiên cứu khoa học cấp tỉnh',
    unit: 'đề tài',
    howComputed: 'entered',
    level1Threshold: null,
    source: `${LAO_CAI} (4 đề tài cấp tỉnh từ 2016)`,
    note: WHAT_NOT_THRESHOLD,
  }),
  item({
    criterion: 4,
    code: '4.03',
    text: 'Số hội thảo khoa học cấp tỉnh',
    unit: 'hội thảo',
    howComputed: 'entered',
    level1Threshold: null,
    source: `${CAO_BANG} (4 hội thảo cấp tỉnh); ${LAO_CAI} (2 hội thảo cấp tỉnh từ 2016)`,
    note: WHAT_NOT_THRESHOLD,
  }),
  item({
    criterion: 4,
    code: '4.04',
    text: 'Số sách chuyên khảo',
    unit: 'cuốn',
    howComputed: 'entered',
    level1Threshold: null,
    source: `${CAO_BANG} (6 sách chuyên khảo)`,
    note: WHAT_NOT_THRESHOLD,
  }),
  item({
    criterion: 5,
    code: '5.01',
    text: 'Văn hóa trường Đảng; kỷ luật, kỷ cương, nền nếp dạy và học',
    unit: null,
    howComputed: 'entered',
    level1Threshold: null,
    source: `${PHU_THO} (nêu là "vượt chuẩn")`,
    note: 'Chỉ tiêu định tính: đánh giá đạt / vượt chuẩn / chưa đạt theo minh chứng.',
  }),
  item({
    criterion: 6,
    code: '6.01',
    text: 'Kinh phí đầu tư cơ sở vật chất theo đề án (khối nhà hành chính, hội trường đa năng…)',
    unit: 'tỷ đồng',
    howComputed: 'entered',
    level1Threshold: null,
    source: `${CAO_BANG} (đề án 41,4 tỷ đồng)`,
    note: `Chỉ thấy trong tin về đề án của một trường; có thể không phải chỉ tiêu [?]. ${WHAT_NOT_THRESHOLD}`,
  }),
];

export const PROVISIONAL_VERSION_ID = 'qd11-tam-thoi-2021';

export const PROVISIONAL_CATALOGUE: CatalogueVersion = {
  id: PROVISIONAL_VERSION_ID,
  title: 'Danh mục tạm thời theo Quy định 11-QĐ/TW (chưa có danh mục chính thức)',
  // Party regulations usually take effect on signing; the effective-date clause itself was not read [?].
  effectiveFrom: '2021-05-19',
  source: S_11,
  confidence: 'uncertain',
  declaredIndicatorCount: 55,
  criteria: CRITERIA,
  items: PROVISIONAL_ITEMS,
  note:
    'Danh sách 55 chỉ tiêu và ngưỡng chính thức chưa tìm được. Danh mục này chỉ gồm các chỉ tiêu thấy trong báo cáo thẩm định công khai; ' +
    'mã chỉ tiêu là số thứ tự tạm của TCT, không phải số thứ tự trong văn bản. Quản trị Học viện nhập danh mục chính thức từ tệp XLSX thành phiên bản mới.',
};
