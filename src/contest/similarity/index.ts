/** The overlap engine (issue 14, item 4): pure functions and in-memory indexes, no database, no HTTP. */
export { type CorpusMatch, SimilarityCorpus } from './corpus.ts';
export {
  containment,
  type Fingerprint,
  fingerprintText,
  fingerprintTokens,
  SHINGLE,
  sharedCount,
  Vocabulary,
} from './fingerprint.ts';
export { findSimilarPairs, type PairScore, requiredOverlap } from './pairs.ts';
export { comparePassages, matchingPassages, type Passage, type PassageMatch, type TokenRange } from './passages.ts';
export { entryText, readEntryFile, UnreadableFileError } from './readers/read-text.ts';
export { normalizeText, tokenize, tokenizeWithOffsets } from './tokenize.ts';
