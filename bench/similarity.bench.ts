/**
 * `npm run bench -- similarity`: 10,000 contest entries of about 3,000 words with planted overlaps.
 *
 * Words are Vietnamese-looking syllables drawn with a Zipf law (a few very common, a long tail), so unrelated
 * entries share some shingles by chance; 40 % of entries open with the contest's title (shared boilerplate);
 * 300 planted pairs copy a passage of 200–1,500 words from one entry into another, with up to 3 words changed
 * inside the passage, so every planted pair's containment is at least 0.05 by construction (each change
 * removes at most 5 shared shingles). Each entry takes part in at most one planted pair.
 *
 * Timed: turning the texts into fingerprints (NFC, lower case, tokens, shingles) and finding every pair whose
 * larger containment reaches 0.05; generating the texts is not timed.
 * Flags: --entries=N (default 10000), --words=N (default 3000), --planted=N (default 300).
 */
import { performance } from 'node:perf_hooks';
import { type Fingerprint, fingerprintText, Vocabulary } from '../src/contest/similarity/fingerprint.ts';
import { findSimilarPairs, type PairSearchStats } from '../src/contest/similarity/pairs.ts';
import { mulberry32 } from './support/random.ts';

const ONSETS = [
  '',
  'b',
  'c',
  'ch',
  'd',
  'đ',
  'g',
  'gi',
  'h',
  'k',
  'kh',
  'l',
  'm',
  'n',
  'ng',
  'nh',
  'ph',
  'qu',
  'r',
  's',
];
const MORE_ONSETS = ['t', 'th', 'tr', 'v', 'x'];
const NUCLEI = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y', 'ia', 'ua', 'ưa', 'iê', 'uô', 'ươ'];
const CODAS = ['', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't', 'i', 'o', 'u'];
const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323']; // huyền, sắc, hỏi, ngã, nặng (combining)
const TITLE =
  'Bài dự thi Cuộc thi chính luận về bảo vệ nền tảng tư tưởng của Đảng năm 2025. Thể loại: bài tạp chí. Mã số: ';

function syllables(random: () => number, count: number): string[] {
  const onsets = [...ONSETS, ...MORE_ONSETS];
  const seen = new Set<string>();
  while (seen.size < count) {
    const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)]!;
    // Tones as combining marks on purpose: the engine must compose them (NFC) before comparing.
    seen.add((pick(onsets) + pick(NUCLEI) + pick(TONES) + pick(CODAS)).normalize('NFC'));
  }
  return [...seen];
}

export interface Workload {
  words: string[];
  docs: Uint16Array[];
  hasTitle: boolean[];
  planted: [number, number][];
}

