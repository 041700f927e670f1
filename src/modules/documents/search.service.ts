/** GET /api/documents/search: parse the filters, run the one search interface, present the page. */
import { pageWindow } from '../../lib/http-schemas.ts';
import type { RequestContext } from '../tenancy/actor.ts';
import { presentSummary } from './documents.presenter.ts';
import type { DocumentWithRegister } from './documents.repository.ts';
import type { SearchQuery } from './documents.schemas.ts';
import type { DocumentsDeps } from './documents.service.ts';
import { searchDocuments, type SearchFilters } from './search.repository.ts';

export function createSearchService(deps: DocumentsDeps) {
  const { db, dialect } = deps.database;

  async function search(ctx: RequestContext, query: SearchQuery) {
    const window = pageWindow(query);
    const register = query.register;
    const filters: SearchFilters = {
      q: query.q,
      type: query.type,
      issuer: query.issuer,
      from: query.from,
      to: query.to,
      statuses: query.status ? query.status.split(',') : undefined,
      direction: register === 'incoming' || register === 'outgoing' ? register : undefined,
      confidentialOnly: register === 'confidential' || undefined,
      registerId: register && !['incoming', 'outgoing', 'confidential'].includes(register) ? register : undefined,
      organisationId: query.organisationId,
      limit: window.limit,
      offset: window.offset,
    };
    const { rows, total, totalCapped } = await searchDocuments(db, dialect, ctx.actor, filters);
    return {
      items: rows.map((r) => presentSummary(r as DocumentWithRegister)),
      total,
      totalCapped,
      page: window.page,
      pageSize: window.pageSize,
    };
  }

  return { search };
}

export type SearchService = ReturnType<typeof createSearchService>;
