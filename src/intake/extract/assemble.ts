/**
 * extractFromText: runs the rules in dependency order (motto → stamp → number/date → issuer → type/subject →
 * recipients → body → signature) and assembles the Extraction with per-field confidence and spans.
 * Pure and synchronous: no I/O, no console output.
 */
import type { Extraction, FieldKey, Span } from '../types.ts';
import { FIELD_KEYS } from '../types.ts';
import { findAnnotations } from './annotations.ts';
import { createCtx, mask } from './context.ts';
import { extractIssuer } from './header.ts';
import { stripMotto } from './motto.ts';
import { findDateLine, findGarbledNumberLine, findNumberLine } from './dateline.ts';
import { findMarks } from './marks.ts';
import { buildDoc } from './normalize.ts';
import { buildParagraphs } from './paragraphs.ts';
import { extractRecipients, findKinhGuiLine } from './recipients.ts';
import { extractReferences } from './references.ts';
import { extractRequirements } from './requirements.ts';
import { extractSigner } from './signer.ts';
import { completeSigner } from './signing-rules.ts';
import { findStamp } from './stamp.ts';
import { resolveReceiptDate } from './receipt-date.ts';
import { findBareName, findLoneReceiptDate, findLoneStampNumber, findOverlaidName } from './stamp-overlay.ts';
import {
  completeFromAddressees,
  completeInProvince,
  soleAddressee,
  issuerProvince,
  provincialSchool,
} from './receiver-prior.ts';
import {
  agreeIssuerCode,
  agreeRegionalNumeral,
  exactOrganisation,
  isGenericName,
  namesExtending,
  orgKey,
} from './org-vocab.ts';
import { completeReceiver, type ReceiverHints } from './receiver.ts';
import { findSubject, findTitleLine, resolveType } from './subject.ts';
import { inferFamilyFromIssuer, findBodyStart, findClosingStart, fixLetterYear } from './layout.ts';

const HEADER_LINES = 45;

export interface ExtractOptions extends ReceiverHints {}

