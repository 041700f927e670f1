/**
 * What is publicly known about the network's standard-school dossiers (standard-reports-contests.md §1.3,
 * network.md), as dossier records the seed can load. Every record says where it comes from; a record
 * whose date (or existence) is a stand-in is `illustrative` and its note says what is actually known.
 * No decision number is made up: unknown numbers stay null.
 */
import type { StandardLevel } from '../common.ts';
import type { StepData, StepKind, StepRecord } from '../lifecycle/steps.ts';

export type KnownFact = { schoolCode: string; record: StepRecord };

const S = {
  laoCai:
    'nhandan.vn/ocop/truong-chinh-tri-tinh-lao-cai-don-bang-cong-nhan-dat-chuan-muc-1-dau-tien-trong-toan-quoc-post725148.html',
  vinhPhuc: 'chinhsachcuocsong.vnanet.vn (Vĩnh Phúc nhận Bằng công nhận đạt chuẩn mức 1, 55/55 đạt, 18 vượt chuẩn)',
  haiPhong:
    'hotovietnam.org/Tin-tuc-va-Su-kien/Tin-tuc/2562-Hop-Hoi-dong-tham-dinh-Truong-Chinh-tri-To-Hieu-thanh-pho-Hai-Phong-dat-chuan-muc-1',
  hcm: 'tphcm.dangcongsan.vn/tin-tuc/khang-dinh-vi-the-vai-tro-la-trung-tam-dao-tao-boi-duong-can-bo-lanh-dao-quan-ly-cua-thanh-pho-va-khu-vuc-602186.html',
  yenBai: 'baomoi.net.vn (phát biểu của GS.TS Nguyễn Xuân Thắng, Yên Bái đạt chuẩn mức 1)',
  binhDuong:
    'baobinhduong.vn/en/provincial-political-school-developed-under-smart-modern-multidisciplinary-standards-a332153.html',
  quangNinh:
    'nguyenvancuqn.edu.vn/hoi-dong-tham-dinh-truong-chinh-tri-chuan-muc-1.html; vietnam.vn (Nguyễn Văn Cừ đón Bằng công nhận)',
  leHongPhong: 'dientuungdung.vn/truong-dao-tao-can-bo-le-hong-phong-ha-noi-duoc-cong-nhan-dat-chuan-muc-1-12570.html',
  caoBang:
    'news.laodong.vn/xa-hoi/toan-canh-truong-chinh-tri-dat-chuan-muc-1-dau-tien-o-cao-bang-1565388.ldo; hcma.vn ItemID=19883',
  phuTho: 'truongchinhtritinhphutho.gov.vn (Hội nghị Ban Chỉ đạo thực hiện Đề án); baophutho.vn 248810',
  quangTri: 'nhandan.vn post928145',
  tuyenQuang: 'baophapluat.vn/tuyen-quang-xay-dung-truong-chinh-tri-dat-chuan-giai-doan-2025-2030.html',
  order: 'Thứ tự công nhận: standard-reports-contests.md §1.3; "12 trường đến 10/2024": network.md §4',
};

type Options = { illustrative?: boolean; recordedBy?: 'school' | 'academy' };
export function record<K extends StepKind>(
  kind: K,
  date: string,
  data: StepData<K>,
  note: string,
  opts: Options = {},
): StepRecord {
  const academy: StepKind[] = ['survey_visit', 'appraisal_council', 'recognition', 'certificate_handover', 'merger'];
  return {
    kind,
    date,
    data,
    note,
    documents: [],
    recordedBy: opts.recordedBy ?? (academy.includes(kind) ? 'academy' : 'school'),
    ...(opts.illustrative ? { illustrative: true } : {}),
  } as unknown as StepRecord;
}

const recognised = (date: string, note: string, illustrative: boolean, level: StandardLevel = 1) =>
  record('recognition', date, { decisionNumber: null, level, signer: null }, note, { illustrative });
