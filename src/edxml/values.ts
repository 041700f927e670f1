/** Value grammars of QCVN 102:2016 fields: dates, timestamps, DocumentId, số và ký hiệu, base64. */

/** Vietnam has used UTC+07:00 all year since 1975, so a fixed offset is exact. */
const VIETNAM_OFFSET = '+07:00';
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/**
 * Calendar date from `yyyy/MM/dd`, `yyyy-MM-dd` or `dd/MM/yyyy` (optionally followed by a time, which some
 * senders append) to ISO `YYYY-MM-DD`. Null when the shape is wrong or the day does not exist.
 */
export function parseEdxmlDate(value: string): string | null {
  const datePart = value.trim().split(/[\sT]/)[0] ?? '';
  const yearFirst = /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})$/.exec(datePart);
  const dayFirst = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(datePart);
  if (yearFirst) return isoDate(yearFirst[1], yearFirst[2], yearFirst[3]);
  if (dayFirst) return isoDate(dayFirst[3], dayFirst[2], dayFirst[1]);
  return null;
}

/** ISO `YYYY-MM-DD` to the edXML `yyyy/MM/dd`. Null when the input is not a real ISO date. */
export function formatEdxmlDate(isoDateValue: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDateValue);
  if (!match || isoDate(match[1], match[2], match[3]) === null) return null;
  return `${match[1]}/${match[2]}/${match[3]}`;
}

/**
 * Timestamp from `yyyy/MM/dd HH:mm:ss` (standard) or `dd/MM/yyyy HH:mm:ss` (one .NET client) to ISO
 * `YYYY-MM-DDTHH:mm:ss+07:00`. edXML timestamps carry no zone; they are Vietnamese wall-clock time.
 */
