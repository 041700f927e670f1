/**
 * The document-type catalogue, urgency and confidentiality marks as the server defines them
 * (`GET /api/letters/catalog`, from src/letters/catalog.ts). The web app keeps no copy of the lists: one
 * source of truth, fetched once per session (the catalogue changes only with a release).
 */
import { $api } from '../../api/client.ts';

/** Common types first in the search filter; the rest follow in catalogue order. */
const SEARCH_ORDER = ['CV', 'KH', 'TB', 'QĐ', 'HD', 'BC', 'CT', 'NQ', 'KL', 'QC', 'TTr', 'CTr', 'ĐA', 'GM', 'BB'];

export type TypeOption = [code: string, name: string];

export function useDocumentCatalog() {
  const { data } = $api.useQuery('get', '/api/letters/catalog', {}, { staleTime: Number.POSITIVE_INFINITY });
  const party: TypeOption[] = (data?.types.party ?? []).map((t) => [t.code, t.name]);
  const state: TypeOption[] = (data?.types.state ?? []).map((t) => [t.code, t.name]);

  /** The family's list; both lists (without repeats) when the family is not known yet. */
  const typesFor = (family: string | null | undefined): TypeOption[] => {
    if (family === 'party') return party;
    if (family === 'state') return state;
    const seen = new Set<string>();
    return [...party, ...state].filter(([code]) => !seen.has(code) && seen.add(code));
  };
  const rank = (code: string) => {
    const i = SEARCH_ORDER.indexOf(code);
    return i === -1 ? SEARCH_ORDER.length : i;
  };
  const searchTypes = typesFor(null)
    .map((t, i) => ({ t, i }))
    .sort((a, b) => rank(a.t[0]) - rank(b.t[0]) || a.i - b.i)
    .map(({ t }) => t);

  return {
    loaded: !!data,
    typesFor,
    searchTypes,
    urgency: data?.urgency ?? [],
    confidentiality: data?.confidentiality ?? [],
  };
}
