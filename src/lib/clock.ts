/** Timestamps for rows that must keep the order they were written in. */

let lastTick = 0;

/**
 * An ISO timestamp strictly later than the previous one from this process: history rows, assignees and
 * notifications written in the same millisecond still sort in the order they were written (both engines).
 */
export function nextTimestamp(): string {
  lastTick = Math.max(Date.now(), lastTick + 1);
  return new Date(lastTick).toISOString();
}
