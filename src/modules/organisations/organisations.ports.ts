/**
 * What the organisations module offers others: the "valid on a date" filter over the network directory
 * (directive recipients use it). A pure query-builder helper: no state, no other capability imported.
 */
export { validOn } from './organisations.repository.ts';
