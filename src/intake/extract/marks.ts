/**
 * Urgency (Khẩn, Thượng khẩn, Hỏa tốc, Hỏa tốc hẹn giờ; NĐ 30 Điều 4.2.c, edXML Priority) and
 * confidentiality (Mật, Tối mật, Tuyệt mật) marks. They are printed in capitals, often boxed, near the number,
 * so only upper-case words in the header count: "tài liệu mật" in the body is not a mark.
 */
import type { Confidentiality, Span, Urgency } from '../types.ts';
import type { Ctx } from './context.ts';

export interface MarksResult {
  urgency: Urgency | null;
  urgencySpan: Span | null;
  confidentiality: Confidentiality | null;
  confidentialitySpan: Span | null;
}

const URGENCY: Array<[RegExp, Urgency]> = [
  [/(?<!\p{L})H[OÒÓỎ][AÀÁẢ]?\s*T[ỐÔO]C\s+H[ẸE]N\s+GI[ỜƠO](?!\p{L})/u, 'Hỏa tốc hẹn giờ'],
  [/(?<!\p{L})H[OÒÓỎ][AÀÁẢ]?\s*T[ỐÔO]C(?!\p{L})/u, 'Hỏa tốc'],
  [/(?<!\p{L})TH[ƯU][ỢƠỢO]NG\s+KH[ẨẢÂA]N(?!\p{L})/u, 'Thượng khẩn'],
  [/(?<!\p{L})KH[ẨẢÂẤẦ]N(?!\p{L})/u, 'Khẩn'],
];
const SECRECY: Array<[RegExp, Confidentiality]> = [
  [/(?<!\p{L})TUY[ỆÊE]T\s+M[ẬẤẦÂ]T(?!\p{L})/u, 'Tuyệt mật'],
  [/(?<!\p{L})T[ỐÔO]I\s+M[ẬẤẦÂ]T(?!\p{L})/u, 'Tối mật'],
  [/(?<![\p{L}]|BẢO\s|BAO\s)M[ẬẤẦ]T(?!\p{L})/u, 'Mật'],
];

export function findMarks(ctx: Ctx, limit: number): MarksResult {
  const out: MarksResult = { urgency: null, urgencySpan: null, confidentiality: null, confidentialitySpan: null };
  for (let i = 0; i < Math.min(limit, ctx.doc.lines.length); i++) {
    const line = ctx.doc.lines[i];
    if (!line?.text) continue;
    const text = ctx.masked[i] ?? line.text;
    if (!out.urgency) {
      for (const [re, value] of URGENCY) {
        const m = re.exec(text);
        if (m) {
          out.urgency = value;
          out.urgencySpan = [line.start + m.index, line.start + m.index + m[0].length];
          break;
        }
      }
    }
    if (!out.confidentiality) {
      for (const [re, value] of SECRECY) {
        const m = re.exec(text);
        if (m) {
          out.confidentiality = value;
          out.confidentialitySpan = [line.start + m.index, line.start + m.index + m[0].length];
          break;
        }
      }
    }
  }
  return out;
}
