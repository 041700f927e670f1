/** Minimal `--name value` / `--flag` parsing for the CLI (node:util parseArgs with strict off). */
import { parseArgs } from 'node:util';

export function parseOptions(args: string[], options: Record<string, { type: 'string' | 'boolean' }>) {
  return parseArgs({ args, options, allowPositionals: true, strict: false });
}
