/**
 * The contest engines (issue 14): the overlap engine, editions as data and the contest rules. Pure libraries
 * with no database and no HTTP, for the contest module and the `tct contest` command to call.
 */
export * as editions from './editions/index.ts';
export * as rules from './rules/index.ts';
export * as similarity from './similarity/index.ts';
