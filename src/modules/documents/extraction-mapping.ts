/**
 * What the intake engine read → the draft's columns, requirements and references. Also the one
 * mapping from the API's editable fields (camelCase) to columns, shared by manual entry and PATCH.
 */
import type { Extraction } from '../../intake/types.ts';
import type { DocumentRow, RequirementInput } from './documents.repository.ts';
import type { PatchDocumentBody } from './documents.schemas.ts';
import { CONFIDENTIALITY_LEVELS, URGENCY_LEVELS } from './documents.policy.ts';

const clean = (s: string | null | undefined): string | null => {
  const t = s?.normalize('NFC').replace(/\s+/g, ' ').trim();
  return t ? t : null;
};

function oneOf<T extends string>(value: string | null | undefined, allowed: readonly T[]): T | null {
  return value && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

export type ExtractedDraft = {
  columns: Partial<DocumentRow>;
  requirements: RequirementInput[];
};

/** Columns of a draft pre-filled from an extraction; the stamp's date (if read) pre-fills the received date. */
export function draftFromExtraction(
  ex: Extraction,
  extra: { source: string; text: string; fileSource?: unknown },
): ExtractedDraft {
  const columns: Partial<DocumentRow> = {
    family: ex.family,
    issuer_name: clean(ex.issuer.name),
    issuer_parent: clean(ex.issuer.parent),
    number_symbol: clean(ex.numberSymbol)?.replace(/\s+/g, '') ?? null,
    number: clean(ex.number),
    type_code: clean(ex.type),
    type_name: clean(ex.typeName),
    place: clean(ex.place),
    document_date: ex.date,
    subject: clean(ex.subject),
    recipients_json: JSON.stringify(ex.recipients.map((r) => clean(r)).filter((r): r is string => !!r)),
    signer_name: clean(ex.signer.name),
    signer_title: clean(ex.signer.title),
    signer_authority: clean(ex.signer.authority),
    // "Hỏa tốc hẹn giờ" is an edXML priority, not a Decree 30 urgency mark: the letter is "Hỏa tốc"
    urgency: oneOf(ex.urgency === 'Hỏa tốc hẹn giờ' ? 'Hỏa tốc' : ex.urgency, URGENCY_LEVELS),
    confidentiality: oneOf(ex.confidentiality, CONFIDENTIALITY_LEVELS),
    received_date: ex.incoming?.date ?? null,
    references_json: JSON.stringify(
      ex.references.map((r) => ({ numberSymbol: r.numberSymbol.replace(/\s+/g, ''), date: r.date })),
    ),
    extraction_json: JSON.stringify({
      ...ex,
      source: extra.source,
      ...(extra.fileSource ? { fileSource: extra.fileSource } : {}),
    }),
    ocr_text: extra.text,
  };
  const requirements = ex.requirements.map((r) => ({ no: r.no, text: clean(r.text) ?? '', deadline: r.deadline }));
  return { columns, requirements };
}

/** API fields → columns; only the fields present in the input. */
export function columnsFromFields(input: PatchDocumentBody): Partial<DocumentRow> {
  const out: Partial<DocumentRow> = {};
  const set = <K extends keyof DocumentRow>(key: K, value: DocumentRow[K] | undefined) => {
    if (value !== undefined) out[key] = value;
  };
  const text = (v: string | null | undefined) => (v === undefined ? undefined : clean(v));
  set('family', input.family);
  set('issuer_name', text(input.issuerName));
  set('issuer_parent', text(input.issuerParent));
  set(
    'number_symbol',
    input.numberSymbol === undefined ? undefined : (clean(input.numberSymbol)?.replace(/\s+/g, '') ?? null),
  );
  set('number', text(input.number));
  set('type_code', text(input.typeCode));
  set('type_name', text(input.typeName));
  set('place', text(input.place));
  set('document_date', input.documentDate);
  set('subject', text(input.subject));
  if (input.recipients !== undefined)
    out.recipients_json = JSON.stringify(input.recipients.map((r) => clean(r)).filter((r): r is string => !!r));
  set('signer_name', text(input.signerName));
  set('signer_title', text(input.signerTitle));
  set('signer_authority', text(input.signerAuthority));
  set('urgency', input.urgency);
  set('confidentiality', input.confidentiality);
  set('due_date', input.dueDate);
  set('received_date', input.receivedDate);
  set('forwarded_to', text(input.forwardedTo));
  set('file_reference', text(input.fileReference));
  if (input.references !== undefined) {
    out.references_json = JSON.stringify(
      input.references.map((r) => ({ numberSymbol: r.numberSymbol.replace(/\s+/g, ''), date: r.date })),
    );
  }
  return out;
}
