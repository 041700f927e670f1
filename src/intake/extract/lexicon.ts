/**
 * Vietnamese words of official correspondence (two-syllable compounds, written from general knowledge of
 * administrative Vietnamese, not copied from the sample letters). tesseract's vie model confuses tone marks
 * that differ by a small stroke (hỏi read as sắc: "tố chức", "đối mới", "kiếm tra"; ngã as a breve: "lănh"),
 * and every such misreading is itself a valid syllable, so a syllable test cannot see it. A pair of adjacent
 * words that is not a known compound, but whose diacritic-folded form is exactly one known compound, is
 * repaired to it — unless one of the two words already forms a known compound with its other neighbour.
 */
import { fold } from './normalize.ts';
import { EPONYMS, ORGANISATION_WORDS, PROVINCES } from './organisations.ts';

const COMPOUNDS = `
ý kiến, góp ý, tổ chức, tổ công, công tác, đổi mới, chuyển đổi, kiểm tra, kiểm điểm, kiểm soát, kiểm định, kiểm toán, kiểm kê,
triển khai, phát triển, thiểu số, dân tộc, tổng kết, tổng hợp, tổng cục, tổng thể, tổng số, đại biểu, tiêu biểu,
biểu dương, biểu mẫu, điểm danh, địa điểm, thời điểm, quan điểm, trọng điểm, thí điểm, điển hình, cụ thể, thể chế,
thể thao, tập thể, hiểu biết, tìm hiểu, tiểu học, phổ biến, phổ thông, bổ sung, bổ nhiệm, bổ túc, bồi dưỡng,
mở lớp, mở rộng, khởi công, khởi nghiệp, sở nội, nội vụ, tỉnh ủy, tỉnh uỷ, thành ủy, thành uỷ, huyện ủy, đảng ủy,
đảng viên, đảng bộ, cấp ủy, ủy ban, ủy viên, uỷ ban, ủy quyền, ủy nhiệm, ủy thác, chủ tịch, chủ nhiệm, chủ trì,
chủ động, chủ trương, chủ đề, chủ yếu, chủ thể, chủ quản, chỉ đạo, chỉ thị, chỉ tiêu, chỉ số, chỉ huy, chỉ định,
chỉ rõ, địa chỉ, lãnh đạo, lãnh thổ, quản lý, quản trị, giảng viên, giảng dạy, bài giảng, giảng đường, giải pháp,
giải quyết, giải thể, giải thưởng, giải trình, hải quan, thẩm định, thẩm quyền, thẩm tra, thủ tục, thủ trưởng,
thủ tướng, thủ khoa, bảo đảm, đảm bảo, đảm nhiệm, bảo vệ, bảo quản, bảo hiểm, bảo hành, bảo tồn, bảo tàng,
cải cách, cải tiến, cải thiện, cải tạo, hiệu quả, kết quả, hậu quả, khảo sát, tham khảo, khảo thí, thảo luận,
dự thảo, hội thảo, tọa đàm, soạn thảo, biên soạn, biên chế, biên tập, biên bản, chuyển giao, chuyển tiếp,
chuyển khoản, chuyển đến, vận chuyển, di chuyển, chuyên đề, chuyên viên, chuyên môn, chuyên ngành, chuyên trách,
hướng dẫn, định hướng, phương hướng, ảnh hưởng, hưởng ứng, thưởng phạt, khen thưởng, giải thưởng, tiền thưởng,
trưởng ban, trưởng phòng, trưởng khoa, vụ trưởng, cục trưởng, bộ trưởng, thứ trưởng, hiệu trưởng, tăng trưởng,
trưởng thành, trường chính, chính trị, chính quyền, chính sách, chính phủ, chính thức, chính xác, tài chính,
hành chính, bưu chính, điều chỉnh, chỉnh sửa, chỉnh lý, hoàn chỉnh, điều hành, điều kiện, điều tra, điều phối,
điều động, nhiệm vụ, phục vụ, dịch vụ, nghĩa vụ, nghiệp vụ, vụ việc, sự nghiệp, nghiệp đoàn, tốt nghiệp,
doanh nghiệp, nông nghiệp, công nghiệp, chuyên nghiệp, đồng nghiệp, công nghệ, nghệ thuật, khoa học, học viên,
học viện, học tập, học phần, học kỳ, học bổng, học sinh, sinh viên, nghiên cứu, đề tài, đề án, đề nghị, đề xuất,
đề cương, đề ra, vấn đề, tiêu chuẩn, tiêu chí, chuẩn bị, chuẩn hóa, chuẩn mực, phê chuẩn, phê duyệt, phê bình,
xét duyệt, xây dựng, sử dụng, tuyển dụng, áp dụng, ứng dụng, vận dụng, tín dụng, nội dung, dung lượng, tuyển sinh,
tuyển chọn, lựa chọn, bầu cử, cử tri, cử nhân, cử tuyển, cử cán, cán bộ, công chức, viên chức, chức danh, chức vụ,
chức năng, chức trách, nhân dân, nhân sự, nhân viên, nhân lực, cá nhân, công nhân, nguyên nhân, nhận xét,
nhận thức, tiếp nhận, xác nhận, công nhận, ghi nhận, nơi nhận, đánh giá, giá trị, trị giá, thông tin, thông báo,
thông tư, thông qua, thông tri, thông suốt, truyền thông, báo cáo, báo chí, quán triệt, triệt để,
tuyên truyền, tuyên giáo, tuyên dương, tuyên bố, giáo dục, giáo trình, giáo viên, giáo án, tôn giáo, dân vận,
vận động, vận hành, hoạt động, lao động, động viên, tác động, chủ động, bị động, cơ động, tự động, hội đồng,
đồng chí, đồng bằng, đồng bào, đồng thời, đồng ý, cộng đồng, đồng bộ, bộ máy, bộ phận, bộ môn, toàn bộ, tiến bộ,
tiến độ, tiến hành, tiến sĩ, thạc sĩ, chế độ, trình độ, thái độ, mức độ, định kỳ, định mức, quy định, quyết định,
ổn định, xác định, khẳng định, nghị định, nghị quyết, quyết toán, dự toán, kế toán, thanh toán, tính toán,
toàn diện, toàn thể, toàn quốc, an toàn, hoàn thành, hoàn thiện, hoàn tất, thành lập, thành viên, thành phố,
thành phần, thành tích, thành công, trở thành, sáp nhập, hợp nhất, thống nhất, duy nhất, cập nhật, nhất trí,
sắp xếp, sắp tới, tinh gọn, tinh giản, địa phương, địa bàn, địa giới, phương án, phương pháp, phương thức,
phương tiện, đơn vị, đơn vị, vị trí, việc làm, làm việc, công việc, kinh phí, kinh tế, kinh nghiệm, chi phí,
chi tiết, chi trả, chi tiêu, chi thường, thường xuyên, thường trực, thường vụ, bình thường, cơ sở, cơ quan,
cơ cấu, cơ chế, cơ bản, cơ hội, trực thuộc, trực tiếp, trực tuyến, tập trung, tập huấn, tập sự, huấn luyện,
luyện tập, lý luận, lý lịch, lý do, hợp lý, xử lý, tâm lý, đại lý, văn bản, văn phòng, văn hóa, văn hoá, văn kiện,
văn thư, văn minh, thư ký, bí thư, thư viện, lưu trữ, ban hành, thi hành, chấp hành, phát hành, thực hành,
thực hiện, thực tiễn, thực tế, thực chất, thực trạng, hiện nay, hiện hành, hiện đại, thể hiện, phát hiện,
xuất hiện, đại diện, đại hội, đại học, cao đẳng, cao cấp, trung cấp, sơ cấp, cấp xã, cấp huyện, cấp tỉnh,
cấp ủy, cấp phòng, cấp trên, cấp dưới, cấp phát, cung cấp, khẩn cấp, hội nghị, hội thi, hội viên, hội nhập,
xã hội, quốc hội, cơ hội, quốc gia, quốc phòng, quốc tế, quốc dân, tham gia, gia đình, tăng cường, tăng thêm,
cường độ, cường quốc, thời gian, thời hạn, thời kỳ, thời sự, kỳ họp, nhiệm kỳ, học kỳ, kỳ thi, thi đua, dự thi,
thi tuyển, thi nâng, nâng cao, nâng ngạch, ngạch chuyên, chất lượng, số lượng, lực lượng, năng lượng, năng lực,
hiệu lực, nỗ lực, áp lực, quyền lực, phối hợp, kết hợp, hợp tác, hợp đồng, tổ hợp, trường hợp, phù hợp, hội họp,
lớp học, lớp bồi, khóa học, khoá học, kế hoạch, quy hoạch, hạch toán, danh sách, danh mục, danh hiệu, chức danh,
mục tiêu, mục đích, hạng mục, tiêu đề, giảm thiểu, tối thiểu, tối đa, tối ưu, cải thiện, thiết bị, thiết kế,
thiết thực, thiết lập, cần thiết, chuyển đổi số, kỹ năng, kỹ thuật, kỹ lưỡng, phần mềm, dữ liệu, tài liệu,
tài sản, tài nguyên, số liệu, vật liệu, nguyên liệu, nhiên liệu, liên quan, liên hệ, liên ngành, liên tục,
liên kết, liên thông, quan tâm, quan hệ, quan trọng, cơ quan, khách quan, chủ quan, trung ương, trung tâm,
trung thành, trung bình, phụ trách, trách nhiệm, nhiệm kỳ, đôn đốc, giám đốc, giám sát, giám khảo, giám định,
phó giám, phó chủ, phó bí, phó trưởng, phó hiệu, phó chánh, chánh văn, chánh án, chánh thanh, thanh tra,
thanh niên, thanh toán, thanh lý, nữ giới, phụ nữ, cựu chiến, chiến binh, chiến lược, chiến sĩ, mặt trận,
tổ quốc, đoàn thể, đoàn kết, công đoàn, đoàn viên, đoàn khảo, khảo sát, giới thiệu, giới hạn, thế giới,
biên giới, ranh giới, nền tảng, tư tưởng, tưởng niệm, lý tưởng, tư duy, tư liệu, tư vấn, tư pháp, đầu tư,
không gian, không gian mạng, trực tiếp, trực quan, mạng lưới, mạng xã, hệ thống, hệ không, điện tử,
điện thoại, điện báo, thư điện, bản điện, số hóa, số hoá, đô thị, nông thôn, miền núi, vùng sâu, vùng xa,
biển đảo, hải đảo, hải phòng, phòng chống, phòng ngừa, phòng ban, dự phòng, quốc phòng, an ninh, an sinh,
sinh hoạt, sinh thái, bồi thường, phụ cấp, lương hưu, tiền lương, nghỉ hưu, nghỉ phép, tuổi đời, độ tuổi,
trẻ hóa, kế cận, kế thừa, kế tiếp, kế toán, thống kê, kê khai, khai giảng, khai mạc, khai thác, công khai,
bế giảng, bế mạc, tổng kết, sơ kết, kết luận, kết thúc, cam kết, đoàn kết, liên kết, kết nạp, hồ sơ, minh chứng,
chứng chỉ, chứng nhận, chứng minh, bằng cấp, văn bằng, học vị, học hàm, giáo sư, phó giáo, nghiệm thu, thu chi,
thu hút, thu nhập, thu thập, sưu tầm, tích cực, tích hợp, lồng ghép, ghép nối, trình bày, trình chiếu, tờ trình,
đệ trình, chương trình, quy trình, lộ trình, công trình, giáo trình, tiến trình, quá trình, hành trình,
phục hồi, phục vụ, khắc phục, thuyết phục, phục tùng, hạn chế, tồn tại, yếu kém, khuyết điểm, ưu điểm,
nhược điểm, đặc điểm, điểm mới, điểm yếu, sai phạm, vi phạm, xử phạt, kỷ luật, kỷ cương, kỷ niệm, pháp luật,
luật pháp, pháp lý, pháp chế, hiến pháp, đạo đức, đạo luật, lối sống, tác phong, phong trào, phong cách,
phòng họp, hội trường, trường học, nhà trường, trường hợp, thị trường, môi trường, lập trường, thị xã, thị trấn,
phường xã, xã phường, huyện thị, thành thị, tỉnh thành, tỉnh lỵ, đặc khu, đặc biệt, đặc thù, đặc trưng,
khẩn trương, khẩn cấp, hỏa tốc, thượng khẩn, tuyệt mật, tối mật, bí mật, bảo mật, giữ gìn, gìn giữ, giữ vững,
vững chắc, vững mạnh, trong sạch, sạch sẽ, tự chủ, tự túc, tự giác, tự nguyện, tự học, tự nghiên, tự đánh,
tinh thần, xét tuyển, trúng tuyển, giai đoạn, dạy giỏi, an ninh, quốc phòng, chuyển đổi số,
cấp ủy đảng, tổ chức đảng, chế độ chi, định mức chi, mức chi,
đề án, dự thảo, đề cương, đẩy mạnh, trường chính trị chuẩn, chuẩn chức danh, tiêu chuẩn chức danh,
`;

