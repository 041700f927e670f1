/** Register rows → API shapes: a register, an entry of a register, a line of the printed book. */
import type { RegisterTable } from '../../db/types.ts';
import { type DocumentWithRegister, presentSummary } from '../documents/documents.ports.ts';
import type { IncomingRegisterRow } from './register-export.ts';
import type { listForPrint } from './registers.repository.ts';

type RegisterRow = RegisterTable;
type PrintRow = Awaited<ReturnType<typeof listForPrint>>[number];

export function presentRegister(r: RegisterRow) {
  return { id: r.id, name: r.name, confidential: r.confidential === 1, organisationId: r.organisation_id };
}

/** A document as an entry of the register it was numbered in. */
export function presentRegisterEntry(row: DocumentWithRegister, register: RegisterRow) {
  return {
    ...presentSummary(row),
    registerId: register.id,
    registerName: register.name,
    registerConfidential: register.confidential === 1,
  };
}

/** One line of the printed incoming register (NĐ 30 Phụ lục IV); `from` stands in for a missing date. */
export function presentPrintLine(r: PrintRow, from: string): IncomingRegisterRow {
  return {
    receivedDate: r.received_date ?? from,
    incomingNumber: r.register_number ?? 0,
    issuerName: r.issuer_name ?? '',
    numberSymbol: r.number_symbol,
    documentDate: r.document_date,
    typeName: r.type_name,
    subject: r.subject,
    recipientText: r.forwarded_to,
    note:
      [r.file_reference ? `HS: ${r.file_reference}` : null, r.urgency, r.confidentiality].filter(Boolean).join('; ') ||
      null,
  };
}
