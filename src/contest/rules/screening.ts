/**
 * Screening (sơ loại): an entry is removed, with its reasons, when its form breaks the edition's rules (author
 * details inside the work instead of on the separate page, forbidden materials) or when the share of its text
 * found in other texts exceeds its category's threshold (2025: more than 20 % for tạp chí, 25 % for báo).
 * An unset rule removes nothing: it becomes a notice for the secretariat.
 *
 * The overlap share is the union over all compared texts — |S(entry) ∩ (S(other₁) ∪ S(other₂) ∪ …)| / |S(entry)|
 * (SimilarityCorpus#overlapShare) — since a text assembled from several sources is no less copied; the largest
 * single sources are listed in the reason.
 */
import type { Edition } from '../editions/schema.ts';
import { tokenize } from '../similarity/tokenize.ts';
import { finding, notSet, percent, type RuleFinding } from './findings.ts';

export interface OverlapSource {
  label: string;
  /** containment(entry in source). */
  containment: number;
}

export interface ScreeningInput {
  categoryCode: string;
  /** What the secretariat found about the form. */
  form?: { authorDetailsInWork?: string[]; materials?: string[] };
  overlap?: { share: number; sources: OverlapSource[] };
}

export interface Screening {
  screenedOut: boolean;
  reasons: RuleFinding[];
  notices: RuleFinding[];
}

export function screenEntry(edition: Edition, input: ScreeningInput): Screening {
  const reasons: RuleFinding[] = [];
  const notices: RuleFinding[] = [];
  const category = edition.categories.find((c) => c.code === input.categoryCode);
  const form = edition.form;
  const details = input.form?.authorDetailsInWork ?? [];
  const materials = input.form?.materials ?? [];
  if (form.value === null) {
    if (details.length > 0 || materials.length > 0)
      notices.push(notSet(edition, form, 'FORM_NOT_SET', 'quy định hình thức bài dự thi'));
  } else {
    if (form.value.authorDetailsSeparate && details.length > 0)
      reasons.push(
        finding(
          edition,
          form,
          'FORM_AUTHOR_DETAILS',
          'hình thức bài dự thi',
          `Thông tin tác giả xuất hiện trong bài (${details.join(', ')}) thay vì ở trang riêng, nên không bảo đảm chấm kín`,
        ),
      );
    const forbidden = new Set(form.value.forbidden.map((f) => f.toLowerCase()));
    for (const material of materials)
      if (forbidden.has(material.toLowerCase()))
        reasons.push(
          finding(
            edition,
            form,
            'FORM_MATERIAL',
            'hình thức bài dự thi',
            `Bài dự thi vi phạm quy định hình thức: ${material}`,
          ),
        );
  }
  if (input.overlap && category) {
    const threshold = category.overlapThreshold;
    const { share, sources } = input.overlap;
    const top = [...sources]
      .sort((a, b) => b.containment - a.containment)
      .slice(0, 3)
      .map((s) => `${s.label} (${percent(s.containment)})`)
      .join('; ');
    if (threshold.value === null) {
      if (share > 0)
        notices.push({
          ...notSet(edition, threshold, 'OVERLAP_THRESHOLD_NOT_SET', `ngưỡng trùng lặp của thể loại ${category.label}`),
          message: `Tỷ lệ trùng lặp ${percent(share)}${top ? ` (${top})` : ''}; lần thi này chưa có ngưỡng trùng lặp cho thể loại ${category.label}: thư ký cần xem xét.`,
        });
    } else if (share > threshold.value) {
      reasons.push(
        finding(
          edition,
          threshold,
          'OVERLAP',
          `ngưỡng trùng lặp thể loại ${category.label}`,
          `Tỷ lệ trùng lặp ${percent(share)} vượt ngưỡng ${percent(threshold.value)} của thể loại ${category.label}${top ? `; trùng nhiều nhất với: ${top}` : ''}`,
        ),
      );
    }
  }
  return { screenedOut: reasons.length > 0, reasons, notices };
}

export interface AuthorDetails {
  name?: string;
  penName?: string;
  email?: string;
  phone?: string;
  idNumber?: string;
}

const DETAIL_LABELS: Record<keyof AuthorDetails, string> = {
  name: 'họ tên',
  penName: 'bút danh',
  email: 'email',
  phone: 'số điện thoại',
  idNumber: 'số CCCD',
};

/**
 * Which of the author's details appear in the text of the work (the part judges see): names as whole token
 * sequences (case and Unicode form ignored), email as written, numbers as digit sequences ignoring spaces,
 * dots and dashes. A hint for the secretariat, who decides.
 */
export function authorDetailsInWork(text: string, author: AuthorDetails): string[] {
  const found: string[] = [];
  const tokens = ` ${tokenize(text).join(' ')} `;
  const digits = text.replace(/[\s.\-()]/g, '');
  for (const key of Object.keys(DETAIL_LABELS) as (keyof AuthorDetails)[]) {
    const value = author[key]?.trim();
    if (!value) continue;
    let present = false;
    if (key === 'name' || key === 'penName') {
      const words = tokenize(value);
      present = words.length > 0 && tokens.includes(` ${words.join(' ')} `);
    } else if (key === 'email') present = text.toLowerCase().includes(value.toLowerCase());
    else {
      const number = value.replace(/\D/g, '');
      present = number.length >= 6 && digits.includes(number);
    }
    if (present) found.push(DETAIL_LABELS[key]);
  }
  return found;
}