export const COMPOUND_LIST: string[] = [
  ...new Set(
    [...COMPOUNDS.split(/[,\n]/), ...PROVINCES, ...EPONYMS, ...ORGANISATION_WORDS]
      .map((s) => s.trim().toLowerCase())
      .filter((s) => s.split(' ').length >= 2),
  ),
];

/** Whether two words (any case) are adjacent words of a known compound ("Đề" + "án"). */
export function isKnownPair(a: string, b: string): boolean {
  return KNOWN.has(`${a.toLowerCase()} ${b.toLowerCase()}`);
}

/**
 * The second word of the one compound that starts with `a` and goes on with `b`, both compared with case and marks
 * aside ("thiểu" + "SƠ" → "số"); null when none does.
 */
export function secondOfPair(a: string, b: string): string | null {
  const first = a.toLowerCase();
  const pair = PAIRS.get(fold(`${first} ${b.toLowerCase()}`));
  // The first word may carry OCR's tone damage too ("chuyến đối" / "SỐ"): the compound's repair mends it later.
  return pair && fold(pair.split(' ')[0] ?? '') === fold(first) ? (pair.split(' ')[1] ?? null) : null;
}

/** Folded "a b" → the compound as written, for every adjacent word pair of the compounds. */
const PAIRS = new Map<string, string | null>();
const KNOWN = new Set<string>();
for (const c of COMPOUND_LIST) {
  const words = c.split(' ');
  for (let i = 0; i + 1 < words.length; i++) {
    const pair = `${words[i]} ${words[i + 1]}`;
    KNOWN.add(pair);
    const key = fold(pair);
    const prev = PAIRS.get(key);
    // Two compounds that fold alike cannot repair each other: neither is used. Old and new tone placement
    // ("uỷ"/"ủy", "hoà"/"hòa") are the same word: the first spelling listed is the one repairs produce.
    const samePlacement =
      prev && prev.replace(/uỷ/g, 'ủy').replace(/oà/g, 'òa') === pair.replace(/uỷ/g, 'ủy').replace(/oà/g, 'òa');
    PAIRS.set(key, prev === undefined || prev === pair || samePlacement ? (prev ?? pair) : null);
  }
}

