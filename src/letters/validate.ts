/**
 * Checks of a letter before it is rendered or issued, with Vietnamese messages. Errors stop the action;
 * warnings are shown to the drafter (a state công văn without "Kính gửi", a Nơi nhận without "Lưu").
 */
import { Value } from '@sinclair/typebox/value';
import { AUTHORITY_MARKS, findAuthority, findLetterType, isCongVan } from './catalog.ts';
import { type Letter, LetterSchema } from './model.ts';

export interface LetterCheck {
  errors: string[];
  warnings: string[];
}

const PARTY_SYMBOL = /^(\d{1,6})-([A-Za-zĐđ]{1,5})\/([A-ZĐ0-9]+(?:-[A-ZĐ0-9]+)*)$/u;
const STATE_SYMBOL = /^(\d{1,6})(?:\/(\d{4}))?\/([A-ZĐ][A-Za-zĐđ0-9]*(?:-[A-ZĐ0-9][A-Za-zĐđ0-9]*)*)$/u;

function isRealDate(iso: string): boolean {
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}

/** Structural check first (schema), then the rules of the family. */
export function checkLetter(input: unknown): LetterCheck {
  if (!Value.Check(LetterSchema, input)) {
    const errors = [...Value.Errors(LetterSchema, input)]
      .slice(0, 20)
      .map((e) => `Trường "${e.path || '/'}" không hợp lệ: ${e.message}`);
    return { errors, warnings: [] };
  }
  const letter = input as Letter;
  const errors: string[] = [];
  const warnings: string[] = [];
  const familyName = letter.family === 'party' ? 'văn bản của Đảng' : 'văn bản hành chính';

  const type = findLetterType(letter.family, letter.typeCode);
  if (!type) errors.push(`Loại văn bản "${letter.typeCode}" không có trong danh mục ${familyName}.`);

  if (letter.date && !isRealDate(letter.date)) errors.push(`Ngày văn bản "${letter.date}" không hợp lệ.`);

  const ns = letter.numberSymbol?.trim();
  if (ns) {
    const grammar = letter.family === 'party' ? PARTY_SYMBOL : STATE_SYMBOL;
    const match = grammar.exec(ns);
    if (!match) {
      const example = letter.family === 'party' ? '2174-CV/HVCTQG' : '15/QĐ-TCT hoặc 15/TCT-VP';
      errors.push(`Số, ký hiệu "${ns}" không đúng cách viết của ${familyName} (ví dụ ${example}).`);
    } else if (type && letter.family === 'party' && match[2] !== type.code) {
      errors.push(`Ký hiệu "${match[2]}" trong số, ký hiệu không khớp loại văn bản ${type.name} (${type.code}).`);
    } else if (type && letter.family === 'state' && !isCongVan(type.code) && !match[3]?.startsWith(`${type.code}-`)) {
      errors.push(`Ký hiệu văn bản hành chính phải bắt đầu bằng chữ viết tắt của loại văn bản (${type.code}-…).`);
    }
  }

  const mark = letter.signer.authority?.trim();
  if (mark) {
    const authority = findAuthority(letter.family, mark);
    if (!authority) {
      const allowed = AUTHORITY_MARKS[letter.family].map((a) => a.mark).join(', ');
      errors.push(`Thẩm quyền ký "${mark}" không dùng trong ${familyName} (dùng: ${allowed}).`);
    } else if (authority.needsOnBehalfOf && !letter.signer.onBehalfOf?.trim()) {
      errors.push(`Sau "${mark}" phải ghi tập thể hoặc chức vụ người đứng đầu (ví dụ "${mark} BAN GIÁM HIỆU").`);
    }
  }
  if (!letter.signer.title?.trim() && !letter.signer.onBehalfOf?.trim()) {
    errors.push('Chưa có chức vụ của người ký.');
  }

  if (letter.family === 'state' && isCongVan(letter.typeCode) && letter.addressees.length === 0) {
    warnings.push('Công văn chưa có "Kính gửi".');
  }
  if (letter.recipients.length === 0) warnings.push('Chưa có "Nơi nhận".');
  else if (!letter.recipients.some((r) => /^\s*lưu\b/iu.test(r))) {
    warnings.push('Nơi nhận chưa có dòng "Lưu: VT, …".');
  }
  if (letter.body.length === 0) warnings.push('Văn bản chưa có nội dung.');
  return { errors, warnings };
}

/** What must be true before the clerk issues the letter (number and date given at issue). */
export function checkReadyToIssue(letter: Letter): string[] {
  const problems = checkLetter(letter).errors;
  if (!letter.numberSymbol?.trim()) problems.push('Văn bản chưa có số, ký hiệu.');
  if (!letter.date) problems.push('Văn bản chưa có ngày ban hành.');
  return problems;
}