const certificate = (date: string, note: string, illustrative = false) =>
  record('certificate_handover', date, { place: null, presenter: null }, note, { illustrative });
const council = (date: string, chair: string, note: string) =>
  record('appraisal_council', date, { chair, members: [], level: 1, result: 'de_nghi_cong_nhan', vote: null }, note);
export const project = (
  date: string,
  data: Partial<StepData<'project_approved'>>,
  note: string,
  illustrative: boolean,
) =>
  record(
    'project_approved',
    date,
    {
      decisionNumber: null,
      approvedBy: null,
      periodFrom: null,
      periodTo: null,
      targetLevel: null,
      targetYear: null,
      ...data,
    },
    note,
    { illustrative },
  );

export const DATE_UNKNOWN = 'Ngày chưa biết; ngày ở đây chỉ để minh họa.';

/** Facts about named schools, in the order of the sources. Codes are those of src/network/seed-data.ts. */
export const KNOWN_FACTS: KnownFact[] = [
  // Lào Cai: first school recognised in the network; ceremony 16/11/2022 [C/S].
  {
    schoolCode: 'TCT-2004-10',
    record: recognised(
      '2022-11-16',
      `Trường đầu tiên được công nhận mức 1. Ngày quyết định chưa biết; dùng ngày lễ trao bằng. Nguồn: ${S.laoCai}`,
      true,
    ),
  },
  {
    schoolCode: 'TCT-2004-10',
    record: certificate('2022-11-16', `Lễ đón Bằng công nhận 16/11/2022. Nguồn: ${S.laoCai}`),
  },
  // Nghệ An: project 2021–2025; recognised after Lào Cai, before or with Vĩnh Phúc.
  {
    schoolCode: 'TCT-2004-40',
    record: project(
      '2021-07-15',
      { periodFrom: 2021, periodTo: 2025 },
      `Đề án giai đoạn 2021–2025 (e.baonghean.vn). ${DATE_UNKNOWN}`,
      true,
    ),
  },
  {
    schoolCode: 'TCT-2004-40',
    record: recognised(
      '2023-04-20',
      `Được công nhận sau Lào Cai, cùng đợt với Vĩnh Phúc. ${DATE_UNKNOWN} ${S.order}`,
      true,
    ),
  },
  // Vĩnh Phúc: ceremony 27/4/2023; 55/55 met, 18 exceeded.
  {
    schoolCode: 'TCT-2004-26',
    record: recognised(
      '2023-04-27',
      `55/55 chỉ tiêu đạt, 18 vượt chuẩn. Ngày quyết định chưa biết; dùng ngày lễ trao bằng. Nguồn: ${S.vinhPhuc}`,
      true,
    ),
  },
  {
    schoolCode: 'TCT-2004-26',
    record: certificate('2023-04-27', `Lễ trao Bằng công nhận 27/4/2023. Nguồn: ${S.vinhPhuc}`),
  },
  // Tô Hiệu, Hải Phòng: 4th; council 21/4/2023.
  {
    schoolCode: 'TCT-2004-31',
    record: council(
      '2023-04-21',
      'Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh',
      `Hội đồng thẩm định ngày 21/4/2023; trường thứ 4 được công nhận. Nguồn: ${S.haiPhong}`,
    ),
  },
  {
    schoolCode: 'TCT-2004-31',
    record: recognised(
      '2023-05-10',
      `Trường thứ 4 được công nhận (sau Vĩnh Phúc 27/4/2023). ${DATE_UNKNOWN} ${S.haiPhong}`,
      true,
    ),
  },
  // Học viện Cán bộ TP.HCM: 6th; council 8/9/2023, ceremony 18/9/2023.
  {
    schoolCode: 'TCT-2004-79',
    record: council(
      '2023-09-08',
      'Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh',
      `Hội đồng thẩm định ngày 8/9/2023. Nguồn: ${S.hcm}`,
    ),
  },
  {
    schoolCode: 'TCT-2004-79',
    record: recognised(
      '2023-09-18',
      `Trường thứ 6 được công nhận. Ngày quyết định chưa biết; dùng ngày lễ 18/9/2023. Nguồn: ${S.hcm}`,
      true,
    ),
  },
  { schoolCode: 'TCT-2004-79', record: certificate('2023-09-18', `Lễ trao Bằng 18/9/2023. Nguồn: ${S.hcm}`) },
  // Yên Bái: 29/12/2023.
  {
    schoolCode: 'TCT-2004-15',
    record: recognised(
      '2023-12-29',
      `Công nhận mức 1 (tin ngày 29/12/2023); ngày quyết định chưa rõ. Nguồn: ${S.yenBai}`,
      true,
    ),
  },
  {
    schoolCode: 'TCT-2004-15',
    record: certificate('2023-12-29', `Trao Bằng công nhận tháng 12/2023. Nguồn: ${S.yenBai}`, true),
  },
  // Bình Dương: about 10/2024; 55 met, 13 exceeded.
  {
    schoolCode: 'TCT-2004-74',
    record: recognised(
      '2024-10-15',
      `Khoảng tháng 10/2024; 55 đạt, 13 vượt chuẩn. ${DATE_UNKNOWN} ${S.binhDuong}`,
      true,
    ),
  },
  // Quảng Ninh: project QĐ 765-QĐ/TU of 20/10/2022 (2022–2027) [S]; recognition date unclear.
  {
    schoolCode: 'TCT-2004-22',
    record: project(
      '2022-10-20',
      { decisionNumber: '765-QĐ/TU', approvedBy: 'Ban Thường vụ Tỉnh ủy Quảng Ninh', periodFrom: 2022, periodTo: 2027 },
      `Quyết định 765-QĐ/TU ngày 20/10/2022, giai đoạn 2022–2027. Nguồn: ${S.quangNinh}`,
      false,
    ),
  },
  {
    schoolCode: 'TCT-2004-22',
    record: recognised(
      '2024-05-15',
      `Hội đồng do Phó Giám đốc Thường trực Học viện chủ trì. ${DATE_UNKNOWN} ${S.quangNinh}`,
      true,
    ),
  },
  // Hậu Giang: recognised, date unclear (before the 2025 merger into Cần Thơ).
  {
    schoolCode: 'TCT-2004-93',
    record: recognised(
      '2024-06-15',
      `Đã được công nhận mức 1, ngày chưa rõ (trước khi hợp nhất vào Cần Thơ). ${DATE_UNKNOWN} ${S.order}`,
      true,
    ),
  },
  // Lê Hồng Phong, Hà Nội: Đề án 27-ĐA/TU; 55 met, 11 exceeded; date unclear.
  {
    schoolCode: 'TCT-2004-01',
    record: project(
      '2021-09-15',
      { decisionNumber: '27-ĐA/TU', approvedBy: 'Thành ủy Hà Nội' },
      `Đề án 27-ĐA/TU và Kế hoạch 179-KH/TU của Thành ủy (số của đề án, không phải quyết định phê duyệt). ${DATE_UNKNOWN}`,
      true,
    ),
  },
  {
    schoolCode: 'TCT-2004-01',
    record: recognised('2024-08-15', `55/55 đạt, 11 vượt chuẩn. ${DATE_UNKNOWN} ${S.leHongPhong}`, true),
  },
  // Old Phú Thọ: steering committee chaired by the Standing Deputy Secretary; 47/55 by 12/3/2024; mức 1 before the merger.
  {
    schoolCode: 'TCT-2004-25',
    record: record(
      'steering_committee',
      '2022-01-15',
      { decisionNumber: null, chair: 'Phó Bí thư Thường trực Tỉnh ủy', members: [] },
      `Ban Chỉ đạo do Phó Bí thư Thường trực làm trưởng ban. ${DATE_UNKNOWN} ${S.phuTho}`,
      { illustrative: true },
    ),
  },
  {
    schoolCode: 'TCT-2004-25',
    record: record(
      'self_assessment',
      '2024-03-12',
      {
        round: 1,
        purpose: 'progress',
        catalogueVersionId: 'qd11-tam-thoi-2021',
        assessmentId: null,
        progressLine: '47/55 đạt',
      },
      `Báo cáo Ban Chỉ đạo: 47/55 chỉ tiêu đạt đến 12/3/2024 (trước đó 46/55). Nguồn: ${S.phuTho}`,
    ),
  },
  {
    schoolCode: 'TCT-2004-25',
    record: recognised(
      '2024-09-20',
      `Đã đạt mức 1 trước khi hợp nhất (baophutho.vn 248810); ngày chưa biết, minh họa.`,
      true,
    ),
  },
  // Cao Bằng (Hoàng Đình Giong): Đề án 12 (2021–2025); survey 53 met (8 exceeded) + 2 referred; council 27/8/2025; ceremony 11/9/2025.
  {
    schoolCode: 'TCT-2004-04',
    record: project(
      '2021-06-15',
      { periodFrom: 2021, periodTo: 2025 },
      `Đề án số 12 giai đoạn 2021–2025 (ký hiệu đầy đủ chưa rõ). ${DATE_UNKNOWN} ${S.caoBang}`,
      true,
    ),
  },
  {
    schoolCode: 'TCT-2004-04',
    record: council(
      '2025-08-27',
      'Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh',
      `Khảo sát: 53 chỉ tiêu đạt (8 vượt chuẩn), 2 xin ý kiến; Hội đồng nhất trí đề nghị công nhận. Nguồn: ${S.caoBang}`,
    ),
  },
  {
    schoolCode: 'TCT-2004-04',
    record: recognised(
      '2025-09-11',
      `Ngày quyết định chưa biết; dùng ngày lễ trao bằng 11/9/2025. Nguồn: ${S.caoBang}`,
      true,
    ),
  },
  { schoolCode: 'TCT-2004-04', record: certificate('2025-09-11', `Lễ trao Bằng 11/9/2025. Nguồn: ${S.caoBang}`) },
  // Quảng Trị (Lê Duẩn, merged 1/7/2025): mức 1 on 5/12/2025.
  {
    schoolCode: 'TCT-2025-44',
    record: recognised(
      '2025-12-05',
      `Trường sau hợp nhất đạt chuẩn mức 1 (tin ngày 5/12/2025; có thể là ngày trao bằng). Nguồn: ${S.quangTri}`,
      false,
    ),
  },
  // Phú Thọ (merged from Phú Thọ, Vĩnh Phúc, Hòa Bình): appraised again; survey 2/3/2026 with 54/55 met, 12 exceeded.
  {
    schoolCode: 'TCT-2025-25',
    record: record(
      'survey_visit',
      '2026-03-02',
      { leader: null, members: [], findings: [], reportReference: null },
      `Khảo sát ngày 2/3/2026: 54/55 đạt, 12 vượt chuẩn (chưa có kết quả từng chỉ tiêu). Nguồn: ${S.phuTho}`,
    ),
  },
  {
    schoolCode: 'TCT-2025-25',
    record: recognised(
      '2026-03-20',
      `Được công nhận đạt chuẩn mức 1 (baophutho.vn 248810); ngày chưa biết, minh họa.`,
      true,
    ),
  },
  // Tuyên Quang (merged): project 2025–2030 aiming at mức 2 by 2030.
  {
    schoolCode: 'TCT-2025-08',
    record: project(
      '2025-09-15',
      { periodFrom: 2025, periodTo: 2030, targetLevel: 2, targetYear: 2030 },
      `Đề án giai đoạn 2025–2030, phấn đấu đạt toàn bộ tiêu chí mức 2 vào năm 2030. ${DATE_UNKNOWN} ${S.tuyenQuang}`,
      true,
    ),
  },
];