// Pairs of place names: a tone that makes no place name is damage of any kind.
const PLACE_PAIRS = new Set(
  [...PROVINCES, ...EPONYMS].flatMap((c) => {
    const w = c.trim().toLowerCase().split(/\s+/);
    return w.slice(1).map((b, i) => `${w[i]} ${b}`);
  }),
);

function matchCase(model: string, word: string): string {
  if (model === model.toUpperCase() && model !== model.toLowerCase()) return word.toUpperCase();
  if (model.charAt(0) !== model.charAt(0).toLowerCase()) return word.charAt(0).toUpperCase() + word.slice(1);
  return word;
}

const WORD = /^[\p{L}]+$/u;

const TONES: Record<string, string> = { '\u0301': 's', '\u0300': 'f', '\u0309': 'r', '\u0303': 'x', '\u0323': 'j' };
function toneOf(ch: string): string {
  for (const c of ch.normalize('NFD')) if (TONES[c]) return TONES[c] as string;
  return '';
}
// Tone marks OCR confuses on printed letters (a lost mark is always allowed): any two of the marks above the
// letter (acute, grave, hook, tilde: one stroke for another), the dot below for a mark above and back, and a
// dot below read where an acute was. An acute read where a dot below was ("mực" for "mức") and the grave for
// the dot below ("đồng"/"động") are left: each pair is two frequent words, and "chuẩn mực" and "chuẩn mức" are
// both written. A hook printed over a bare vowel ("tỉnh thần" for "tinh thần") is a speck of the same kind.
const CONFUSED = new Set([
  'sr',
  'rs',
  'rx',
  'xr',
  'xf',
  'fx',
  'xs',
  'sx',
  'fr',
  'rf',
  'sf',
  'fs',
  'rj',
  'jr',
  'xj',
  'jx',
  'js',
  'r',
]);
// A syllable closed by a stop (-c, -ch, -p, -t) takes only the acute or the dot below: "chừc", "soãt" are no
// words, so their tone is damage of any kind and the compound decides it.
const STOP_CODA = /(c|ch|p|t)$/;
function impossibleTone(word: string): boolean {
  const tone = [...word].map(toneOf).find(Boolean) ?? '';
  return (tone === 'f' || tone === 'r' || tone === 'x') && STOP_CODA.test(fold(word));
}
function plausibleMisreading(printed: string, word: string, proper = false): boolean {
  if (printed.length !== word.length) return false;
  if (proper || impossibleTone(printed)) return true;
  for (let i = 0; i < printed.length; i++) {
    const p = toneOf(printed.charAt(i));
    const t = toneOf(word.charAt(i));
    if (p !== t && p !== '' && !CONFUSED.has(p + t)) return false;
  }
  return true;
}

