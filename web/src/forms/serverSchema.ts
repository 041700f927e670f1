/**
 * Forms are validated by the server's own request-body schemas (the TypeBox schemas of src/modules, as
 * written into web/src/api/request-schemas.json by `npm run api:types`), so a length, a required field or an
 * e-mail pattern is declared once, on the server. A react-hook-form resolver turns the form's values into
 * the body that will be sent, checks it against that schema, and maps every failure to a Vietnamese message
 * under the field — the one place where schema keywords become Vietnamese sentences.
 *
 * The validator is @cfworker/json-schema, which interprets the schema: Ajv compiles schemas to code with
 * `new Function`, which the app's Content-Security-Policy (no 'unsafe-eval') rightly refuses.
 */
import { Validator, type OutputUnit, type Schema } from '@cfworker/json-schema';
import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import requestSchemas from '../api/request-schemas.json' with { type: 'json' };

/** "POST /api/people", "PATCH /api/people/{id}", … */
export type RequestOperation = keyof typeof requestSchemas;

/** How a field is named in messages: "Vui lòng nhập họ và tên." / "Vui lòng chọn vai trò." */
export type FieldText = {
  /** Lower-case name as it reads inside a sentence: 'họ và tên', 'email'. */
  label: string;
  /** A choice (select, radio) rather than typed text. */
  choose?: boolean;
  /** Special wording for a pattern: e-mail addresses and dd/mm/yyyy dates. */
  kind?: 'email' | 'date';
};

/**
 * One failure: the schema keyword, the value of that keyword in the schema, the top-level body field it is
 * about and the full path inside the body (['requirements', '2', 'text'] for a row of a list).
 */
export type SchemaError = { keyword: string; limit: unknown; field: string; path: string[] };

const validators = new Map<RequestOperation, Validator>();

/**
 * The schemas are OpenAPI 3.0 (TypeBox's `Type.Union([T, Type.Null()])` is written `nullable: true`), a keyword
 * JSON Schema does not know: `{type: 'string', nullable: true}` becomes `{type: ['string', 'null']}`.
 */
export function jsonSchemaOf(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(jsonSchemaOf);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) if (key !== 'nullable') out[key] = jsonSchemaOf(value);
  const record = node as Record<string, unknown>;
  if (record.nullable === true && typeof record.type === 'string') out.type = [record.type, 'null'];
  return out;
}

function validatorFor(operation: RequestOperation): Validator {
  let validator = validators.get(operation);
  if (!validator) {
    validator = new Validator(jsonSchemaOf(requestSchemas[operation]) as Schema, '2019-09', false);
    validators.set(operation, validator);
  }
  return validator;
}

/** Keywords that only say "something inside failed"; the inner failure carries the useful keyword. */
const AGGREGATE_KEYWORDS = new Set(['properties', 'allOf', '$ref', 'items', 'prefixItems', 'unevaluatedProperties']);

