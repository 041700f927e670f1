/**
 * Sample letters for tests, screenshots and the demo: a Party công văn from a provincial school answering
 * letter 2174-CV/HVCTQG, a Party plan with headings and a table, a state công văn and a state decision.
 * Fictional content; names of bodies follow the network data.
 */
import type { Letter } from './model.ts';

export const PARTY_REPLY_TO_2174: Letter = {
  family: 'party',
  issuer: { name: 'Trường Chính trị tỉnh Thái Nguyên', parent: 'Tỉnh ủy Thái Nguyên' },
  numberSymbol: '125-CV/TCT',
  place: 'Thái Nguyên',
  date: '2022-06-24',
  typeCode: 'CV',
  subject: 'báo cáo việc thực hiện Công văn số 2174-CV/HVCTQG',
  addressees: ['Học viện Chính trị quốc gia Hồ Chí Minh'],
  body: [
    {
      kind: 'paragraph',
      text: 'Thực hiện Công văn số 2174-CV/HVCTQG ngày 31/5/2022 của Học viện Chính trị quốc gia Hồ Chí Minh về yêu cầu, nhiệm vụ về công tác trường chính trị, Trường Chính trị tỉnh Thái Nguyên báo cáo như sau:',
    },
    {
      kind: 'numbered',
      items: [
        'Về Đề án xây dựng trường chính trị chuẩn: Nhà trường đã hoàn thiện dự thảo Đề án, trình Ban Thường vụ Tỉnh ủy xem xét, phê duyệt trong quý III năm 2022.',
        'Về thực hiện Quy định số 57-QĐ/TW ngày 08/02/2022 của Ban Bí thư: Nhà trường đã rà soát đối tượng, độ tuổi học viên các lớp trung cấp lý luận chính trị hệ không tập trung; sĩ số các lớp bảo đảm quy định.',
        'Về đào tạo trực tuyến: từ tháng 6/2022 Nhà trường đã dừng tổ chức các lớp học trực tuyến.',
      ],
    },
    {
      kind: 'table',
      header: ['Nội dung', 'Số lớp', 'Số học viên', 'Ghi chú'],
      widths: [46, 14, 18, 22],
      rows: [
        ['Trung cấp lý luận chính trị hệ tập trung', '2', '118', ''],
        ['Trung cấp lý luận chính trị hệ không tập trung', '5', '402', 'Đủ điều kiện về tuổi'],
      ],
    },
    { kind: 'paragraph', text: 'Trường Chính trị tỉnh Thái Nguyên trân trọng báo cáo./.' },
  ],
  recipients: ['Như trên', 'Thường trực Tỉnh ủy (để b/c)', 'Ban Tuyên giáo Tỉnh ủy', 'Lưu: VT, P.QLĐT'],
  signer: { authority: 'K/T', onBehalfOf: 'Hiệu trưởng', title: 'Phó Hiệu trưởng', name: 'Nguyễn Thị Hằng' },
  urgency: null,
  confidentiality: null,
  references: [{ numberSymbol: '2174-CV/HVCTQG', date: '2022-05-31' }],
};

export const PARTY_PLAN: Letter = {
  family: 'party',
  issuer: { name: 'Tỉnh ủy Nghệ An', parent: null },
  numberSymbol: '214-KH/TU',
  place: 'Vinh',
  date: '2024-03-20',
  typeCode: 'KH',
  subject: 'Tổng kết 10 năm thực hiện Nghị quyết số 32-NQ/TW của Bộ Chính trị',
  addressees: [],
  body: [
    {
      kind: 'paragraph',
      text: 'Thực hiện Nghị quyết số 32-NQ/TW ngày 26/5/2014 của Bộ Chính trị, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch tổng kết như sau:',
    },
    { kind: 'heading', level: 1, text: 'I. MỤC ĐÍCH, YÊU CẦU' },
    { kind: 'bullets', items: ['Đánh giá khách quan kết quả thực hiện Nghị quyết.', 'Rút ra bài học kinh nghiệm.'] },
    { kind: 'heading', level: 1, text: 'II. TỔ CHỨC THỰC HIỆN' },
    {
      kind: 'numbered',
      items: ['Các huyện ủy, thành ủy, thị ủy tổng kết ở cấp mình, gửi báo cáo trước ngày 15/5/2024.'],
    },
  ],
  recipients: ['Ban Tuyên giáo Trung ương (b/c)', 'Các đồng chí Tỉnh ủy viên', 'Lưu: VT'],
  signer: { authority: 'T/M', onBehalfOf: 'Ban Thường vụ', title: 'Phó Bí thư', name: 'Trần Đình Khiêm' },
  urgency: null,
  confidentiality: null,
};