export function parseEdxmlTimestamp(value: string): string | null {
  const match = /^(\d{4}[/-]\d{1,2}[/-]\d{1,2}|\d{1,2}\/\d{1,2}\/\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(
    value.trim(),
  );
  if (!match) return null;
  const date = parseEdxmlDate(match[1] ?? '');
  const [hours, minutes, seconds] = [match[2] ?? '0', match[3] ?? '0', match[4] ?? '0'].map(Number);
  if (date === null || hours === undefined || minutes === undefined || seconds === undefined) return null;
  if (hours > 23 || minutes > 59 || seconds > 59) return null;
  return `${date}T${pad2(hours)}:${pad2(minutes)}:${pad2(seconds)}${VIETNAM_OFFSET}`;
}

/** A Date or a timestamp string (ISO or edXML shape) to `yyyy/MM/dd HH:mm:ss` in Vietnamese time. */
export function formatEdxmlTimestamp(value: Date | string): string | null {
  let instant: Date;
  if (value instanceof Date) {
    instant = value;
  } else {
    const normalised = parseEdxmlTimestamp(value) ?? value;
    instant = new Date(normalised);
  }
  if (Number.isNaN(instant.getTime())) return null;
  const local = new Date(instant.getTime() + VIETNAM_OFFSET_MS);
  return (
    `${local.getUTCFullYear()}/${pad2(local.getUTCMonth() + 1)}/${pad2(local.getUTCDate())} ` +
    `${pad2(local.getUTCHours())}:${pad2(local.getUTCMinutes())}:${pad2(local.getUTCSeconds())}`
  );
}

/** `OrganId,yyyy/MM/dd,Number/Notation` (§3.4); the number is everything before the first slash. */
const DOCUMENT_ID = /^([0-9A-Z.]+),(\d{4}\/\d{2}\/\d{2}),([^/,]+)\/(.+)$/;

export interface DocumentIdParts {
  organId: string;
  /** As written (yyyy/MM/dd); real samples carry impossible dates here, so it is not calendar-checked. */
  date: string;
  codeNumber: string;
  codeNotation: string;
}

export function parseDocumentId(value: string): DocumentIdParts | null {
  const match = DOCUMENT_ID.exec(value.trim());
  if (!match) return null;
  return { organId: match[1] ?? '', date: match[2] ?? '', codeNumber: match[3] ?? '', codeNotation: match[4] ?? '' };
}

/** The DocumentId always joins number and notation with "/", also for Party numbers (see the fixture). */
export function makeDocumentId(
  organId: string,
  isoPromulgationDate: string,
  codeNumber: string,
  codeNotation: string,
): string {
  return `${organId},${formatEdxmlDate(isoPromulgationDate) ?? isoPromulgationDate},${codeNumber}/${codeNotation}`;
}

/**
 * Party notations look like `CV/HVCTQG`: a short all-letter type abbreviation, a slash, then the issuing
 * body. State notations never contain a slash except for the year of a legal normative document
 * (`2020/NĐ-CP`), which starts with a digit — so "letters then slash" identifies the Party grammar.
 */
const PARTY_NOTATION = /^[A-ZĐ][A-Za-zĐđ]{0,4}\/[A-ZĐ0-9]/u;

/**
 * Rebuild the printed số và ký hiệu from CodeNumber + CodeNotation.
 * Party (QĐ 66-QĐ/TW, HD 36): the number is followed by a hyphen → `2174-CV/HVCTQG`.
 * State (NĐ 30/2020, Phụ lục I): the number is followed by a slash → `123/QĐ-UBND`, `30/2020/NĐ-CP`.
 */
export function joinNumberSymbol(codeNumber: string, codeNotation: string): string {
  const number = codeNumber.trim();
  const notation = codeNotation.trim();
  if (notation === '') return number;
  if (number === '') return notation;
  if (/^[-/]/.test(notation)) return number + notation;
  return PARTY_NOTATION.test(notation) ? `${number}-${notation}` : `${number}/${notation}`;
}

/** Inverse of joinNumberSymbol, for exporting a registered document: `2174-CV/HVCTQG` → 2174 + CV/HVCTQG. */
export function splitNumberSymbol(numberSymbol: string): { codeNumber: string; codeNotation: string } | null {
  const compact = numberSymbol
    .trim()
    .replace(/^Số\s*:?\s*/iu, '')
    .replace(/\s*([-/])\s*/g, '$1');
  const party = /^(\d{1,6})-(.+\/.+)$/u.exec(compact);
  const state = /^(\d{1,6})\/(.+)$/u.exec(compact);
  const match = party ?? state;
  if (!match) return null;
  return { codeNumber: match[1] ?? '', codeNotation: match[2] ?? '' };
}

/**
 * Strict base64: Buffer.from(…, 'base64') silently skips garbage, which would turn a corrupted attachment
 * into a "valid" but wrong file. Line breaks and spaces (MIME-style wrapping) are allowed.
 */
export function decodeStrictBase64(value: string): Buffer | null {
  const compact = value.replace(/[\s]+/g, '');
  if (compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) return null;
  return Buffer.from(compact, 'base64');
}

/** Upper bound of the decoded size, computable before decoding (so a huge payload is never allocated). */
export function base64DecodedLength(value: string): number {
  let length = 0;
  for (let index = 0; index < value.length; index += 1) {
    const char = value.charCodeAt(index);
    if (char !== 0x20 && char !== 0x0a && char !== 0x0d && char !== 0x09) length += 1;
  }
  return Math.floor((length * 3) / 4);
}

/**
 * Attachment names come from the sender and end up as file names: keep only the last path segment and
 * drop control and reserved characters, so `../../etc/passwd` or `C:\x\y.doc` cannot escape a folder.
 */
export function safeFileName(raw: string, fallback: string): string {
  const lastSegment = raw.split(/[/\\]/).pop() ?? '';
  const cleaned = lastSegment
    .replace(/[\u0000-\u001F\u007F<>:"|?*]/g, '')
    .trim()
    .replace(/^\.+/, '');
  return cleaned === '' ? fallback : cleaned.slice(0, 255);
}

function isoDate(year: string | undefined, month: string | undefined, day: string | undefined): string | null {
  const [y, m, d] = [Number(year), Number(month), Number(day)];
  const probe = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || probe.getUTCFullYear() !== y || probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d)
    return null;
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}
