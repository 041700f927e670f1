/** Outgoing letters: model, checks, reply pre-fill and rendering in the legal layout. See docs/outgoing.md. */
export {
  AUTHORITY_MARKS,
  CONFIDENTIALITY_MARKS,
  type ConfidentialityMark,
  findAuthority,
  findLetterType,
  isCongVan,
  LETTER_TYPES,
  type LetterFamily,
  type LetterTypeEntry,
  URGENCY_MARKS,
  type UrgencyMark,
} from './catalog.ts';
export { type ComposedLetter, composeLetter } from './compose.ts';
export { FontUnavailableError, loadLetterFonts } from './fonts.ts';
export { issueStamps, type TextStamp } from './issue.ts';
export { LAYOUT_RULE_SETS, type LayoutRuleSet, layoutRulesFor } from './layout-rules.ts';
export * from './model.ts';
export { type DocxOptions, renderLetterDocx } from './render-docx.ts';
export { type PdfBox, type RenderedPdf, type RenderOptions, renderLetterPdf } from './render-pdf.ts';
export { type AnsweredLetter, citeLetter, prefillReply, type ReplyingBody, runningTextName } from './reply.ts';
export { checkLetter, checkReadyToIssue, type LetterCheck } from './validate.ts';
