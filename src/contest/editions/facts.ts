/** Building blocks for the edition data: sources cited by several editions and fact constructors. */
import type { Confidence, EntryCategory, FactOf, PrizeCounts } from './schema.ts';

export const REFERENCE = 'reference/contest-editions.md';
export const NOT_FOUND = `Chưa tìm thấy trong nguồn (${REFERENCE}, mục "Not found")`;

export const SOURCES = {
  letter2174: 'Công văn 2174-CV/HVCTQG ngày 31/5/2022 của Học viện CTQG Hồ Chí Minh, mục 4',
  plan2021:
    'https://lyluanchinhtrivatruyenthong.vn/cuoc-thi-viet-bai-chinh-luan-khoa-hoc-voi-chu-de-%E2%80%9Cbao-ve-nen-tang-tu-tuong-cua-dang-dau-tranh-phan-bac-cac-quan-diem-sai-trai-thu-dich-trong-tinh-hinh-moi-p24937.html',
  launch2023: 'https://quochoitv.vn/le-phat-dong-cuoc-thi-chinh-luan-ve-bao-ve-nen-tang-tu-tuong-cua-dang-nam-2023',
  prizes2023:
    'http://baovenentang.org.vn/Content/co-cau-giai-thuong-cuoc-thi-chinh-luan-ve-bao-ve-nen-tang-tu-tuong-cua-dang-lan-thu-3-22529',
  quota2023: 'Thể lệ vòng Khối các cơ quan Trung ương năm 2023 (phản ánh thể lệ của Học viện)',
  prizes2024:
    'https://thuvienphapluat.vn/chinh-sach-phap-luat-moi/vn/ho-tro-phap-luat/tu-van-phap-luat/62415/giai-thuong-cuoc-thi-chinh-luan-ve-bao-ve-nen-tang-tu-tuong-cua-dang-lan-thu-tu-nam-2024',
  deadline2024:
    'https://thuvienphapluat.vn/chinh-sach-phap-luat-moi/vn/thoi-su-phap-luat/tu-van-phap-luat/62352/han-chot-nop-bai-thi-cuoc-thi-chinh-luan-ve-bao-ve-nen-tang-tu-tuong-cua-dang-lan-thu-tu-nam-2024',
  province2024:
    'https://baobariavungtau.com.vn/chinh-tri/202401/phat-dong-cuoc-thi-chinh-luan-ve-bao-ve-nen-tang-tu-tuong-cua-dang-lan-thu-tu-1002040/',
  plan2025:
    'http://online.flipbuilder.com/wquyjs/tzby/files/basic-html/page24.html (bản tin cấp huyện in lại Kế hoạch 2025)',
  form2025:
    'https://thuvienphapluat.vn/chinh-sach-phap-luat-moi/vn/ho-tro-phap-luat/chinh-sach-moi/79050/hinh-thuc-bai-du-thi-cuoc-thi-chinh-luan-ve-bao-ve-nen-tang-tu-tuong-cua-dang-nam-2025',
  results2025:
    'https://nld.com.vn/trao-giai-cuoc-thi-chinh-luan-bao-ve-nen-tang-tu-tuong-cua-dang-lan-thu-5-nam-2025-19625102221334545.htm',
  stages:
    'https://tienphong.vn/chu-tich-nuoc-luong-cuong-du-le-trao-giai-cuoc-thi-chinh-luan-ve-bao-ve-nen-tang-tu-tuong-cua-dang-post1789619.tpo',
  eligibility: `Thể lệ cuộc thi — đối tượng dự thi (${REFERENCE}, "Eligibility [C]")`,
} as const;

export function fact<T>(value: T, confidence: Confidence, source: string, note?: string): FactOf<T> {
  return note === undefined ? { value, confidence, source } : { value, confidence, source, note };
}

/** A fact the sources do not give: left empty, marked uncertain, with what is missing. */
export function notFound<T>(note: string): FactOf<T> {
  return { value: null, confidence: 'uncertain', source: NOT_FOUND, note };
}

export const prizes = (dac_biet: number, A: number, B: number, C: number, KK: number): PrizeCounts => ({
  dac_biet,
  A,
  B,
  C,
  KK,
});

type CategoryFacts = Pick<EntryCategory, 'maxAuthors' | 'overlapThreshold'>;
const unknownCategoryFacts = (): CategoryFacts => ({
  maxAuthors: notFound('Số tác giả tối đa của một tác phẩm'),
  overlapThreshold: notFound('Ngưỡng trùng lặp cho phép'),
});

export function category(
  code: string,
  label: string,
  kind: EntryCategory['kind'],
  facts: Partial<CategoryFacts> = {},
): EntryCategory {
  return { code, label, kind, ...unknownCategoryFacts(), ...facts };
}

/** The five categories used since 2023 (tạp chí, báo, phát thanh, truyền hình, video). */
export const FIVE_CATEGORIES = [
  ['tap_chi', 'Tạp chí', 'written'],
  ['bao', 'Báo', 'written'],
  ['phat_thanh', 'Phát thanh', 'audiovisual'],
  ['truyen_hinh', 'Truyền hình', 'audiovisual'],
  ['video', 'Video', 'audiovisual'],
] as const;

export const ALL_ROUNDS_NOTE =
  'Sơ khảo và chung khảo do Học viện tổ chức, chấm kín và độc lập. Vòng tỉnh (BCĐ 35) được đề nghị tổ chức và gửi bài tốt lên; không tìm thấy quy định bắt buộc trường tổ chức vòng sơ loại.';

export const unknownMarking = () => ({
  scale: notFound<number>('Thang điểm chấm'),
  thirdJudgeMargin: notFound<number>('Chênh lệch điểm giữa hai giám khảo để mời giám khảo thứ ba'),
  finalScore: notFound<'mean_of_closest_two' | 'median' | 'mean_of_all'>('Cách tính điểm cuối cùng khi có ba điểm'),
});
