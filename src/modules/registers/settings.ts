/**
 * Per-organisation document settings, with the defaults used when an organisation has not set them.
 * The abbreviation and the Party term are not in any reference data we hold, so they are configurable
 * (Sổ đăng ký → Thiết lập đánh số) and the API says which values are defaults.
 */
import { notFound } from '../../lib/app-error.ts';
import { vietnamToday } from '../../lib/dates.ts';
import { formatDateVi } from '../../lib/vn.ts';
import { findOrganisationsByIds } from '../organisations/organisations.ports.ts';
import type { Db, NumberingSettings } from '../documents/documents.ports.ts';
import { DEFAULT_PARTY_TERM_ANCHOR, PARTY_RULE_SETS, partyRuleSet, partyTerm } from './numbering.ts';
import { findSettings } from './registers.repository.ts';

export type DocumentSettings = NumberingSettings;

export const DEFAULT_UNIT = 'VP';

/** Derived abbreviation: the organisation's short name, else "TCT" for a school (Trường Chính trị). */
function defaultAbbr(org: { short_name: string | null; kind: string; code: string }): string {
  if (org.short_name) return org.short_name.replace(/\s+/g, '').toUpperCase();
  if (org.kind === 'provincial_school') return 'TCT';
  return org.code.split('-')[0]?.toUpperCase() || 'TCT';
}

export async function resolveSettings(
  db: Db,
  organisationId: string,
  today = vietnamToday(),
): Promise<DocumentSettings> {
  const org = (await findOrganisationsByIds(db, [organisationId]))[0];
  if (!org) throw notFound('Không tìm thấy đơn vị.');
  const row = await findSettings(db, organisationId);
  const defaults: string[] = [];
  const pick = (value: string | null | undefined, fallback: string, name: string) => {
    if (value) return value;
    defaults.push(name);
    return fallback;
  };
  const partyTermAnchor = pick(row?.party_term_anchor, DEFAULT_PARTY_TERM_ANCHOR, 'partyTermAnchor');
  return {
    organisationId,
    symbolAbbr: pick(row?.symbol_abbr, defaultAbbr(org), 'symbolAbbr'),
    defaultUnit: pick(row?.default_unit, DEFAULT_UNIT, 'defaultUnit'),
    partyTermAnchor,
    // no placeholder: an edXML export asks for the code while it is missing (issue 11.6)
    edxmlOrganId: row?.edxml_organ_id ?? null,
    defaults,
    currentPartyTerm: partyTerm(today, partyTermAnchor).label,
    partyCongressDate: row?.party_congress_date ?? null,
    partyTermNote: defaults.includes('partyTermAnchor')
      ? `Chưa thiết lập: đang dùng mặc định nhiệm kỳ 5 năm tính từ ${formatDateVi(DEFAULT_PARTY_TERM_ANCHOR)}, nên dãy số văn bản của Đảng bắt đầu lại vào ngày 01/01 của năm 2025, 2030… chứ không vào ngày Đại hội. Nhập ngày bắt đầu nhiệm kỳ và ngày Đại hội đảng bộ trước khi cấp số văn bản Đảng của nhiệm kỳ mới.`
      : `Nhiệm kỳ tính từ ${formatDateVi(partyTermAnchor)}${row?.party_congress_date ? ` (Đại hội ngày ${formatDateVi(row.party_congress_date)})` : ''}.`,
    partyRules: partyRuleSet(today),
    partyRuleSets: PARTY_RULE_SETS,
  };
}
