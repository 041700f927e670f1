/**
 * The register-number check shared by the drills: every registration the server acknowledged is stored with
 * that number (lost), no number twice in a register and year (duplicates), and the drill's numbers follow the
 * ones before them without a hole (gaps). The drill's documents are told apart by their subject prefix.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../src/db/types.ts';

export type Numbering = { lost: number; duplicates: number; gaps: number };

export async function checkNumbering(
  db: Kysely<DB>,
  subjectPrefix: string,
  acknowledged: ReadonlyMap<string, number>,
): Promise<Numbering> {
  const rows = await db
    .selectFrom('documents')
    .select(['id', 'register_id', 'register_year', 'register_number', 'subject'])
    .where('register_number', 'is not', null)
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  let lost = 0;
  for (const [id, number] of acknowledged) if (byId.get(id)?.register_number !== number) lost++;
  const series = new Map<string, { before: number; numbers: number[] }>();
  for (const r of rows) {
    const key = `${r.register_id}/${r.register_year}`;
    const entry = series.get(key) ?? { before: 0, numbers: [] };
    if (r.subject?.startsWith(subjectPrefix)) entry.numbers.push(Number(r.register_number));
    else entry.before = Math.max(entry.before, Number(r.register_number));
    series.set(key, entry);
  }
  let duplicates = 0;
  let gaps = 0;
  for (const { before, numbers } of series.values()) {
    if (numbers.length === 0) continue;
    const distinct = new Set(numbers);
    duplicates += numbers.length - distinct.size;
    gaps += Math.max(...numbers) - before - distinct.size;
  }
  return { lost, duplicates, gaps };
}

/** One registration of an incoming letter: a manual draft, then "vào sổ"; the number the server gave, or why not. */
export async function registerLetter(
  request: (method: string, path: string, body?: unknown) => Promise<Response>,
  subject: string,
): Promise<{ id: string; number: number }> {
  const draft = await request('POST', '/api/documents/manual', { issuerName: 'Tỉnh ủy Thái Nguyên', subject });
  if (draft.status !== 201) throw new Error(`tạo dự thảo: ${draft.status} ${(await draft.text()).slice(0, 200)}`);
  const { id } = (await draft.json()) as { id: string };
  const res = await request('POST', `/api/documents/${id}/register`, { receivedDate: '2026-12-01' });
  if (res.status !== 200) throw new Error(`vào sổ: ${res.status} ${(await res.text()).slice(0, 200)}`);
  return { id, number: ((await res.json()) as { registerNumber: number }).registerNumber };
}
