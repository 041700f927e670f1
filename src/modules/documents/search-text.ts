/**
 * Derived columns kept in step with a document on every write: the folded full-text `search_text`
 * (diacritics- and case-insensitive, punctuation turned into spaces so SQLite FTS5 and PostgreSQL's
 * 'simple' parser see the same words), the number-symbol key and the folded issuer.
 */
import { foldVietnamese } from '../../lib/vn.ts';

/** "2174 - CV/HVCTQG" → "2174-CV/HVCTQG": the key duplicates and links are matched on. */
export function symbolKey(numberSymbol: string | null | undefined): string | null {
  if (!numberSymbol) return null;
  const key = numberSymbol
    .normalize('NFC')
    .replace(/^Số\s*:?\s*/iu, '')
    .replace(/\s+/g, '')
    .toUpperCase();
  return key === '' ? null : key;
}

export function issuerKey(issuerName: string | null | undefined): string | null {
  if (!issuerName) return null;
  const key = foldVietnamese(issuerName);
  return key === '' ? null : key;
}

/** Folded words only: letters and digits separated by single spaces. */
export function searchWords(text: string): string {
  return foldVietnamese(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Query tokens, folded the same way as the indexed text (at most 12, each at most 40 characters). */
export function queryTokens(q: string): string[] {
  return searchWords(q)
    .split(' ')
    .filter((t) => t !== '')
    .slice(0, 12)
    .map((t) => t.slice(0, 40));
}

/**
 * SQLite FTS5: every token quoted (no operator injection), prefix match on the last one, optional scope tokens.
 * `lastWords`: the indexed words the last token starts (search-lexemes.repository.ts), asked for by name instead of
 * as a prefix; none means nothing can match.
 */
export function ftsMatchExpression(tokens: string[], scopeOrgIds?: string[], lastWords?: string[] | null): string {
  const quote = (t: string) => `"${t.replace(/"/g, '')}"`;
  const words = tokens
    .map((t, i) => {
      if (i !== tokens.length - 1) return quote(t);
      if (!lastWords) return `${quote(t)}*`;
      // An empty list: the exact token, which is not in the index either.
      return lastWords.length ? `(${lastWords.map(quote).join(' OR ')})` : quote(t);
    })
    .join(' AND ');
  const scope = scopeOrgIds?.length ? `(${scopeOrgIds.map((id) => `"${scopeToken(id)}"`).join(' OR ')})` : '';
  return [words, scope].filter(Boolean).join(' AND ');
}

/** PostgreSQL to_tsquery('simple', …): tokens are letters/digits only, so they need no quoting. */
export function tsQueryExpression(tokens: string[], scopeOrgIds?: string[]): string {
  const words = tokens.map((t, i) => (i === tokens.length - 1 ? `${t}:*` : t)).join(' & ');
  const scope = scopeOrgIds?.length ? `(${scopeOrgIds.map(scopeToken).join(' | ')})` : '';
  return [words, scope].filter(Boolean).join(' & ');
}

/**
 * A word naming the owning organisation, appended to search_text so the full-text index itself can
 * restrict a search to the caller's organisations (an accelerator only: scope is still enforced in SQL).
 */
export function scopeToken(organisationId: string): string {
  return `org${organisationId.toLowerCase().replace(/[^0-9a-z]/g, '')}`;
}

export type SearchableDocument = {
  organisation_id: string;
  issuer_name: string | null;
  issuer_parent: string | null;
  number_symbol: string | null;
  type_code: string | null;
  type_name: string | null;
  place: string | null;
  subject: string | null;
  recipients_json: string;
  signer_name: string | null;
  signer_title: string | null;
  forwarded_to: string | null;
  file_reference: string | null;
  register_number: number | null;
  ocr_text: string | null;
};

function recipientsOf(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

/** Everything a clerk might type to find a document, folded into one string. */
export function buildSearchText(doc: SearchableDocument, requirementTexts: string[] = []): string {
  const parts = [
    doc.issuer_name,
    doc.issuer_parent,
    doc.number_symbol,
    doc.type_code,
    doc.type_name,
    doc.place,
    doc.subject,
    ...recipientsOf(doc.recipients_json),
    doc.signer_name,
    doc.signer_title,
    doc.forwarded_to,
    doc.file_reference,
    doc.register_number === null ? null : String(doc.register_number),
    ...requirementTexts,
    doc.ocr_text,
  ];
  return `${searchWords(parts.filter((p): p is string => !!p).join(' \n '))} ${scopeToken(doc.organisation_id)}`.trim();
}
