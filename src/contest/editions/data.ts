/**
 * The five editions 2021–2025 as the sources give them (reference/contest-editions.md). Confidence follows the
 * marks there: [C] → confirmed, [S] or an unmarked cell → secondary; what the sources do not give is null and
 * uncertain. Results (entries, awards) are history for the network view, not rules.
 */
import {
  ALL_ROUNDS_NOTE,
  category,
  FIVE_CATEGORIES,
  fact,
  NOT_FOUND,
  notFound,
  prizes,
  REFERENCE,
  SOURCES,
  unknownMarking,
} from './facts.ts';
import type { Edition, EntryCategory, PrizeCategory } from './schema.ts';

const title = (n: number, year: number) =>
  `Cuộc thi chính luận về bảo vệ nền tảng tư tưởng của Đảng lần thứ ${n}, năm ${year}`;
const table = (n: number) => `${REFERENCE}, bảng các lần thi, lần thứ ${n}`;

const EXCLUDED = ['organiser', 'judge'] as ('organiser' | 'judge')[];
const publicEligibility = (confidence: 'confirmed' | 'secondary', note?: string) =>
  fact(
    { openTo: 'public' as const, organisationKinds: [], excludedRoles: EXCLUDED },
    confidence,
    SOURCES.eligibility,
    note,
  );
const rounds = (confidence: 'confirmed' | 'secondary') =>
  fact(
    [
      { code: 'school' as const, required: false },
      { code: 'province' as const, required: false },
      { code: 'preliminary' as const, required: true },
      { code: 'final' as const, required: true },
    ],
    confidence,
    `${SOURCES.stages}; ${SOURCES.province2024}`,
    ALL_ROUNDS_NOTE,
  );
const onePerCategory = (categories: readonly EntryCategory[], note: string): PrizeCategory[] =>
  categories.map((c) => ({ code: c.code, label: c.label, categories: [c.code], prizes: notFound(note) }));

const CATEGORIES_2021 = [
  category('tap_chi', 'Bài đăng tạp chí khoa học', 'written'),
  category('bao', 'Bài đăng báo điện tử', 'written'),
];
const CATEGORIES_2022 = [
  category('tap_chi', 'Tạp chí (in hoặc điện tử)', 'written'),
  category('bao', 'Báo (in hoặc điện tử)', 'written'),
];
const fiveCategories = (facts: (code: string) => Partial<EntryCategory> = () => ({})) =>
  FIVE_CATEGORIES.map(([code, label, kind]) => category(code, label, kind, facts(code)));

export const EDITION_2021: Edition = {
  id: 'e2021',
  year: 2021,
  number: 1,
  title: title(1, 2021),
  plan: fact({ number: '224-KH/HVCTQG', date: '2021-05-19' }, 'secondary', `${table(1)}; ${SOURCES.plan2021}`),
  window: fact({ opens: '2021-05-19', closes: '2021-08-15', closesBy: null }, 'secondary', table(1)),
  eligibility: fact(
    {
      openTo: 'system',
      organisationKinds: [
        'academy',
        'provincial_school',
        'sector_school',
        'propaganda_board',
        'district_political_centre',
      ],
      excludedRoles: EXCLUDED,
    },
    'confirmed',
    `${table(1)} [C]; ${SOURCES.eligibility}`,
    'Chỉ trong hệ thống: Học viện, trường chính trị tỉnh, trường cán bộ bộ ngành, Ban Tuyên giáo, trung tâm chính trị cấp huyện.',
  ),
  categories: CATEGORIES_2021,
  quota: fact(
    { per: 'person', maxTotal: 2, maxByKind: { written: 2, audiovisual: null }, maxByCategory: { tap_chi: 1, bao: 1 } },
    'confirmed',
    `${table(1)} [C]`,
    'Mỗi người tối đa 2 bài: 1 bài tạp chí khoa học và 1 bài báo điện tử.',
  ),
  prizeCategories: onePerCategory(CATEGORIES_2021, 'Cơ cấu giải theo thể loại năm 2021'),
  promisingPrizes: notFound('Số giải Triển vọng theo thể lệ (kết quả: 10 giải)'),
  collectivePrizes: notFound('Số giải tập thể theo thể lệ (kết quả: 10 giải)'),
  otherAwards: notFound('Giải khác'),
  rounds: rounds('secondary'),
  form: notFound('Quy định hình thức bài dự thi năm 2021'),
  marking: unknownMarking(),
  results: fact(
    {
      entries: 8129,
      finalRound: 202,
      awards: null,
      byLevel: { A: 8, B: 10, C: 17, KK: 30, trien_vong: 10, tap_the: 10 },
    },
    'secondary',
    `${table(1)} [S]`,
  ),
};

