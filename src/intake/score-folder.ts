/**
 * Scores the engine on a folder of letters (`<root>/<NNN>/<file>` beside `truth.json`): the generalisation
 * tests on the unseen sets read their figures through it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFromText } from './extract/index.ts';
import { scorePredictions } from './score.ts';

export function scoreFolder(root: string, file: string) {
  const docs = readdirSync(root)
    .filter((d) => existsSync(join(root, d, file)) && existsSync(join(root, d, 'truth.json')))
    .sort();
  const preds = docs.map((d) => ({
    file: join(root, d, file),
    ...extractFromText(readFileSync(join(root, d, file), 'utf8')),
  }));
  return scorePredictions(root, preds as never, docs);
}
