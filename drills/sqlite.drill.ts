/**
 * `npm run drill -- sqlite [--rounds=20]`: the kill drill on the embedded database, then SQLite's own checks on
 * the file the killed processes left: `PRAGMA integrity_check` and `foreign_key_check`, and the write-ahead log
 * replayed (the last acknowledged registration is in the database file after a checkpoint).
 */
import SQLite from 'better-sqlite3';
import { join } from 'node:path';
import { run as killDrill } from './kill.drill.ts';
import { drill } from './support.ts';

export async function run(args: string[]): Promise<boolean> {
  let dataDir = '';
  const ok = await killDrill(
    ['--sqlite', '--as-sqlite-drill', ...args.filter((a) => a.startsWith('--rounds='))],
    (d) => {
      dataDir = d;
    },
  );
  const db = new SQLite(join(dataDir, 'tct.db'));
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    const foreignKeys = db.pragma('foreign_key_check') as unknown[];
    const checkpoint = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
    drill('sqlite', 'integrity_check', String(integrity));
    drill('sqlite', 'foreign_key_violations', foreignKeys.length);
    drill('sqlite', 'wal_checkpoint_busy', checkpoint[0]?.busy ?? -1);
    return ok && integrity === 'ok' && foreignKeys.length === 0 && checkpoint[0]?.busy === 0;
  } finally {
    db.close();
  }
}