export const EDITION_2022: Edition = {
  id: 'e2022',
  year: 2022,
  number: 2,
  title: title(2, 2022),
  plan: fact({ number: '762-KH/HVCTQG', date: null }, 'confirmed', `${SOURCES.letter2174}; ${table(2)}`),
  window: fact(
    { opens: '2022-03-01', closes: null, closesBy: null },
    'secondary',
    table(2),
    'Phát động 01/3/2022; hạn cuối chưa tìm thấy.',
  ),
  eligibility: publicEligibility('confirmed', 'Mở rộng cho mọi đối tượng từ năm 2022.'),
  categories: CATEGORIES_2022,
  quota: fact(
    {
      per: 'author_or_group',
      maxTotal: 2,
      maxByKind: { written: 2, audiovisual: null },
      maxByCategory: { tap_chi: 1, bao: 1 },
    },
    'confirmed',
    `${table(2)} [C]`,
    'Mỗi tác giả hoặc nhóm tác giả tối đa 2 bài: 1 bài tạp chí và 1 bài báo (in hoặc điện tử).',
  ),
  prizeCategories: onePerCategory(CATEGORIES_2022, 'Cơ cấu giải theo thể loại năm 2022'),
  promisingPrizes: notFound('Số giải Triển vọng năm 2022'),
  collectivePrizes: notFound('Số giải tập thể năm 2022'),
  otherAwards: notFound('Giải khác'),
  rounds: rounds('secondary'),
  form: notFound('Quy định hình thức bài dự thi năm 2022'),
  marking: unknownMarking(),
  results: fact({ entries: 116252, finalRound: null, awards: 154, byLevel: {} }, 'secondary', table(2)),
};

const AUDIOVISUAL_GROUP_NOTE =
  'Nguồn ghi thể loại "phát thanh/truyền hình/video" chung; gộp ba loại vào một hạng mục giải là cách hiểu, cần xác nhận.';

export const EDITION_2023: Edition = {
  id: 'e2023',
  year: 2023,
  number: 3,
  title: title(3, 2023),
  plan: fact({ number: '1712-KH/HVCTQG', date: '2023-01-31' }, 'secondary', `${table(3)}; ${SOURCES.launch2023}`),
  window: fact({ opens: '2023-02-01', closes: '2023-07-31', closesBy: null }, 'secondary', table(3)),
  eligibility: publicEligibility('secondary', 'Đối tượng ghi chung cho cuộc thi, không nêu lần thi.'),
  categories: fiveCategories(),
  quota: fact(
    {
      per: 'author_or_group',
      maxTotal: null,
      maxByKind: { written: 2, audiovisual: 3 },
      maxByCategory: { tap_chi: 1, bao: 1, phat_thanh: 1, truyen_hinh: 1, video: 1 },
    },
    'secondary',
    `${SOURCES.quota2023} [S]`,
    '2 tác phẩm viết (1 tạp chí, 1 báo) và 3 tác phẩm nghe nhìn (1 phát thanh, 1 truyền hình, 1 video).',
  ),
  prizeCategories: [
    {
      code: 'tap_chi',
      label: 'Tạp chí',
      categories: ['tap_chi'],
      prizes: fact(prizes(1, 3, 5, 7, 10), 'confirmed', SOURCES.prizes2023),
    },
    {
      code: 'bao',
      label: 'Báo',
      categories: ['bao'],
      prizes: fact(prizes(1, 3, 5, 7, 10), 'confirmed', SOURCES.prizes2023),
    },
    {
      code: 'nghe_nhin',
      label: 'Phát thanh, truyền hình, video',
      categories: ['phat_thanh', 'truyen_hinh', 'video'],
      prizes: fact(prizes(1, 3, 5, 7, 10), 'secondary', SOURCES.prizes2023, AUDIOVISUAL_GROUP_NOTE),
    },
  ],
  promisingPrizes: fact(
    15,
    'confirmed',
    SOURCES.prizes2023,
    'Dành cho tác giả trẻ có bài vào chung khảo; tiêu chí tuổi chưa tìm thấy.',
  ),
  collectivePrizes: fact(
    { count: 15, minimumLevel: 'B' },
    'confirmed',
    SOURCES.prizes2023,
    'Mỗi tập thể cần ít nhất 1 tác phẩm đạt giải B trở lên.',
  ),
  otherAwards: fact([], 'secondary', SOURCES.prizes2023),
  rounds: rounds('secondary'),
  form: notFound('Quy định hình thức bài dự thi năm 2023'),
  marking: unknownMarking(),
  results: notFound('Kết quả năm 2023'),
};

