#!/usr/bin/env node
// `npm run bench -- NAME` runs bench/NAME.bench.ts; each figure is printed as `BENCH NAME.METRIC VALUE [UNIT]`.
import { register } from 'tsx/esm/api';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

register();
const benchDir = fileURLToPath(new URL('../bench/', import.meta.url));
const available = readdirSync(benchDir)
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.replace('.bench.ts', ''));
// Bench names come before a lone `--`; everything else (flags, and the value after `--flag value`,
// as in `npm run bench -- search -- --documents 1000000`) goes to the bench.
const args = process.argv.slice(2);
const split = args.indexOf('--') === -1 ? args.length : args.indexOf('--');
const isName = (a, i) =>
  i < split && !a.startsWith('-') && (available.includes(a) || !/^--[^=]+$/.test(args[i - 1] ?? ''));
const names = args.filter(isName);
const flags = args.filter((a, i) => i !== split && !isName(a, i));
if (names.length === 0) {
  console.error(`Cách dùng: npm run bench -- TÊN   (có: ${available.join(', ')})`);
  process.exit(2);
}
for (const name of names) {
  if (!available.includes(name)) {
    console.error(`Không có benchmark "${name}" (có: ${available.join(', ')})`);
    process.exit(2);
  }
  const mod = await import(new URL(`../bench/${name}.bench.ts`, import.meta.url).href);
  await mod.run(flags);
}