// Frequent words whose unaccented form stands for no other frequent word of official letters; OCR (or a
// typist without a Vietnamese keyboard) sometimes drops every mark of a word.
export const BARE_WORDS = new Map(
  [
    'của',
    'các',
    'được',
    'những',
    'với',
    'về',
    'học',
    'cấp',
    'việc',
    'trên',
    'một',
    'người',
    'không',
    'thực',
    'hiện',
    'lượng',
    'chương',
    'trình',
    'nghiệp',
    'nhiệm',
    'phương',
    'tạo',
    'bồi',
    'kiểm',
    'triển',
    'khảo',
    'hội',
    'nghị',
    'đánh',
    'giảng',
    'luận',
    'ủy',
    'tổng',
    'kết',
    'và',
    'lớp',
  ].map((w) => [fold(w), w]),
);
export interface LexiconRepair {
  text: string;
  /** Number of words changed. */
  repairs: number;
}

/** Repairs tone marks of words that form a known compound with a neighbour only after folding. */
/**
 * A capitalised word whose first letter OCR set apart ("tỉnh N ghệ An"): joined when the whole word and the next
 * one make a known compound (a province, an eponym, a body's name).
 */
export function joinSplitInitials(text: string): string {
  return text.replace(/(?<![\p{L}])(\p{Lu}) (\p{Ll}{1,6})(?=\s+(\p{L}+))/gu, (m, a: string, b: string, next: string) =>
    isKnownPair(`${a}${b}`, next) ? `${a}${b}` : m,
  );
}

