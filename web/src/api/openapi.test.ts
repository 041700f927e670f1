/**
 * The generated API files must match the server's current route schemas: regenerate in memory and compare
 * with what is committed. When this fails, run `npm run api:types` and commit the result.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateApiTypes, OPENAPI_DTS, OPENAPI_JSON, REQUEST_SCHEMAS_JSON } from '../../../scripts/api-types.ts';

const STALE = 'The generated API file is stale: run `npm run api:types` and commit the result';

describe('generated API types', () => {
  it('match the OpenAPI document the server builds now', async () => {
    const generated = await generateApiTypes();
    expect(readFileSync(OPENAPI_JSON, 'utf8') === generated.json, `${STALE} (openapi.json)`).toBe(true);
    expect(readFileSync(OPENAPI_DTS, 'utf8') === generated.dts, `${STALE} (openapi.d.ts)`).toBe(true);
    expect(
      readFileSync(REQUEST_SCHEMAS_JSON, 'utf8') === generated.requestSchemas,
      `${STALE} (request-schemas.json)`,
    ).toBe(true);
  });
});
