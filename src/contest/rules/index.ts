/** Contest rules as pure functions over an edition (issue 14, items 2, 3 and 5); no database, no HTTP. */
export { generateBlindCodes, newBlindCode, parseBlindCode } from './blind-codes.ts';
export { allocateCollectivePrizes, type CollectiveAllocation, type OrganisationStanding } from './collective.ts';
export {
  type Author,
  checkNewEntry,
  type EditionStaff,
  type EntryCheck,
  type NewEntry,
  type RegisteredEntry,
} from './entry-check.ts';
export { editionRule, percent, type RuleFinding } from './findings.ts';
export {
  type Mark,
  type MarkingSettings,
  type MarkingState,
  markingSettings,
  markingState,
  markRefusal,
} from './marking.ts';
export {
  allocatePrizes,
  type Award,
  type PrizeAllocation,
  type PrizeOptions,
  type ScoredEntry,
  type Tie,
} from './prizes.ts';
export {
  type AuthorDetails,
  authorDetailsInWork,
  type Screening,
  type ScreeningInput,
  screenEntry,
} from './screening.ts';
