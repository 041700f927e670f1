/** Public types of the document-intake engine. The field names follow test/fixtures/documents/README.md. */

export type Family = 'party' | 'state';
export type Urgency = 'Khẩn' | 'Thượng khẩn' | 'Hỏa tốc' | 'Hỏa tốc hẹn giờ';
export type Confidentiality = 'Mật' | 'Tối mật' | 'Tuyệt mật';

/** Character offsets [start, end) into the text given to extractFromText. */
export type Span = [number, number];

export interface Reference {
  numberSymbol: string;
  date: string | null;
}

export interface Requirement {
  /** Item number as printed ("1.", "Điều 2."); null for an unnumbered request (a ✓ line). */
  no: number | null;
  deadline: string | null;
  text: string;
}

export interface Incoming {
  receiver: string | null;
  number: number | null;
  date: string | null;
}

export interface Annotation {
  text: string;
  span: Span;
  /** handwriting: notes written on the page (bút phê, stamp notes); noise: OCR garbage. */
  kind: 'handwriting' | 'noise';
}

export const FIELD_KEYS = [
  'family',
  'issuer.name',
  'issuer.parent',
  'numberSymbol',
  'number',
  'type',
  'typeName',
  'place',
  'date',
  'subject',
  'recipients',
  'signer.name',
  'signer.title',
  'signer.authority',
  'references',
  'requirements',
  'incoming.receiver',
  'incoming.number',
  'incoming.date',
  'urgency',
  'confidentiality',
] as const;
export type FieldKey = (typeof FIELD_KEYS)[number];

export interface Extraction {
  family: Family | null;
  issuer: { name: string | null; parent: string | null };
  numberSymbol: string | null;
  number: string | null;
  type: string | null;
  typeName: string | null;
  place: string | null;
  date: string | null;
  subject: string | null;
  recipients: string[];
  signer: { name: string | null; title: string | null; authority: string | null };
  references: Reference[];
  requirements: Requirement[];
  incoming: Incoming | null;
  urgency: Urgency | null;
  confidentiality: Confidentiality | null;
  annotations: Annotation[];
  /** 0..1 per field; 0 when the field was not found. */
  confidence: Record<FieldKey, number>;
  /** Where each field came from. Array fields give one span per item, in item order. */
  spans: Record<FieldKey, Span | Span[] | null>;
}
