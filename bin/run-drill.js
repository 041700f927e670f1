#!/usr/bin/env node
// `npm run drill -- NAME` runs drills/NAME.drill.ts: a fault drill printing `DRILL NAME.METRIC VALUE` lines and
// exiting non-zero when something was lost.
import { register } from 'tsx/esm/api';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

register();
const dir = fileURLToPath(new URL('../drills/', import.meta.url));
const available = readdirSync(dir)
  .filter((f) => f.endsWith('.drill.ts'))
  .map((f) => f.replace('.drill.ts', ''));
const names = process.argv.slice(2).filter((a) => !a.startsWith('-'));
if (names.length === 0) {
  console.error(`Cách dùng: npm run drill -- TÊN   (có: ${available.join(', ')})`);
  process.exit(2);
}
let failed = false;
for (const name of names) {
  if (!available.includes(name)) {
    console.error(`Không có diễn tập "${name}" (có: ${available.join(', ')})`);
    process.exit(2);
  }
  const mod = await import(new URL(`../drills/${name}.drill.ts`, import.meta.url).href);
  const ok = await mod.run(process.argv.slice(2).filter((a) => a.startsWith('-')));
  if (!ok) failed = true;
}
process.exit(failed ? 1 : 0);
