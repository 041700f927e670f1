/**
 * What the contest offers other capabilities: `contestFigures`, the network view's figures for one edition
 * (entries per school, category and round; prizes per school; "Diễn đàn địa phương" articles of the year), for
 * periodic reports. With an actor the figures are limited to the actor's scope; without one (a job acting for
 * the whole network) `organisationIds` may narrow them.
 */
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/types.ts';
import type { Actor } from '../tenancy/actor.ts';
import { articleCounts } from './forum.repository.ts';
import { awardCounts, entryCounts, organisationNames } from './results.repository.ts';

export type SchoolFigures = {
  organisationId: string;
  organisationName: string;
  entries: number;
  byCategory: Record<string, number>;
  byRound: Record<string, number>;
  withdrawn: number;
  screenedOut: number;
  prizes: number;
  prizesByLevel: Record<string, number>;
  forumArticles: { sent: number; accepted: number; published: number; declined: number };
};

export type ContestFigures = {
  schools: SchoolFigures[];
  totals: Omit<SchoolFigures, 'organisationId' | 'organisationName'>;
};

function empty(): Omit<SchoolFigures, 'organisationId' | 'organisationName'> {
  return {
    entries: 0,
    byCategory: {},
    byRound: {},
    withdrawn: 0,
    screenedOut: 0,
    prizes: 0,
    prizesByLevel: {},
    forumArticles: { sent: 0, accepted: 0, published: 0, declined: 0 },
  };
}

const bump = (r: Record<string, number>, k: string, n: number) => {
  r[k] = (r[k] ?? 0) + n;
};

export async function contestFigures(
  db: Kysely<DB> | Transaction<DB>,
  input: { editionId: string; year: number; actor?: Actor | null; organisationIds?: string[] },
): Promise<ContestFigures> {
  const actor = input.actor ?? null;
  const [entries, awards, articles] = await Promise.all([
    entryCounts(db, actor, input.editionId, input.organisationIds),
    awardCounts(db, actor, input.editionId, input.organisationIds),
    articleCounts(db, actor, input.year, input.organisationIds),
  ]);
  const by = new Map<string, Omit<SchoolFigures, 'organisationId' | 'organisationName'>>();
  const totals = empty();
  const of = (id: string) => {
    if (!by.has(id)) by.set(id, empty());
    return by.get(id)!;
  };
  for (const r of entries) {
    const n = Number(r.n);
    for (const f of [of(r.organisation_id), totals]) {
      if (r.status === 'withdrawn') f.withdrawn += n;
      else {
        f.entries += n;
        bump(f.byCategory, r.category_code, n);
        bump(f.byRound, r.round, n);
        if (r.status === 'screened_out') f.screenedOut += n;
      }
    }
  }
  for (const r of awards) {
    const n = Number(r.n);
    for (const f of [of(r.organisation_id), totals]) {
      f.prizes += n;
      bump(f.prizesByLevel, r.level, n);
    }
  }
  for (const r of articles) {
    const n = Number(r.n);
    const status = r.status as keyof SchoolFigures['forumArticles'];
    for (const f of [of(r.organisation_id), totals]) if (status in f.forumArticles) f.forumArticles[status] += n;
  }
  const names = new Map((await organisationNames(db, [...by.keys()])).map((o) => [o.id, o.name]));
  const schools = [...by.entries()]
    .map(([organisationId, f]) => ({ organisationId, organisationName: names.get(organisationId) ?? '', ...f }))
    .sort((a, b) => a.organisationName.localeCompare(b.organisationName, 'vi'));
  return { schools, totals };
}