export function repairCompounds(text: string): LexiconRepair {
  const parts = text.split(/(\s+)/);
  // Word tokens: index into parts, the bare word, and leading/trailing punctuation.
  const toks: Array<{ at: number; core: string; pre: string; post: string }> = [];
  for (let i = 0; i < parts.length; i += 2) {
    const m = /^([^\p{L}]*)([\p{L}]+)([^\p{L}]*)$/u.exec(parts[i] ?? '');
    toks.push(
      m ? { at: i, core: m[2] ?? '', pre: m[1] ?? '', post: m[3] ?? '' } : { at: i, core: '', pre: '', post: '' },
    );
  }
  const lower = toks.map((t) => t.core.toLowerCase());
  // A pair separated by punctuation ("tổ, chức") is not a compound.
  const joined = (k: number) =>
    !toks[k]?.post && !toks[k + 1]?.pre && WORD.test(lower[k] ?? '') && WORD.test(lower[k + 1] ?? '');
  const anchored = toks.map(
    (_, k) =>
      (joined(k) && KNOWN.has(`${lower[k]} ${lower[k + 1]}`)) ||
      (k > 0 && joined(k - 1) && KNOWN.has(`${lower[k - 1]} ${lower[k]}`)),
  );
  let repairs = 0;
  // OCR reads specks as punctuation inside a compound ("bảo: vệ", "tăng cường. công"): dropped when the two
  // words make a known compound without it. Commas are left alone: "tỉnh, thành phố" is an enumeration.
  for (let k = 0; k + 1 < toks.length; k++) {
    const t = toks[k];
    const u = toks[k + 1];
    if (!t || !u || !/^[:.;']$/.test(t.post) || u.pre) continue;
    const pair = `${lower[k]} ${lower[k + 1]}`;
    if (!KNOWN.has(pair) && !PAIRS.get(fold(pair))) continue;
    t.post = '';
    parts[t.at] = `${t.pre}${t.core}`;
    repairs++;
  }
  for (let k = 0; k + 1 < toks.length; k++) {
    if (!joined(k)) continue;
    const pair = `${lower[k]} ${lower[k + 1]}`;
    if (KNOWN.has(pair)) continue;
    const fix = PAIRS.get(fold(pair));
    if (!fix) continue;
    const [a, b] = fix.split(' ') as [string, string];
    if ((a !== lower[k] && anchored[k]) || (b !== lower[k + 1] && anchored[k + 1])) continue;
    const proper = PLACE_PAIRS.has(fix);
    // A place's name is written with capitals: a small-letter pair is a common word ("nhà học đa năng"), never
    // "Đà Nẵng" with its marks lost.
    if (proper && !/^\p{Lu}/u.test(toks[k]?.core ?? '')) continue;
    if (!plausibleMisreading(lower[k] ?? '', a, proper) || !plausibleMisreading(lower[k + 1] ?? '', b, proper))
      continue;
    for (const [idx, w] of [
      [k, a],
      [k + 1, b],
    ] as const) {
      const t = toks[idx];
      if (!t || lower[idx] === w) continue;
      t.core = matchCase(t.core, w);
      lower[idx] = w;
      anchored[idx] = true;
      parts[t.at] = `${t.pre}${t.core}${t.post}`;
      repairs++;
    }
  }
  // A lower-case word with no mark at all, not repaired by a neighbour, that stands for one frequent word.
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    if (!t || !/^[a-z]+$/.test(t.core) || anchored[k]) continue;
    const w = BARE_WORDS.get(t.core);
    if (!w || w === t.core) continue;
    t.core = w;
    parts[t.at] = `${t.pre}${t.core}${t.post}`;
    repairs++;
  }
  return { text: parts.join(''), repairs };
}

// Letters whose capital differs from the small letter only in size (o/O, u/U, c/C, s/S, v/V, x/X, w/W, z/Z),
// with any marks: tesseract reads a small one as a capital ("các cấp Ủy", "Ở các xã").
const SIZE_ONLY = /^[CÇOÔƠÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢUƯÚÙỦŨỤỨỪỬỮỰSVXZW]/u;
// Words never capitalised inside a sentence in an official summary (they start no proper name).
const pairsOf = (list: string[]) =>
  new Set(
    list.flatMap((c) => {
      const w = c.trim().toLowerCase().split(/\s+/);
      return w.slice(1).map((b, i) => `${w[i]} ${b}`);
    }),
  );
// Word pairs of common compounds, and of proper names ("Học viện Chính trị", "Trường Chính trị"), whose
// capitals are printed.
const COMMON_PAIRS = pairsOf(COMPOUNDS.split(/[,\n]/).filter((c) => c.trim()));
const PROPER_PAIRS = pairsOf([...PROVINCES, ...EPONYMS, ...ORGANISATION_WORDS, 'trường chính trị', 'bộ chính trị']);
const NEVER_CAPITALISED = new Set(['ở', 'của', 'các', 'cho', 'với', 'về', 'và', 'sau', 'so']);

/**
 * A capital inside a sentence that OCR made of a small letter: a word of one syllable written with a
 * size-only capital, right after a lower-case word with no punctuation between, that is lower-cased when it
 * makes a known compound with that word ("cấp Ủy" → "cấp ủy") or is a word that starts no proper name ("Ở").
 */
export function lowerStrayCapitals(text: string): string {
  const parts = text.split(/(\s+)/);
  for (let i = 2; i < parts.length; i += 2) {
    const tok = parts[i] ?? '';
    const prev = parts[i - 2] ?? '';
    if (!/^\p{Lu}\p{Ll}*[,;.]?$/u.test(tok) || !SIZE_ONLY.test(tok) || !/^\p{Ll}+$/u.test(prev)) continue;
    const m = /^(\p{L}+)(.*)$/u.exec(tok);
    const word = (m?.[1] ?? '').toLowerCase();
    const pair = `${prev.toLowerCase()} ${word}`;
    if (!(COMMON_PAIRS.has(pair) && !PROPER_PAIRS.has(pair)) && !NEVER_CAPITALISED.has(word)) continue;
    parts[i] = `${word}${m?.[2] ?? ''}`;
  }
  return parts.join('');
}
