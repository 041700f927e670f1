/**
 * The outgoing letter as data: one TypeBox schema that the module can reuse for its routes (validation and
 * OpenAPI) and that the renderers read. Text is stored as typed; capitals, punctuation at line ends and
 * the "Số:" / "V/v" prefixes are the renderer's job, so a draft never carries layout in its fields.
 */
import { type Static, type TSchema, Type } from '@sinclair/typebox';
import { CONFIDENTIALITY_MARKS, URGENCY_MARKS } from './catalog.ts';

const Text = (maxLength: number, minLength = 0) => Type.String({ minLength, maxLength });
const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' });

export const LetterFamilySchema = Type.Union([Type.Literal('party'), Type.Literal('state')]);

export const IssuingBodySchema = Type.Object(
  {
    /** The issuing body as it is named ("Trường Chính trị tỉnh Thái Nguyên"); "\n" forces a line break. */
    name: Text(300, 1),
    /** Its direct superior (state: cơ quan chủ quản; Party: the committee above, "Tỉnh ủy Thái Nguyên"). */
    parent: Nullable(Text(300)),
  },
  { additionalProperties: false },
);

export const ParagraphBlock = Type.Object(
  { kind: Type.Literal('paragraph'), text: Text(20_000) },
  { additionalProperties: false },
);
/**
 * "I. MỤC ĐÍCH, YÊU CẦU" (level 1) or "1. Về đào tạo" (level 2), bold; the label is part of the text.
 * Centred headings carry a decision's "QUYẾT ĐỊNH:" and "Điều" lines' preamble.
 */
export const HeadingBlock = Type.Object(
  {
    kind: Type.Literal('heading'),
    level: Type.Union([Type.Literal(1), Type.Literal(2)]),
    text: Text(1000, 1),
    align: Type.Optional(Type.Union([Type.Literal('left'), Type.Literal('center')])),
  },
  { additionalProperties: false },
);
/** Numbered paragraphs "1. …", "2. …", numbered from `start` (default 1). */
export const NumberedBlock = Type.Object(
  {
    kind: Type.Literal('numbered'),
    start: Type.Optional(Type.Integer({ minimum: 0, maximum: 10_000 })),
    items: Type.Array(Text(20_000, 1), { minItems: 1, maxItems: 500 }),
  },
  { additionalProperties: false },
);
/** Dash items "- …" as Vietnamese letters write them. */
export const BulletBlock = Type.Object(
  { kind: Type.Literal('bullets'), items: Type.Array(Text(20_000, 1), { minItems: 1, maxItems: 500 }) },
  { additionalProperties: false },
);
/** A simple grid: one bold header row, text cells, optional relative column widths. */
export const TableBlock = Type.Object(
  {
    kind: Type.Literal('table'),
    header: Type.Array(Text(500), { minItems: 1, maxItems: 12 }),
    rows: Type.Array(Type.Array(Text(4000), { maxItems: 12 }), { maxItems: 1000 }),
    widths: Type.Optional(Type.Array(Type.Number({ exclusiveMinimum: 0, maximum: 100 }), { maxItems: 12 })),
  },
  { additionalProperties: false },
);
export const LetterBlockSchema = Type.Union([ParagraphBlock, HeadingBlock, NumberedBlock, BulletBlock, TableBlock]);

export const SignerSchema = Type.Object(
  {
    /** TM. KT. Q. TL. TUQ. (state) or T/M K/T T/L (Party); null when the head signs in their own name. */
    authority: Nullable(Text(10)),
    /** What follows the mark: the collective ("BAN GIÁM HIỆU") or the head's title ("HIỆU TRƯỞNG"). */
    onBehalfOf: Nullable(Text(200)),
    /** The signer's own position ("PHÓ HIỆU TRƯỞNG"); null for Q. or when it equals the line above. */
    title: Nullable(Text(200)),
    name: Text(200, 1),
  },
  { additionalProperties: false },
);

export const LetterReferenceSchema = Type.Object(
  { numberSymbol: Text(100, 1), date: Nullable(IsoDate) },
  { additionalProperties: false },
);

export const LetterSchema = Type.Object(
  {
    family: LetterFamilySchema,
    issuer: IssuingBodySchema,
    /** Full number-symbol once issued ("2174-CV/HVCTQG", "15/TCT-VP"); null for a draft. */
    numberSymbol: Nullable(Text(100)),
    /** What a draft prints after the blank number ("CV/TCTTN" → "Số     -CV/TCTTN"); ignored once numbered. */
    draftSymbol: Type.Optional(Nullable(Text(100))),
    /** Địa danh: "Thái Nguyên", "Hà Nội". */
    place: Text(100, 1),
    /** Issue date; null for a draft (printed as "ngày … tháng … năm …"). */
    date: Nullable(IsoDate),
    typeCode: Text(10, 1),
    subject: Text(2000, 1),
    /** Kính gửi: one line per addressee (công văn, tờ trình, báo cáo…); empty for most other types. */
    addressees: Type.Array(Text(500, 1), { maxItems: 100 }),
    body: Type.Array(LetterBlockSchema, { maxItems: 2000 }),
    /** Nơi nhận, one line each, as typed ("Như trên", "Lưu: VT, Phòng ĐT"). */
    recipients: Type.Array(Text(500, 1), { maxItems: 100 }),
    signer: SignerSchema,
    urgency: Nullable(Type.Union(URGENCY_MARKS.map((u) => Type.Literal(u)))),
    confidentiality: Nullable(Type.Union(CONFIDENTIALITY_MARKS.map((c) => Type.Literal(c)))),
    /** Documents this letter answers or cites (the module links them; not printed). */
    references: Type.Optional(Type.Array(LetterReferenceSchema, { maxItems: 100 })),
    /** Prints "DỰ THẢO" at the top (NĐ 30 Phụ lục I: ô số 12). */
    draftMark: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

export type Letter = Static<typeof LetterSchema>;
export type LetterBlock = Static<typeof LetterBlockSchema>;
export type LetterSigner = Static<typeof SignerSchema>;
export type IssuingBody = Static<typeof IssuingBodySchema>;
export type LetterReference = Static<typeof LetterReferenceSchema>;
