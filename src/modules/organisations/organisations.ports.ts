/**
 * What the organisations module offers others: the "valid on a date" filter over the network directory
 * (directive recipients) and organisations looked up by id (names, kinds, validity). Stateless query
 * helpers; organisations imports no other capability but audit.
 */
export { findOrganisationsByIds, findSuccessionLinks, validOn } from './organisations.repository.ts';
