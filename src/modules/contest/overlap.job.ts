/** Job `contest.overlap`: the overlap check of one edition (payload `{ editionId }`); idempotent. */
import { type JobDefinition, payloadString } from '../../jobs/types.ts';
import { OVERLAP_JOB } from './entries.service.ts';
import type { OverlapsService } from './overlaps.service.ts';

export function overlapJob(overlaps: OverlapsService): JobDefinition {
  return {
    name: OVERLAP_JOB,
    run: async (payload) => overlaps.runCheck(payloadString(payload, 'editionId')),
  };
}