export function extractFromText(input: string, opts: ExtractOptions = {}): Extraction {
  const doc = buildDoc(input);
  const ctx = createCtx(doc);
  const n = doc.lines.length;
  const conf = Object.fromEntries(FIELD_KEYS.map((k) => [k, 0])) as Record<FieldKey, number>;
  const spans = Object.fromEntries(FIELD_KEYS.map((k) => [k, null])) as Record<FieldKey, Span | Span[] | null>;

  const motto = stripMotto(ctx);
  for (const l of motto.lines) ctx.used.add(l);
  const kinhGui = findKinhGuiLine(ctx, 60);
  // The clerk stamps where there is room: in the header's margin, or below the salutation over the body.
  const stamp =
    findStamp(ctx, kinhGui ?? HEADER_LINES, new Set()) ??
    (kinhGui !== null ? findStamp(ctx, n, new Set(), kinhGui + 1) : null);
  const stampLines = new Set(stamp?.lines ?? []);
  for (const l of stampLines) ctx.used.add(l);

  const headerLimit = Math.min(kinhGui ?? HEADER_LINES, HEADER_LINES, n);
  const numberLine = findNumberLine(ctx, headerLimit, stampLines);
  const dateLine = findDateLine(ctx, headerLimit, stampLines, numberLine?.symbol?.end ?? null);
  const garbledNumber = numberLine ? null : findGarbledNumberLine(ctx, headerLimit, stampLines);
  const symbol = numberLine?.symbol ?? null;
  for (const l of [numberLine?.line, dateLine?.line, garbledNumber]) if (l !== undefined && l !== null) ctx.used.add(l);

  const anchors = [numberLine?.line, dateLine?.line, garbledNumber].filter((x): x is number => typeof x === 'number');
  const title = findTitleLine(ctx, anchors.length ? Math.min(...anchors) : 0, headerLimit, stampLines);
  const bodyStart = findBodyStart(
    ctx,
    Math.max(title ? title.line + 2 : 0, ...anchors.map((a) => a + 1), 1),
    kinhGui,
    stampLines,
  );
  const subjectLimit = Math.min(bodyStart, kinhGui ?? n);
  // The issuer sits above the number line; the date line may come first when OCR interleaves the columns,
  // and its left part (masked up to the place) is then still an issuer line.
  const issuerStop = Math.min(numberLine?.line ?? garbledNumber ?? Math.min(...anchors), subjectLimit);
  // Urgency and secrecy marks sit next to the header columns; blank them so they do not join the issuer.
  const marks = findMarks(ctx, Math.min(bodyStart, HEADER_LINES));
  for (const span of [marks.urgencySpan, marks.confidentialitySpan]) {
    const line = span ? doc.lines.find((l) => l.start <= span[0] && span[1] <= l.end) : undefined;
    if (span && line) mask(ctx, line.index, span[0] - line.start, span[1] - line.start);
  }
  const issuer = extractIssuer(ctx, issuerStop, stampLines);
  for (const l of issuer.lines) ctx.used.add(l);
  const numeral = agreeRegionalNumeral(issuer.name, symbol?.numberSymbol ?? null);
  const code = agreeIssuerCode(numeral.name, numeral.numberSymbol);
  if (title) ctx.used.add(title.line);

  const subject = findSubject(ctx, {
    limit: subjectLimit,
    title,
    after: Math.max(-1, ...anchors),
    exclude: stampLines,
  });
  for (const l of subject.lines) ctx.used.add(l);
  const family = motto.family ?? symbol?.family ?? inferFamilyFromIssuer(issuer.name, issuer.parent);
  const type = resolveType(symbol, title, subject.hasVv, family);

  // Letter date, checked against the receipt date: a letter is received after it is signed.
  let date = dateLine?.date ?? null;
  let dateConfidence = date ? (dateLine?.yearSource === 'line' ? 0.95 : 0.7) : 0;
  const trustedLetterDate = dateLine?.yearSource === 'line' ? date : null;
  let receipt = resolveReceiptDate(stamp?.dateText ?? null, trustedLetterDate);
  if (dateLine && dateLine.yearSource !== 'line') {
    const fixed = fixLetterYear(date, dateLine.day, dateLine.month, receipt.confidence >= 0.6 ? receipt.date : null);
    if (fixed.date !== date) {
      date = fixed.date;
      dateConfidence = fixed.confidence;
    }
  }
  if (date) receipt = resolveReceiptDate(stamp?.dateText ?? null, date);
  // A date found without its label is the stamp's only when read clean and after the letter's date.
  if (stamp?.dateUnlabelled && receipt.confidence < 0.9) receipt = { date: null, confidence: 0 };
  const loneReceipt = stamp ? null : findLoneReceiptDate(ctx, trustedLetterDate);
  const loneNumber = stamp ? null : findLoneStampNumber(ctx, Math.max(0, ...anchors.map((a) => a + 1)));

  const recipients = extractRecipients(ctx, kinhGui);
  for (let l = recipients.line ?? n; l <= (recipients.lastLine ?? -1); l++) ctx.used.add(l);
  const closingStart = findClosingStart(ctx, Math.max(bodyStart, (recipients.lastLine ?? -1) + 1));
  const headEnd = Math.max(
    bodyStart,
    (recipients.lastLine ?? -1) + 1,
    subject.lines.length ? Math.max(...subject.lines) + 1 : 0,
  );
  // A stamp printed over the body (below the salutation) does not end the header: the body goes on around it,
  // and its own lines are left out of the paragraphs (bar a body item read beside it, see paragraphs.ts).
  const stampInBody = stamp !== null && stamp.firstLine >= headEnd;
  const bodyFrom = Math.max(headEnd, stamp && !stampInBody ? stamp.lastLine + 1 : 0);

  const stampZone: [number, number] | null = stamp
    ? [Math.max(0, stamp.firstLine - 3), Math.max(stamp.lastLine + 4, 0)]
    : null;
  const preNoise = findAnnotations(ctx, { stampZone, structural: new Set([...ctx.used]) });
  const skip = new Set(preNoise.lines);
  if (stamp && stampInBody) for (let l = stamp.firstLine; l <= stamp.lastLine; l++) skip.add(l);
  const paragraphs = buildParagraphs(ctx, bodyFrom, closingStart, skip);
  const requirements = extractRequirements(paragraphs, date);
  for (const l of requirements.lines) ctx.used.add(l);
  const refRanges: Array<[number, number]> = [];
  if (subject.span) refRanges.push(subject.span);
  // Citations may stand before what reads as the body ("Triển khai Hướng dẫn số … ngày …, Ban hướng dẫn như
  // sau:" right under the title, or "Căn cứ …" lines): they are searched from the line after the subject.
  const citationsFrom = subject.lines.length ? Math.min(bodyFrom, Math.max(...subject.lines) + 1) : bodyFrom;
  const bodyStartOffset = doc.lines[citationsFrom]?.start ?? doc.text.length;
  const closingOffset = doc.lines[closingStart]?.start ?? doc.text.length;
  if (bodyStartOffset < closingOffset) refRanges.push([bodyStartOffset, closingOffset]);
  const references = extractReferences(ctx, refRanges, symbol);

  const signer = extractSigner(ctx, closingStart, family, issuer.name);
  completeSigner(signer, family, issuer.name);
  for (const l of signer.lines) ctx.used.add(l);
  for (const p of paragraphs) for (const l of p.lines) ctx.used.add(l);
  const annotations = findAnnotations(ctx, { stampZone, structural: new Set(), closingStart }).annotations;

  // Confidence and spans.
  const set = (k: FieldKey, c: number, s: Span | Span[] | null) => {
    conf[k] = c;
    spans[k] = s;
  };
  set(
    'family',
    motto.family ? motto.confidence : family ? 0.7 : 0,
    motto.span ?? (symbol ? [symbol.start, symbol.end] : null),
  );
  // A numeral made to agree between name and symbol is a repair: both are less sure.
  const numeralFactor = numeral.changed ? 0.8 : 1;
  set('issuer.name', issuer.confidence * numeralFactor, issuer.nameSpan);
  set('issuer.parent', issuer.parent ? issuer.confidence : issuer.name ? 0.7 : 0, issuer.parentSpan);
  set(
    'numberSymbol',
    symbol ? (numberLine?.confidence ?? 0) * numeralFactor * (code.changed ? 0.8 : 1) : 0,
    numberLine?.span ?? null,
  );
  set('number', symbol ? (numberLine?.confidence ?? 0) : 0, numberLine?.span ?? null);
  set('type', type.confidence, type.span);
  set('typeName', type.confidence, type.span);
  set('place', dateLine?.placeConfidence ?? 0, dateLine?.placeSpan ?? null);
  set('date', dateConfidence, dateLine?.dateSpan ?? null);
  set('subject', subject.confidence, subject.span);
  set('recipients', recipients.confidence, recipients.spans);
  set('signer.name', signer.confidence.name, signer.nameSpan);
  set('signer.title', signer.title ? signer.confidence.title : signer.name ? 0.5 : 0, signer.titleSpan);
  set('signer.authority', signer.authority ? signer.confidence.authority : signer.name ? 0.6 : 0, signer.authoritySpan);
  set('references', references.confidence, references.spans);
  set('requirements', requirements.confidence, requirements.spans);
  // The stamp is the registering body's own: a damaged or missing name is completed from what the caller
  // knows, and a province cut off at the end from the gazetteer; both lower the confidence.
  const receiver = stamp ? completeReceiver(stamp.receiver, opts) : null;
  let receiverName =
    receiver?.receiver ?? (stamp && opts.expectedReceiver ? opts.expectedReceiver.toUpperCase() : null);
  // Without the caller's hint, a lost name is the letter's sole named addressee, else a cut or lost name is inferred
  // from the issuer's province (receiver-prior.ts).
  const expected = opts.expectedReceiver?.toUpperCase() ?? null;
  const inferred =
    stamp && receiver?.repair !== 'hint'
      ? expected && receiverName && isGenericName(receiverName) && orgKey(expected).startsWith(orgKey(receiverName))
        ? expected
        : ((receiverName === null && !expected ? soleAddressee(recipients.recipients) : null) ??
          inferReceiver(receiverName, issuer))
      : null;
  // A cut name one of the letter's own addressees goes on with is that addressee (receiver-prior.ts).
  const addressed =
    stamp &&
    !inferred &&
    receiver?.repair !== 'hint' &&
    receiverName &&
    (!exactOrganisation(receiverName) || isGenericName(receiverName))
      ? completeFromAddressees(receiverName, recipients.recipients)
      : null;
  if (inferred) receiverName = inferred;
  else if (addressed) receiverName = addressed;
  // A stamp printed over the body may have left its name or its date field (stamp-overlay.ts).
  // A stamp found without its name may have left it at the end of a line just above, even where the body's
  // start was placed lower (the lines between were taken for the subject or the opening) — but below the header
  // and the title, whose issuer lines end in a body's name too.
  const headerEnd = Math.max(0, ...anchors.map((a) => a + 1), title ? title.line + 1 : 0);
  const overlayFrom = stamp ? Math.min(bodyStart, Math.max(headerEnd, stamp.firstLine - 4)) : bodyStart;
  const overlaid = receiverName
    ? null
    : (findOverlaidName(ctx, overlayFrom, closingStart) ?? findBareName(ctx, bodyStart, closingStart, issuer.name));
  if (stamp && overlaid) receiverName = overlaid.name;
  const overlaidConfidence = overlaid?.repaired ? 0.4 : 0.5;
  if (stamp) {
    const rc = inferred
      ? 0.3
      : addressed
        ? 0.5
        : receiver
          ? { none: 0.8, hint: 0.7, province: 0.6, vocabulary: 0.65 }[receiver.repair]
          : receiverName
            ? 0.5
            : 0;
    // A name rebuilt from fragments or snapped to the vocabulary is less sure than one read whole.
    if (overlaid) set('incoming.receiver', overlaidConfidence, overlaid.span);
    else set('incoming.receiver', stamp.receiverRepaired ? Math.min(rc, 0.65) : rc, stamp.receiverSpan);
    set('incoming.number', stamp.number !== null ? 0.8 : 0, stamp.numberSpan);
    set('incoming.date', receipt.confidence, stamp.dateSpan);
  }
  // A stamp of which only the date or the number was left: registered by the letter's sole named addressee, else by
  // the issuer's province's school (receiver-prior.ts).
  const weakReceiver =
    overlaid?.name ??
    expected ??
    (loneReceipt || loneNumber ? (soleAddressee(recipients.recipients) ?? inferReceiver(null, issuer)) : null);
  if (!stamp && (overlaid || loneReceipt || loneNumber)) {
    if (loneReceipt) set('incoming.date', 0.4, loneReceipt.span);
    if (loneNumber) set('incoming.number', 0.4, loneNumber.span);
    set('incoming.receiver', overlaid ? overlaidConfidence : expected ? 0.5 : 0.2, overlaid?.span ?? null);
  }
  set('urgency', marks.urgency ? 0.85 : 0.9, marks.urgencySpan);
  set('confidentiality', marks.confidentiality ? 0.85 : 0.9, marks.confidentialitySpan);

  const toInput = (s: Span | Span[] | null): Span | Span[] | null => {
    if (!s) return null;
    if (typeof s[0] === 'number') return [doc.toInput(s[0] as number), doc.toInput(s[1] as number)];
    return (s as Span[]).map((x) => [doc.toInput(x[0]), doc.toInput(x[1])] as Span);
  };
  for (const k of FIELD_KEYS) spans[k] = toInput(spans[k]);

  return {
    family,
    issuer: { name: numeral.name, parent: issuer.parent },
    numberSymbol: code.numberSymbol,
    number: symbol?.number ?? null,
    type: type.type,
    typeName: type.typeName,
    place: dateLine?.place ?? null,
    date,
    subject: subject.subject,
    recipients: recipients.recipients,
    signer: { name: signer.name, title: signer.title, authority: signer.authority },
    references: references.references,
    requirements: requirements.requirements,
    incoming: stamp
      ? { receiver: receiverName, number: stamp.number, date: receipt.date }
      : overlaid || loneReceipt || loneNumber
        ? { receiver: weakReceiver, number: loneNumber?.number ?? null, date: loneReceipt?.date ?? null }
        : null,
    urgency: marks.urgency,
    confidentiality: marks.confidentiality,
    annotations: annotations.map((a) => ({ ...a, span: [doc.toInput(a.span[0]), doc.toInput(a.span[1])] as Span })),
    confidence: conf,
    spans,
  };
}

/**
 * A cut reading completed inside the issuer's province, or that province's school when nothing was read.
 * Not for a school's own letters: a school does not stamp what it sends, and a reading that is itself a full
 * name (a province or a person in it) is not cut.
 */
function inferReceiver(read: string | null, issuer: { name: string | null; parent: string | null }): string | null {
  if (/^(TRƯỜNG|HỌC VIỆN)\b/u.test(issuer.name ?? '')) return null;
  const at = issuerProvince([issuer.name, issuer.parent]);
  if (!at) return null;
  if (!read) return provincialSchool(at);
  return isGenericName(read) || (!exactOrganisation(read) && namesExtending(read, 1).length > 0)
    ? completeInProvince(read, at)
    : null;
}
