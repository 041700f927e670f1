/**
 * better-sqlite3 answers every query synchronously, so a request's whole chain of awaited queries runs inside one
 * turn of the event loop, and one turn serves every request that became ready in it. Under load a turn grew to
 * about a second. Node 20's libuv accepts ONE new connection per turn (libuv PR #3696; the Node 20 regression in
 * nodejs/performance#95), so with 200 busy clients a newcomer waited in the kernel's accept queue for many
 * seconds and the load bench saw requests time out that the server had never read (notes/load.md).
 *
 * This dialect gives the event loop back after each connection release: after a query outside a transaction and
 * after a whole transaction (a transaction keeps the single connection, so it is never cut in the middle, which
 * would make every other request wait for it across turns). A turn then serves about one query per request in
 * flight, and accepting, timers and health checks get their turn in milliseconds rather than seconds.
 */
import { type Driver, SqliteDialect, type SqliteDialectConfig, SqliteDriver } from 'kysely';

// Captured when the module loads: a test that fakes timers must not be able to park every query.
const giveTurnBack: () => Promise<void> = (() => {
  const native = globalThis.setImmediate;
  return () => new Promise<void>((resolve) => native(resolve));
})();

class TurnYieldingDriver extends SqliteDriver {
  override async releaseConnection(): Promise<void> {
    await super.releaseConnection();
    await giveTurnBack();
  }
}

export class TurnYieldingSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }
  override createDriver(): Driver {
    return new TurnYieldingDriver(this.#config);
  }
}
