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
import {
  type DatabaseConnection,
  type Driver,
  type QueryCompiler,
  SqliteDialect,
  type SqliteDialectConfig,
  type TransactionSettings,
} from 'kysely';

// Captured when the module loads: a test that fakes timers must not be able to park every query.
const giveTurnBack: () => Promise<void> = (() => {
  const native = globalThis.setImmediate;
  return () => new Promise<void>((resolve) => native(resolve));
})();

class TurnYieldingDriver implements Driver {
  constructor(private readonly inner: Driver) {}
  init(): Promise<void> {
    return this.inner.init();
  }
  acquireConnection(): Promise<DatabaseConnection> {
    return this.inner.acquireConnection();
  }
  beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    return this.inner.beginTransaction(connection, settings);
  }
  commitTransaction(connection: DatabaseConnection): Promise<void> {
    return this.inner.commitTransaction(connection);
  }
  rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    return this.inner.rollbackTransaction(connection);
  }
  savepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']): Promise<void> {
    return this.required('savepoint').call(this.inner, connection, name, compile);
  }
  rollbackToSavepoint(
    connection: DatabaseConnection,
    name: string,
    compile: QueryCompiler['compileQuery'],
  ): Promise<void> {
    return this.required('rollbackToSavepoint').call(this.inner, connection, name, compile);
  }
  releaseSavepoint(
    connection: DatabaseConnection,
    name: string,
    compile: QueryCompiler['compileQuery'],
  ): Promise<void> {
    return this.required('releaseSavepoint').call(this.inner, connection, name, compile);
  }
  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    await this.inner.releaseConnection(connection);
    await giveTurnBack();
  }
  destroy(): Promise<void> {
    return this.inner.destroy();
  }
  private required<K extends 'savepoint' | 'rollbackToSavepoint' | 'releaseSavepoint'>(
    name: K,
  ): NonNullable<Driver[K]> {
    const method = this.inner[name];
    if (!method) throw new Error(`SQLite driver has no ${name}`);
    return method as NonNullable<Driver[K]>;
  }
}

export class TurnYieldingSqliteDialect extends SqliteDialect {
  constructor(config: SqliteDialectConfig) {
    super(config);
  }
  override createDriver(): Driver {
    return new TurnYieldingDriver(super.createDriver());
  }
}
