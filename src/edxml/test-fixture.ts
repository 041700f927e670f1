/** Test-only helpers: the sample message and small mutations of it. Never imported by runtime code. */
import { readFileSync } from 'node:fs';
import { EdxmlError, type EdxmlErrorCode } from './errors.ts';

const FIXTURE_URL = new URL('../../test/fixtures/edxml/2174-CV-HVCTQG.edxml', import.meta.url);

export function fixtureText(): string {
  return readFileSync(FIXTURE_URL, 'utf8');
}

export function fixtureBuffer(): Buffer {
  return readFileSync(FIXTURE_URL);
}

/** The fixture with one exact substring replaced; fails loudly if the substring drifted. */
export function fixtureWith(search: string | RegExp, replacement: string): string {
  const original = fixtureText();
  const changed = original.replace(search, replacement);
  if (changed === original) throw new Error(`fixtureWith: "${String(search)}" not found in the fixture`);
  return changed;
}

/** The EdxmlError code a call fails with; any other kind of failure is rethrown (it would be a bug). */
export function errorCodeOf(run: () => unknown): EdxmlErrorCode | 'no error' {
  try {
    run();
    return 'no error';
  } catch (error) {
    if (error instanceof EdxmlError) return error.code;
    throw error;
  }
}