export const STATE_CONG_VAN: Letter = {
  family: 'state',
  issuer: { name: 'Ủy ban nhân dân\ntỉnh Đắk Lắk', parent: null },
  numberSymbol: '215/UBND-NC',
  place: 'Đắk Lắk',
  date: '2026-01-05',
  typeCode: 'CV',
  subject: 'cử lãnh đạo tham gia giảng dạy kiêm chức năm 2026',
  addressees: ['Các sở, ban, ngành thuộc UBND tỉnh', 'Ủy ban nhân dân các xã, phường', 'Trường Chính trị tỉnh Đắk Lắk'],
  body: [
    {
      kind: 'paragraph',
      text: 'Nhằm nâng cao tính thực tiễn của các lớp đào tạo, bồi dưỡng cán bộ, Ủy ban nhân dân tỉnh đề nghị các cơ quan, đơn vị thực hiện một số nội dung sau:',
    },
    {
      kind: 'numbered',
      items: [
        'Các sở, ban, ngành rà soát, cử từ 01 đến 02 đồng chí lãnh đạo tham gia giảng dạy kiêm chức; gửi danh sách về Sở Nội vụ trước ngày 30/01/2026.',
        'Trường Chính trị tỉnh chủ trì, phối hợp với Sở Nội vụ tổng hợp danh sách, xây dựng lịch giảng dạy.',
      ],
    },
  ],
  recipients: ['Như trên', 'Thường trực Tỉnh ủy (b/c)', 'CT, các PCT UBND tỉnh', 'Lưu: VT, NC'],
  signer: { authority: 'KT.', onBehalfOf: 'Chủ tịch', title: 'Phó Chủ tịch', name: 'Nguyễn Thiên Phước' },
  urgency: 'Khẩn',
  confidentiality: null,
};

export const STATE_DECISION: Letter = {
  family: 'state',
  issuer: { name: 'Sở Giáo dục và Đào tạo', parent: 'Ủy ban nhân dân tỉnh Thái Nguyên' },
  numberSymbol: '07/QĐ-SGDĐT',
  place: 'Thái Nguyên',
  date: '2022-02-03',
  typeCode: 'QĐ',
  subject: 'Về việc cử cán bộ tham gia lớp\nbồi dưỡng kiến thức quốc phòng và an ninh',
  addressees: [],
  body: [
    { kind: 'heading', level: 1, align: 'center', text: 'GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO' },
    {
      kind: 'paragraph',
      text: 'Căn cứ Quyết định số 25/2021/QĐ-UBND ngày 15/6/2021 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Giáo dục và Đào tạo;',
    },
    { kind: 'heading', level: 1, align: 'center', text: 'QUYẾT ĐỊNH:' },
    { kind: 'paragraph', text: 'Điều 1. Cử 03 cán bộ tham gia lớp bồi dưỡng (danh sách kèm theo).' },
    { kind: 'paragraph', text: 'Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.' },
  ],
  recipients: ['Như Điều 2', 'Lưu: VT, TCCB'],
  signer: { authority: null, onBehalfOf: null, title: 'Giám đốc', name: 'Phạm Văn Minh' },
  urgency: null,
  confidentiality: 'Mật',
};
