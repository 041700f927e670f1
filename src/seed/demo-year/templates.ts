/**
 * What the demo year's incoming letters are made of: the bodies that write to a provincial political
 * school after the 2025 merger (Party and state, provincial and central) and the subjects they write
 * about, each with the requirements a clerk would read off the letter. Fictional wording in the usual
 * style; no copy of any real letter or test fixture. `{Y}` is the letter's year.
 */
export type Family = 'party' | 'state';

export type IssuerTemplate = {
  key: string;
  family: Family;
  /** The body's name; `{P}` is the province. */
  name: string;
  parent: string | null;
  /** Place printed on the letter (`{P}` the province). */
  place: string;
  /** The symbol after the number: party "-CV/TU" style (type code inserted), state "/UBND-KGVX" style. */
  symbol: (typeCode: string) => string;
  signer: { name: string; title: string; authority: string | null };
};

export const ISSUERS: IssuerTemplate[] = [
  {
    key: 'tinh-uy',
    family: 'party',
    name: 'Tỉnh ủy {P}',
    parent: null,
    place: '{P}',
    symbol: (t) => `-${t}/TU`,
    signer: { name: 'Nguyễn Thanh Bình', title: 'Phó Bí thư Thường trực', authority: 'T/M' },
  },
  {
    key: 'btgdv',
    family: 'party',
    name: 'Ban Tuyên giáo và Dân vận Tỉnh ủy {P}',
    parent: 'Tỉnh ủy {P}',
    place: '{P}',
    symbol: (t) => `-${t}/BTGDVTU`,
    signer: { name: 'Lê Thị Hồng Vân', title: 'Phó Trưởng ban', authority: 'K/T' },
  },
  {
    key: 'btc',
    family: 'party',
    name: 'Ban Tổ chức Tỉnh ủy {P}',
    parent: 'Tỉnh ủy {P}',
    place: '{P}',
    symbol: (t) => `-${t}/BTCTU`,
    signer: { name: 'Trần Văn Khải', title: 'Phó Trưởng ban', authority: 'K/T' },
  },
  {
    key: 'ubkt',
    family: 'party',
    name: 'Ủy ban Kiểm tra Tỉnh ủy {P}',
    parent: 'Tỉnh ủy {P}',
    place: '{P}',
    symbol: (t) => `-${t}/UBKTTU`,
    signer: { name: 'Phạm Minh Đức', title: 'Phó Chủ nhiệm', authority: 'T/M' },
  },
  {
    key: 'hvctqg',
    family: 'party',
    name: 'Học viện Chính trị quốc gia Hồ Chí Minh',
    parent: null,
    place: 'Hà Nội',
    symbol: (t) => `-${t}/HVCTQG`,
    signer: { name: 'Đặng Quang Vinh', title: 'Phó Giám đốc', authority: 'K/T' },
  },
  {
    key: 'btgdv-tw',
    family: 'party',
    name: 'Ban Tuyên giáo và Dân vận Trung ương',
    parent: null,
    place: 'Hà Nội',
    symbol: (t) => `-${t}/BTGDVTW`,
    signer: { name: 'Vũ Thị Thanh Hà', title: 'Phó Trưởng ban', authority: 'K/T' },
  },
  {
    key: 'ubnd',
    family: 'state',
    name: 'Ủy ban nhân dân tỉnh {P}',
    parent: null,
    place: '{P}',
    symbol: (t) => (t === 'CV' ? '/UBND-KGVX' : `/${t}-UBND`),
    signer: { name: 'Hoàng Văn Thắng', title: 'Phó Chủ tịch', authority: 'KT.' },
  },
  {
    key: 'snv',
    family: 'state',
    name: 'Sở Nội vụ tỉnh {P}',
    parent: 'Ủy ban nhân dân tỉnh {P}',
    place: '{P}',
    symbol: (t) => (t === 'CV' ? '/SNV-CCVC' : `/${t}-SNV`),
    signer: { name: 'Ngô Thị Thu Trang', title: 'Phó Giám đốc', authority: 'KT.' },
  },
  {
    key: 'stc',
    family: 'state',
    name: 'Sở Tài chính tỉnh {P}',
    parent: 'Ủy ban nhân dân tỉnh {P}',
    place: '{P}',
    symbol: (t) => (t === 'CV' ? '/STC-HCSN' : `/${t}-STC`),
    signer: { name: 'Bùi Quang Huy', title: 'Phó Giám đốc', authority: 'KT.' },
  },
  {
    key: 'bgddt',
    family: 'state',
    name: 'Bộ Giáo dục và Đào tạo',
    parent: null,
    place: 'Hà Nội',
    symbol: (t) => (t === 'CV' ? '/BGDĐT-NGCBQLGD' : `/${t}-BGDĐT`),
    signer: { name: 'Nguyễn Văn Phúc', title: 'Thứ trưởng', authority: 'KT.' },
  },
];