function pointer(root: unknown, location: string): unknown {
  let node = root;
  for (const part of location.replace(/^#\/?/, '').split('/').filter(Boolean)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return node;
}

/** The schema failures of `body` as (keyword, limit, field), the specific ones before the general ones. */
export function schemaErrors(operation: RequestOperation, body: unknown): SchemaError[] {
  const schema = requestSchemas[operation] as Record<string, unknown>;
  // What the server will receive: JSON drops undefined fields (the validator refuses them).
  body = body === undefined ? null : JSON.parse(JSON.stringify(body));
  const result = validatorFor(operation).validate(body);
  if (result.valid) return [];
  const out: SchemaError[] = [];
  const units = [...result.errors].sort(
    (a, b) => Number(AGGREGATE_KEYWORDS.has(a.keyword)) - Number(AGGREGATE_KEYWORDS.has(b.keyword)),
  );
  for (const unit of units as OutputUnit[]) {
    const path = unit.instanceLocation.replace(/^#\/?/, '').split('/').filter(Boolean);
    if (unit.keyword === 'required') {
      const required = (pointer(schema, unit.keywordLocation) as string[] | undefined) ?? [];
      const holder = pointer(body, unit.instanceLocation) as Record<string, unknown> | undefined;
      for (const name of required)
        if (!holder || holder[name] === undefined)
          out.push({ keyword: 'required', limit: undefined, field: path[0] ?? name, path: [...path, name] });
      continue;
    }
    out.push({ keyword: unit.keyword, limit: pointer(schema, unit.keywordLocation), field: path[0] ?? '', path });
  }
  return out;
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** One schema failure on one field, in Vietnamese. */
export function vietnameseMessage(
  error: Pick<SchemaError, 'keyword' | 'limit'>,
  text: FieldText,
  value: unknown,
): string {
  const { label } = text;
  const Label = capitalise(label);
  const params = { limit: error.limit as number | undefined };
  if (error.keyword === 'required' || (error.keyword === 'minLength' && isEmpty(value)))
    return `Vui lòng ${text.choose ? 'chọn' : 'nhập'} ${label}.`;
  switch (error.keyword) {
    case 'minLength':
      return `${Label} quá ngắn (ít nhất ${params.limit} ký tự).`;
    case 'maxLength':
      return `${Label} không quá ${params.limit} ký tự.`;
    case 'minItems':
      return params.limit === 1 ? `Chọn ít nhất một ${label}.` : `Chọn ít nhất ${params.limit} ${label}.`;
    case 'maxItems':
      return `Chọn không quá ${params.limit} ${label}.`;
    case 'minimum':
    case 'exclusiveMinimum':
      return `${Label} phải từ ${params.limit} trở lên.`;
    case 'maximum':
    case 'exclusiveMaximum':
      return `${Label} không được lớn hơn ${params.limit}.`;
    case 'pattern':
    case 'format':
      if (text.kind === 'email') return `${Label} không hợp lệ.`;
      if (text.kind === 'date') return `${Label} không hợp lệ, nhập theo dạng dd/mm/yyyy.`;
      return `${Label} sai định dạng.`;
    case 'enum':
    case 'const':
    case 'anyOf':
    case 'oneOf':
      return text.choose ? `Vui lòng chọn ${label}.` : `${Label} không hợp lệ.`;
    case 'type':
      return isEmpty(value) ? `Vui lòng ${text.choose ? 'chọn' : 'nhập'} ${label}.` : `${Label} không hợp lệ.`;
    default:
      return `${Label} không hợp lệ.`;
  }
}

export type SchemaFormOptions<TValues extends FieldValues> = {
  /** The form's values as the body that will be sent (trimmed, '' → null or left out, …). */
  toBody: (values: TValues) => unknown;
  /** How each body field is named in messages; the key is the body field, which is also the form field. */
  fields: Partial<Record<string, FieldText>>;
  /** Checks the schema cannot express (a confirmation that must match); field → message. */
  also?: (values: TValues) => Partial<Record<string, string | null>>;
};

/** Validate a form against the request-body schema of `operation`; the first failure per field is shown. */
export function serverSchemaResolver<TValues extends FieldValues>(
  operation: RequestOperation,
  options: SchemaFormOptions<TValues>,
): Resolver<TValues> {
  return async (values) => {
    const body = options.toBody(values);
    const errors: Record<string, { type: string; message: string }> = {};
    for (const error of schemaErrors(operation, body)) {
      const field = error.field;
      const text = options.fields[field];
      // A failure on a field the form does not show (an id the page fills in) is the page's bug, not the user's.
      if (!text || errors[field]) continue;
      const value = body && typeof body === 'object' ? (body as Record<string, unknown>)[field] : undefined;
      errors[field] = { type: error.keyword, message: vietnameseMessage(error, text, value) };
    }
    for (const [field, message] of Object.entries(options.also?.(values) ?? {})) {
      if (message && !errors[field]) errors[field] = { type: 'validate', message };
    }
    return Object.keys(errors).length === 0
      ? { values, errors: {} }
      : { values: {}, errors: errors as unknown as FieldErrors<TValues> };
  };
}
