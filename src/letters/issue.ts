/**
 * Issuing a signed letter: the signer signed the page with a blank number and date ("Số      -CV/TCT",
 * "ngày   tháng   năm 2022"); the clerk takes the number from the register and the date, and the
 * organisation's signature stamps them into those blanks (its appearance paints them; see signPdf's
 * `stamps`). Changing the page's content instead would break the signer's signature; a stamp is
 * part of a signature, which later verification accepts as a signature-only change.
 */
import { composeLetter } from './compose.ts';
import { FontUnavailableError, loadLetterFonts } from './fonts.ts';
import type { TextStyle } from './layout-rules.ts';
import { fontMeasure } from './measure.ts';
import type { Letter } from './model.ts';
import type { PdfBox } from './render-pdf.ts';

/** Lines of text drawn centred in `rect` over an opaque white background. */
export interface TextStamp extends PdfBox {
  lines: string[];
  style: TextStyle;
}

/**
 * The number line and the place-date line of the issued letter, placed where the draft printed them.
 * `issued` is the letter with its number-symbol and date; `slots` come from rendering the signed draft.
 */
export function issueStamps(
  issued: Letter,
  slots: { numberSlot: PdfBox; dateSlot: PdfBox },
  options: { today: string },
): TextStamp[] {
  if (!issued.numberSymbol || !issued.date) throw new RangeError('issueStamps: the letter has no number or date yet');
  let measure: ReturnType<typeof fontMeasure> | undefined;
  try {
    measure = fontMeasure(loadLetterFonts());
  } catch (error) {
    if (!(error instanceof FontUnavailableError)) throw error;
  }
  const composed = composeLetter(
    { ...issued, draftMark: false },
    { today: options.today, ...(measure ? { measure } : {}) },
  );
  const [number] = composed.numberLeft;
  const stamps: TextStamp[] = [];
  if (number) stamps.push({ ...slots.numberSlot, lines: [number.text], style: number.style });
  const date = composed.numberRight;
  if (date[0]) stamps.push({ ...slots.dateSlot, lines: date.map((l) => l.text), style: date[0].style });
  return stamps;
}
