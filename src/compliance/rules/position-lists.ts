/**
 * Target-group positions for trung cấp (L-TC-06), as editable data. Seeded from the target groups
 * of 57-QĐ/TW Chương II and 350-QĐ/TW (regulations.md §1, §1b). A position passes when it equals an
 * entry after normalisation (case, diacritics, spacing); anything else is a warning for a person to
 * confirm, never a block, because positions are free text. Replace or extend a list through
 * ComplianceConfig.positionLists without touching the engine.
 */

export type PositionList = { id: string; title: string; source: string; entries: string[] };

const COMMUNE_UNITS = ['xã', 'phường', 'thị trấn'];

/** "Chủ tịch UBND" → "Chủ tịch UBND", "Chủ tịch UBND xã", "Chủ tịch UBND phường", … */
function atCommuneLevel(titles: string[], units: string[] = COMMUNE_UNITS): string[] {
  return titles.flatMap((title) => [title, ...units.map((unit) => `${title} ${unit}`), `${title} cấp xã`]);
}

const COMMUNE_LEADERS = [
  'Bí thư Đảng ủy',
  'Phó Bí thư Đảng ủy',
  'Ủy viên Ban Thường vụ Đảng ủy',
  'Ủy viên Ban Chấp hành Đảng bộ',
  'Đảng ủy viên',
  'Chủ tịch HĐND',
  'Phó Chủ tịch HĐND',
  'Chủ tịch Hội đồng nhân dân',
  'Phó Chủ tịch Hội đồng nhân dân',
  'Chủ tịch UBND',
  'Phó Chủ tịch UBND',
  'Chủ tịch Ủy ban nhân dân',
  'Phó Chủ tịch Ủy ban nhân dân',
  'Chủ tịch Ủy ban MTTQ',
  'Phó Chủ tịch Ủy ban MTTQ',
  'Chủ tịch Ủy ban Mặt trận Tổ quốc',
  'Phó Chủ tịch Ủy ban Mặt trận Tổ quốc',
  'Bí thư Đoàn',
  'Phó Bí thư Đoàn',
  'Chủ tịch Hội Liên hiệp Phụ nữ',
  'Phó Chủ tịch Hội Liên hiệp Phụ nữ',
  'Chủ tịch Hội Nông dân',
  'Phó Chủ tịch Hội Nông dân',
  'Chủ tịch Hội Cựu chiến binh',
  'Phó Chủ tịch Hội Cựu chiến binh',
];

/** "Deputy room head" (phó trưởng phòng) and board equivalents, the threshold both texts name. */
const ROOM_AND_BOARD_HEADS = ['Phó Trưởng phòng', 'Trưởng phòng', 'Phó Trưởng ban', 'Trưởng ban'];

const MILITARY_COMMAND = [
  'Chỉ huy trưởng Ban Chỉ huy quân sự',
  'Chỉ huy phó Ban Chỉ huy quân sự',
  'Chính trị viên Ban Chỉ huy quân sự',
  'Phó Tiểu đoàn trưởng',
  'Tiểu đoàn trưởng',
  'Chính trị viên tiểu đoàn',
  'Chính trị viên phó tiểu đoàn',
];

export const DEFAULT_POSITION_LISTS: readonly PositionList[] = [
  {
    id: 'R57-trung-cap',
    title: 'Đối tượng đào tạo trung cấp LLCT theo Quy định 57-QĐ/TW',
    source: 'Quy định 57-QĐ/TW, Chương II (đối tượng trung cấp)',
    entries: [
      ...atCommuneLevel(COMMUNE_LEADERS),
      ...atCommuneLevel(['Chỉ huy trưởng Ban Chỉ huy quân sự', 'Chỉ huy trưởng quân sự']),
      ...ROOM_AND_BOARD_HEADS,
      ...MILITARY_COMMAND,
    ],
  },
  {
    id: 'R350-trung-cap',
    title: 'Đối tượng đào tạo trung cấp LLCT theo Quy định 350-QĐ/TW',
    source: 'Quy định 350-QĐ/TW, đối tượng trung cấp',
    entries: [
      ...atCommuneLevel(COMMUNE_LEADERS, [...COMMUNE_UNITS, 'đặc khu']),
      'Đảng ủy viên Đảng ủy cơ sở',
      'Ủy viên Ban Chấp hành Đảng bộ cơ sở',
      'Bí thư Đảng ủy cơ sở',
      'Phó Bí thư Đảng ủy cơ sở',
      ...ROOM_AND_BOARD_HEADS,
      'Phó Vụ trưởng',
      'Vụ trưởng',
      'Phó Giám đốc Sở',
      'Giám đốc Sở',
      ...MILITARY_COMMAND,
      'Phó Trưởng Công an xã',
      'Trưởng Công an xã',
      'Phó Trưởng Công an phường',
      'Trưởng Công an phường',
      'Phó Đội trưởng',
      'Đội trưởng',
      'Phó Trưởng phòng doanh nghiệp',
      'Trưởng phòng doanh nghiệp',
      'Giảng viên trung cấp LLCT',
      'Giảng viên trường chính trị',
    ],
  },
];
