/**
 * Blind codes (số phách): what judges see instead of an entry's author data. A code must reveal nothing —
 * not the school, the category, the order of registration or the author — so it is eight symbols drawn from
 * the operating system's generator (about 40 bits), never a counter or a hash of anything; unique within the
 * edition (the caller passes the codes already issued). Written with 31 symbols (Crockford's base 32 without
 * I, L, O, U — nothing to misread — and without Z, so that 31, a prime, makes the check exact) as XXXX-XXXX-C:
 * C is a check character that catches every single wrong symbol and every swap of two neighbours, so a
 * judge's typing error is refused rather than landing on another entry.
 */
import { randomInt } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXY';
const DATA_LENGTH = 8;
const VALUE = new Map([...ALPHABET].map((c, i) => [c, i]));

/** Draws one symbol in [0, 31); replaceable for tests only. */
export type SymbolSource = () => number;
const secureSymbol: SymbolSource = () => randomInt(ALPHABET.length);

function checkCharacter(data: string): string {
  // Weights 1..8 are invertible mod 31 and symbol values differ by less than 31, so no single change sums to 0.
  let sum = 0;
  for (let i = 0; i < data.length; i++) sum += (i + 1) * VALUE.get(data[i]!)!;
  return ALPHABET[sum % 31]!;
}

export function newBlindCode(symbol: SymbolSource = secureSymbol): string {
  let data = '';
  for (let i = 0; i < DATA_LENGTH; i++) data += ALPHABET[symbol()]!;
  return `${data.slice(0, 4)}-${data.slice(4)}-${checkCharacter(data)}`;
}

/** `count` new codes, none among `issued` (the edition's existing codes) and none repeated. */
export function generateBlindCodes(
  count: number,
  issued: Iterable<string> = [],
  symbol: SymbolSource = secureSymbol,
): string[] {
  const taken = new Set(issued);
  const out: string[] = [];
  for (let attempts = 0; out.length < count; attempts++) {
    if (attempts > count * 10 + 100) throw new Error('Không tạo được số phách mới (nguồn ngẫu nhiên lặp lại).');
    const code = newBlindCode(symbol);
    if (taken.has(code)) continue;
    taken.add(code);
    out.push(code);
  }
  return out;
}

/** What a judge typed → the canonical code, or null when it is not a well-formed code (bad check character). */
export function parseBlindCode(input: string): string | null {
  const cleaned = input.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  if (cleaned.length !== DATA_LENGTH + 1 || [...cleaned].some((c) => !VALUE.has(c))) return null;
  const data = cleaned.slice(0, DATA_LENGTH);
  if (checkCharacter(data) !== cleaned[DATA_LENGTH]) return null;
  return `${data.slice(0, 4)}-${data.slice(4)}-${cleaned[DATA_LENGTH]}`;
}
