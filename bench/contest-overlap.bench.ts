/**
 * `npm run bench -- contest-overlap`: the contest module's overlap job (`contest.overlap`) over one edition, on a
 * fresh temporary database (SQLite, or PostgreSQL with DATABASE_URL): N entries of about W words from a Zipf-like
 * syllable vocabulary, P planted pairs (a passage of 300–800 words copied from one entry into another), plus the
 * reading of the texts, the engine's corpus, and writing the flagged pairs and shares in one transaction.
 * Prints the job's wall time, the recall of planted pairs among the flagged entry pairs and the counts.
 * Flags: --entries=N (default 2000), --words=N (default 1500), --planted=N (default 50).
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { createTestDatabase, modulesOf } from '../src/testing/test-database.ts';
import { mulberry32 } from './support/random.ts';

const ONSETS = [
  'b',
  'c',
  'd',
  'đ',
  'g',
  'h',
  'k',
  'l',
  'm',
  'n',
  'ng',
  'nh',
  'ph',
  'qu',
  's',
  't',
  'th',
  'tr',
  'v',
  'x',
];
const RIMES = [
  'a',
  'ai',
  'an',
  'ang',
  'ao',
  'âm',
  'ân',
  'ê',
  'i',
  'inh',
  'o',
  'ô',
  'ông',
  'ơ',
  'u',
  'ư',
  'ương',
  'yên',
];
const TONES = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];

export async function run(flags: string[] = []): Promise<void> {
  const arg = (name: string, fallback: number) => {
    const hit = flags.find((a) => a.startsWith(`--${name}=`));
    return hit ? Number(hit.split('=')[1]) : fallback;
  };
  const ENTRIES = arg('entries', 2000);
  const WORDS = arg('words', 1500);
  const PLANTED = arg('planted', 50);
  const random = mulberry32(14);
  const syllables: string[] = [];
  for (const o of ONSETS) for (const r of RIMES) for (const t of TONES) syllables.push(`${o}${r}${t}`.normalize('NFC'));
  // Zipf-like: low indexes far more frequent.
  const word = () => syllables[Math.floor(syllables.length * random() ** 3)]!;
  const texts: string[] = [];
  for (let i = 0; i < ENTRIES; i++) texts.push(Array.from({ length: WORDS }, word).join(' '));
  const planted: [number, number][] = [];
  for (let p = 0; p < PLANTED; p++) {
    const from = Math.floor(random() * ENTRIES);
    let to = Math.floor(random() * ENTRIES);
    if (to === from) to = (to + 1) % ENTRIES;
    const length = 300 + Math.floor(random() * 500);
    const source = texts[from]!.split(' ');
    const start = Math.floor(random() * (source.length - length));
    texts[to] = `${texts[to]} ${source.slice(start, start + length).join(' ')}`;
    planted.push([from, to]);
  }

  const database = await createTestDatabase({ demo: 'accounts' });
  try {
    const { db } = database;
    const org = await db
      .selectFrom('organisations')
      .select('id')
      .where('code', '=', 'HVCTQG')
      .executeTakeFirstOrThrow();
    const now = new Date().toISOString();
    const ids = texts.map(() => randomUUID());
    for (let i = 0; i < ENTRIES; i += 200)
      await db
        .insertInto('contest_entries')
        .values(
          texts.slice(i, i + 200).map((text, j) => ({
            id: ids[i + j]!,
            edition_id: 'e2025',
            organisation_id: org.id,
            category_code: 'tap_chi',
            title: `Bài ${i + j}`,
            blind_code: `B${String(i + j).padStart(7, '0')}`,
            status: 'registered',
            round: 'school',
            screen_reason: null,
            submitted_on: '2025-03-01',
            file_name: null,
            file_sha256: null,
            file_size: null,
            media_url: null,
            publication_name: null,
            published_on: null,
            published_url: null,
            work_text: text,
            overlap_share: null,
            overlap_checked_at: null,
            created_by: null,
            created_at: now,
            updated_at: now,
          })),
        )
        .execute();
    const overlaps = modulesOf(database).contest.services.overlaps;
    const cpu = process.cpuUsage();
    const started = performance.now();
    const result = await overlaps.runCheck('e2025');
    const seconds = (performance.now() - started) / 1000;
    const cpuSeconds = (process.cpuUsage(cpu).user + process.cpuUsage(cpu).system) / 1e6;
    const rows = await db
      .selectFrom('contest_overlaps')
      .select(['entry_id', 'other_id'])
      .where('other_kind', '=', 'entry')
      .execute();
    const found = new Set(rows.map((r) => `${r.entry_id}|${r.other_id}`));
    const hits = planted.filter(
      ([a, b]) => found.has(`${ids[a]}|${ids[b]}`) && found.has(`${ids[b]}|${ids[a]}`),
    ).length;
    console.log(`BENCH contest-overlap.seconds_${ENTRIES} ${seconds.toFixed(2)} s`);
    console.log(`BENCH contest-overlap.cpu_seconds_${ENTRIES} ${cpuSeconds.toFixed(2)} s`);
    console.log(`BENCH contest-overlap.recall ${(hits / Math.max(1, planted.length)).toFixed(4)}`);
    console.log(`BENCH contest-overlap.flagged_rows ${result.flagged}`);
    console.log(`BENCH contest-overlap.words ${texts.reduce((n, t) => n + t.split(' ').length, 0)}`);
    console.log(`BENCH contest-overlap.rss_mb ${Math.round(process.memoryUsage().rss / 1e6)} MB`);
  } finally {
    await database.cleanup();
  }
}
