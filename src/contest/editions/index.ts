/** Contest editions as data (issue 14, item 1): schema, the five editions 2021–2025, validation, copying. */
export { copyEdition } from './copy.ts';
export { EDITION_2021, EDITION_2022, EDITION_2023, EDITION_2024, EDITION_2025, EDITIONS } from './data.ts';
export { NOT_FOUND, REFERENCE, SOURCES } from './facts.ts';
export * from './schema.ts';
export { type EditionCheck, checkEdition } from './validate.ts';

import { EDITIONS } from './data.ts';
import type { Edition } from './schema.ts';

export function editionOfYear(year: number, editions: readonly Edition[] = EDITIONS): Edition | null {
  return editions.find((e) => e.year === year) ?? null;
}