export const EDITION_2024: Edition = {
  id: 'e2024',
  year: 2024,
  number: 4,
  title: title(4, 2024),
  plan: fact({ number: '2858-KH/HVCTQG', date: '2024-01-22' }, 'secondary', table(4)),
  window: fact(
    { opens: '2024-01-24', closes: '2024-07-15', closesBy: 'postmark' },
    'secondary',
    `${table(4)}; ${SOURCES.deadline2024}`,
  ),
  eligibility: publicEligibility('secondary', 'Đối tượng ghi chung cho cuộc thi, không nêu lần thi.'),
  categories: fiveCategories(),
  quota: notFound('Giới hạn số tác phẩm mỗi tác giả năm 2024'),
  prizeCategories: [
    {
      code: 'toan_cuoc',
      label: 'Toàn cuộc thi',
      categories: FIVE_CATEGORIES.map(([code]) => code),
      prizes: fact(prizes(1, 0, 0, 0, 0), 'secondary', SOURCES.prizes2024, '1 giải Đặc biệt chung cho cả cuộc thi.'),
    },
    ...FIVE_CATEGORIES.map(([code, label]) => {
      const counts =
        code === 'tap_chi' || code === 'bao'
          ? prizes(0, 3, 6, 10, 20)
          : code === 'video'
            ? prizes(0, 1, 2, 3, 6)
            : prizes(0, 2, 4, 6, 10);
      return { code, label, categories: [code], prizes: fact(counts, 'secondary', `${SOURCES.prizes2024} [S]`) };
    }),
  ],
  promisingPrizes: fact(20, 'secondary', `${SOURCES.prizes2024} [S]`),
  collectivePrizes: fact(
    { count: 15, minimumLevel: null },
    'secondary',
    `${SOURCES.prizes2024} [S]`,
    'Điều kiện xét giải tập thể năm 2024 chưa tìm thấy.',
  ),
  otherAwards: fact(
    ['Giải tác giả cao tuổi nhất', 'Giải tác giả trẻ tuổi nhất'],
    'secondary',
    `${SOURCES.prizes2024} [S]`,
  ),
  rounds: rounds('secondary'),
  form: notFound('Quy định hình thức bài dự thi năm 2024'),
  marking: unknownMarking(),
  results: fact(
    { entries: null, finalRound: null, awards: null, byLevel: {} },
    'uncertain',
    NOT_FOUND,
    'Khoảng 468.000 bài là con số suy ra, không phải số công bố; kết quả chưa tìm thấy.',
  ),
};

const written2025 = (code: string) =>
  code === 'tap_chi' || code === 'bao'
    ? {
        maxAuthors: fact(2, 'secondary', `${SOURCES.plan2025} [S]`),
        overlapThreshold: fact(code === 'tap_chi' ? 0.2 : 0.25, 'secondary', `${SOURCES.plan2025} [S]`),
      }
    : {
        maxAuthors: fact(3, 'secondary', `${SOURCES.plan2025} [S]`),
        overlapThreshold: notFound<number>(
          'Không thấy ngưỡng trùng lặp cho tác phẩm nghe nhìn (phần mềm kiểm tra áp dụng cho bài viết)',
        ),
      };

export const EDITION_2025: Edition = {
  id: 'e2025',
  year: 2025,
  number: 5,
  title: title(5, 2025),
  plan: fact({ number: '57-KH/HVCTQG', date: '2025-02-05' }, 'secondary', `${table(5)}; ${SOURCES.plan2025}`),
  window: fact({ opens: '2025-02-06', closes: '2025-07-15', closesBy: 'postmark' }, 'secondary', table(5)),
  eligibility: publicEligibility('secondary', 'Đối tượng ghi chung cho cuộc thi, không nêu lần thi.'),
  categories: fiveCategories(written2025),
  quota: fact(
    {
      per: 'author_or_group',
      maxTotal: null,
      maxByKind: { written: 2, audiovisual: 3 },
      maxByCategory: { phat_thanh: 1, truyen_hinh: 1, video: 1 },
    },
    'secondary',
    `${SOURCES.plan2025} [S]`,
    'Tối đa 2 tác phẩm viết và 3 tác phẩm nghe nhìn (mỗi loại 1).',
  ),
  prizeCategories: onePerCategory(fiveCategories(), 'Cơ cấu giải theo thể loại năm 2025'),
  promisingPrizes: notFound('Số giải Triển vọng năm 2025'),
  collectivePrizes: notFound('Số giải tập thể theo thể lệ năm 2025 (kết quả: 20 tập thể)'),
  otherAwards: notFound('Giải khác năm 2025'),
  rounds: rounds('confirmed'),
  form: fact(
    { authorDetailsSeparate: true, forbidden: ['Đóng bìa cứng', 'In trên giấy ảnh', 'In trên giấy màu'] },
    'confirmed',
    SOURCES.form2025,
    'Thông tin tác giả (họ tên, năm sinh, bút danh, chức danh, chức vụ, đơn vị, địa chỉ, điện thoại, email, CCCD, tài khoản) ở trang cuối riêng; bài không đúng quy định bị loại khi sơ loại, không trả lại.',
  ),
  marking: unknownMarking(),
  results: fact(
    { entries: 541766, finalRound: null, awards: 137, byLevel: { A: 12, B: 23, C: 36, KK: 66, tap_the: 20 } },
    'confirmed',
    SOURCES.results2025,
    'Lễ trao giải 22/10/2025.',
  ),
};

export const EDITIONS: readonly Edition[] = [EDITION_2021, EDITION_2022, EDITION_2023, EDITION_2024, EDITION_2025];
