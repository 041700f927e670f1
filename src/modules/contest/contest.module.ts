/**
 * Contests and forum articles (issue 14): the Academy's writing contest from school entries to prizes — editions
 * as data, entries with quotas and eligibility from the engine (src/contest), blind codes and blind marking,
 * overlap checking (job `contest.overlap`), rounds, prizes, results, the network view — and the "Diễn đàn địa
 * phương" articles. Offers `contestFigures` (contest.ports.ts) to periodic reports.
 */
import type { ModuleContext, TctModule } from '../module.ts';
import { createAwardsService } from './awards.service.ts';
import { contestRoutes } from './contest.routes.ts';
import { createEditionsService } from './editions.service.ts';
import { createEntriesService, OVERLAP_JOB } from './entries.service.ts';
import { createForumService } from './forum.service.ts';
import { createJudgingService } from './judging.service.ts';
import { overlapJob } from './overlap.job.ts';
import { createOverlapsService } from './overlaps.service.ts';
import { reviewRoutes } from './review.routes.ts';
import { createRoundsService } from './rounds.service.ts';

export function createContestModule(ctx: ModuleContext) {
  const { db } = ctx.database;
  const editions = createEditionsService(db);
  const services = {
    editions,
    entries: createEntriesService(db, editions, ctx.files),
    rounds: createRoundsService(db, editions, ctx.files),
    judging: createJudgingService(db, editions, ctx.files),
    overlaps: createOverlapsService(db, editions, OVERLAP_JOB),
    awards: createAwardsService(db, editions),
    forum: createForumService(db),
  };
  return {
    name: 'contest',
    routes: async (app, opts) => {
      await contestRoutes(services)(app, opts);
      await reviewRoutes(services)(app, opts);
    },
    jobs: [overlapJob(services.overlaps)],
    services,
  } satisfies TctModule & { services: ContestServices };
}

export type ContestServices = {
  editions: ReturnType<typeof createEditionsService>;
  entries: ReturnType<typeof createEntriesService>;
  rounds: ReturnType<typeof createRoundsService>;
  judging: ReturnType<typeof createJudgingService>;
  overlaps: ReturnType<typeof createOverlapsService>;
  awards: ReturnType<typeof createAwardsService>;
  forum: ReturnType<typeof createForumService>;
};