export type SubjectTemplate = {
  issuers: string[];
  typeCode: 'CV' | 'KH' | 'TB' | 'HD';
  subject: string;
  requirements: string[];
  /** The letter sets its own deadline (days after it arrives) rather than the leader. */
  dueInDays?: number;
};

export const TYPE_NAMES: Record<SubjectTemplate['typeCode'], string> = {
  CV: 'Công văn',
  KH: 'Kế hoạch',
  TB: 'Thông báo',
  HD: 'Hướng dẫn',
};

export const SUBJECTS: SubjectTemplate[] = [
  {
    issuers: ['btgdv', 'tinh-uy'],
    typeCode: 'KH',
    subject: 'Học tập, quán triệt Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030',
    requirements: [
      'Xây dựng kế hoạch tổ chức học tập, quán triệt Nghị quyết cho toàn thể cán bộ, giảng viên, học viên.',
      'Báo cáo kết quả học tập, quán triệt về Ban Tuyên giáo và Dân vận Tỉnh ủy.',
    ],
  },
  {
    issuers: ['btc'],
    typeCode: 'CV',
    subject: 'Báo cáo kết quả công tác đào tạo, bồi dưỡng cán bộ 6 tháng đầu năm {Y}',
    requirements: ['Tổng hợp, gửi báo cáo kết quả đào tạo, bồi dưỡng cán bộ 6 tháng đầu năm.'],
    dueInDays: 15,
  },
  {
    issuers: ['btc', 'hvctqg'],
    typeCode: 'CV',
    subject: 'Rà soát, đề xuất chỉ tiêu đào tạo trung cấp lý luận chính trị năm {Y}',
    requirements: ['Rà soát nhu cầu, lập danh sách đề xuất chỉ tiêu đào tạo trung cấp lý luận chính trị.'],
  },
  {
    issuers: ['btgdv', 'btgdv-tw'],
    typeCode: 'CV',
    subject: 'Tăng cường công tác bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái',
    requirements: [
      'Tổ chức cho giảng viên viết bài tham gia Giải Búa liềm vàng và chuyên mục bảo vệ nền tảng tư tưởng.',
    ],
  },
  {
    issuers: ['tinh-uy', 'btc'],
    typeCode: 'CV',
    subject: 'Kiện toàn tổ chức bộ máy, sắp xếp các phòng, khoa sau hợp nhất',
    requirements: [
      'Rà soát chức năng, nhiệm vụ của các phòng, khoa; đề xuất phương án sắp xếp.',
      'Xây dựng đề án vị trí việc làm của Trường sau hợp nhất.',
    ],
  },
  {
    issuers: ['ubnd'],
    typeCode: 'CV',
    subject: 'Tự kiểm tra công tác phòng cháy, chữa cháy và cứu nạn, cứu hộ năm {Y}',
    requirements: ['Tự kiểm tra và gửi biên bản kiểm tra công tác phòng cháy, chữa cháy về Công an tỉnh.'],
    dueInDays: 20,
  },
  {
    issuers: ['stc'],
    typeCode: 'CV',
    subject: 'Xây dựng dự toán ngân sách nhà nước năm {Y+1}',
    requirements: ['Lập dự toán thu, chi ngân sách năm sau kèm thuyết minh, gửi Sở Tài chính.'],
    dueInDays: 25,
  },
  {
    issuers: ['bgddt'],
    typeCode: 'CV',
    subject: 'Thực hiện chế độ báo cáo thống kê về đội ngũ nhà giáo và cán bộ quản lý',
    requirements: ['Cập nhật số liệu đội ngũ giảng viên trên cơ sở dữ liệu ngành.'],
  },
  {
    issuers: ['snv'],
    typeCode: 'CV',
    subject: 'Xác định nhu cầu tuyển dụng viên chức năm {Y}',
    requirements: ['Báo cáo nhu cầu tuyển dụng viên chức giảng dạy theo vị trí việc làm.'],
    dueInDays: 10,
  },
  {
    issuers: ['snv', 'btc'],
    typeCode: 'HD',
    subject: 'Đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức năm {Y}',
    requirements: [
      'Tổ chức đánh giá, xếp loại chất lượng cán bộ, viên chức của Trường.',
      'Gửi kết quả đánh giá, xếp loại kèm biên bản họp.',
    ],
  },
  {
    issuers: ['hvctqg'],
    typeCode: 'HD',
    subject: 'Tổ chức Hội thi giảng viên dạy giỏi các trường chính trị lần thứ VII',
    requirements: ['Tổ chức hội thi cấp trường, đăng ký danh sách giảng viên dự thi cấp toàn quốc.'],
  },
  {
    issuers: ['ubnd', 'tinh-uy'],
    typeCode: 'CV',
    subject: 'Đẩy mạnh chuyển đổi số, sử dụng văn bản điện tử trong hoạt động của cơ quan, đơn vị',
    requirements: ['Báo cáo tỷ lệ văn bản điện tử và hồ sơ xử lý trên môi trường mạng.'],
  },
  {
    issuers: ['ubnd', 'btgdv'],
    typeCode: 'CV',
    subject: 'Tổng kết công tác thi đua, khen thưởng năm {Y}',
    requirements: ['Gửi báo cáo tổng kết và hồ sơ đề nghị khen thưởng về Hội đồng Thi đua - Khen thưởng tỉnh.'],
  },
  {
    issuers: ['btc', 'tinh-uy'],
    typeCode: 'TB',
    subject: 'Mở lớp bồi dưỡng cập nhật kiến thức cho cán bộ diện Ban Thường vụ Tỉnh ủy quản lý',
    requirements: [
      'Phối hợp xây dựng chương trình, bố trí giảng viên và địa điểm tổ chức lớp.',
      'Báo cáo kết quả lớp bồi dưỡng sau khi kết thúc.',
    ],
  },
  {
    issuers: ['ubkt'],
    typeCode: 'CV',
    subject: 'Cung cấp hồ sơ phục vụ kiểm tra việc thực hiện nhiệm vụ kiểm tra, giám sát năm {Y}',
    requirements: ['Chuẩn bị báo cáo và hồ sơ phục vụ đoàn kiểm tra.'],
    dueInDays: 12,
  },
  {
    issuers: ['tinh-uy', 'btgdv'],
    typeCode: 'CV',
    subject: 'Cung cấp tư liệu phục vụ biên soạn Lịch sử Đảng bộ tỉnh',
    requirements: ['Rà soát, cung cấp tư liệu, hình ảnh về lịch sử Trường qua các thời kỳ.'],
  },
  {
    issuers: ['stc', 'ubnd'],
    typeCode: 'CV',
    subject: 'Thực hành tiết kiệm, chống lãng phí trong quản lý, sử dụng tài sản công',
    requirements: ['Rà soát tài sản công, báo cáo tình hình quản lý, sử dụng tài sản công của Trường.'],
  },
  {
    issuers: ['hvctqg', 'btgdv-tw'],
    typeCode: 'CV',
    subject: 'Đổi mới nội dung, phương pháp giảng dạy lý luận chính trị',
    requirements: [
      'Rà soát chương trình, giáo trình; đề xuất nội dung cập nhật.',
      'Gửi báo cáo kết quả đổi mới phương pháp giảng dạy về Học viện.',
    ],
  },
];

export function fill(text: string, vars: { province: string; year: number }): string {
  return text
    .replaceAll('{P}', vars.province)
    .replaceAll('{Y+1}', String(vars.year + 1))
    .replaceAll('{Y}', String(vars.year));
}