export function generateWorkload(entries: number, wordsPerEntry: number, plantedCount: number, seed = 2025): Workload {
  const random = mulberry32(seed);
  const words = syllables(random, 6000);
  // Zipf(1) over the syllables through a cumulative table.
  const cumulative = new Float64Array(words.length);
  let sum = 0;
  for (let r = 0; r < words.length; r++) cumulative[r] = sum += 1 / (r + 1);
  const draw = () => {
    const x = random() * sum;
    let lo = 0;
    let hi = words.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const docs = Array.from({ length: entries }, () => {
    const length = Math.round(wordsPerEntry * (0.9 + 0.2 * random()));
    const doc = new Uint16Array(length);
    for (let i = 0; i < length; i++) doc[i] = draw();
    return doc;
  });
  const hasTitle = docs.map(() => random() < 0.4);
  const order = Array.from({ length: entries }, (_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const planted: [number, number][] = [];
  for (let p = 0; p < plantedCount && 2 * p + 1 < entries; p++) {
    const source = docs[order[2 * p]!]!;
    const target = docs[order[2 * p + 1]!]!;
    const length = Math.min(200 + Math.floor(random() * 1300), source.length, target.length);
    const from = Math.floor(random() * (source.length - length + 1));
    const to = Math.floor(random() * (target.length - length + 1));
    target.set(source.subarray(from, from + length), to);
    const edits = Math.floor(random() * 4);
    for (let e = 0; e < edits; e++) target[to + Math.floor(random() * length)] = draw();
    planted.push([order[2 * p]!, order[2 * p + 1]!]);
  }
  return { words, docs, hasTitle, planted };
}

/** Words with spaces, some commas and full stops (next word capitalised), a paragraph every ~80 words. */
export function renderText(workload: Workload, d: number, random: () => number): string {
  const doc = workload.docs[d]!;
  const parts: string[] = workload.hasTitle[d] ? [TITLE, String(d), '\n'] : [];
  let capital = true;
  for (let i = 0; i < doc.length; i++) {
    const word = workload.words[doc[i]!]!;
    parts.push(capital ? word[0]!.toUpperCase() + word.slice(1) : word);
    const r = random();
    capital = r < 0.06;
    parts.push(r < 0.015 ? '.\n' : r < 0.06 ? '. ' : r < 0.12 ? ', ' : ' ');
  }
  return parts.join('');
}

function flag(args: string[], name: string, fallback: number): number {
  const found = args.find((a) => a.startsWith(`--${name}=`));
  return found ? Number(found.split('=')[1]) : fallback;
}

export async function run(args: string[]): Promise<void> {
  const entries = flag(args, 'entries', 10_000);
  const wordsPerEntry = flag(args, 'words', 3000);
  const plantedCount = flag(args, 'planted', 300);
  const min = 0.05;

  const workload = generateWorkload(entries, wordsPerEntry, plantedCount);
  const random = mulberry32(7);
  const vocabulary = new Vocabulary();
  const fingerprints: Fingerprint[] = [];
  let fingerprintMs = 0;
  let cpuMicros = 0;
  let totalWords = 0;
  for (let d = 0; d < entries; d++) {
    const text = renderText(workload, d, random);
    totalWords += workload.docs[d]!.length;
    const started = performance.now();
    const cpu = process.cpuUsage();
    fingerprints.push(fingerprintText(text, vocabulary));
    fingerprintMs += performance.now() - started;
    const used = process.cpuUsage(cpu);
    cpuMicros += used.user + used.system;
  }
  const stats: PairSearchStats = { candidates: 0, probes: 0 };
  const started = performance.now();
  const cpu = process.cpuUsage();
  const pairs = findSimilarPairs(fingerprints, min, stats);
  const pairsMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  cpuMicros += used.user + used.system;

  const found = new Set(pairs.map((p) => `${p.a}:${p.b}`));
  const recalled = workload.planted.filter(([x, y]) => found.has(x < y ? `${x}:${y}` : `${y}:${x}`)).length;
  const seconds = (fingerprintMs + pairsMs) / 1000;
  const label = entries === 10_000 ? 'seconds_10k' : `seconds_${entries}`;
  console.log(`BENCH similarity.${label} ${seconds.toFixed(2)} s`);
  // On a shared machine wall time includes waiting for a core; CPU time is the work itself.
  console.log(`BENCH similarity.cpu_${label} ${(cpuMicros / 1e6).toFixed(2)} s`);
  console.log(`BENCH similarity.recall ${(recalled / Math.max(1, workload.planted.length)).toFixed(4)}`);
  console.log(`BENCH similarity.seconds_fingerprint ${(fingerprintMs / 1000).toFixed(2)} s`);
  console.log(`BENCH similarity.seconds_pairs ${(pairsMs / 1000).toFixed(2)} s`);
  console.log(`BENCH similarity.words ${totalWords}`);
  console.log(`BENCH similarity.planted ${workload.planted.length}`);
  console.log(`BENCH similarity.pairs_reported ${pairs.length}`);
  console.log(`BENCH similarity.candidates_verified ${stats.candidates}`);
  console.log(`BENCH similarity.rss_mb ${Math.round(process.memoryUsage().rss / 2 ** 20)} MB`);
}
