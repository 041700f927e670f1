import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { writeAtomically } from '../atomic-write.ts';
import type { FileBackend, ListedObject } from './file-store.ts';

const isMissing = (e: unknown) => (e as NodeJS.ErrnoException).code === 'ENOENT';

export function createLocalBackend(dataDir: string): FileBackend {
  const pathOf = (key: string) => join(dataDir, ...key.split('/'));

  async function* walk(dir: string, prefix: string): AsyncGenerator<ListedObject> {
    let entries: import('node:fs').Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (e) {
      if (isMissing(e)) return;
      throw e;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.isDirectory()) yield* walk(join(dir, entry.name), `${prefix}${entry.name}/`);
      // Temporary files of a write in progress (or one a crash interrupted) are not objects.
      else if (entry.isFile() && !entry.name.endsWith('.tmp'))
        yield { key: `${prefix}${entry.name}`, size: (await stat(join(dir, entry.name))).size };
    }
  }

  return {
    kind: 'local',
    location: dataDir,
    localPath: pathOf,
    async read(key) {
      try {
        return await readFile(pathOf(key));
      } catch (e) {
        if (isMissing(e)) return null;
        throw e;
      }
    },
    async write(key, data) {
      const path = pathOf(key);
      if (existsSync(path)) return;
      await mkdir(dirname(path), { recursive: true });
      await writeAtomically(path, data);
    },
    async head(key) {
      try {
        const s = await stat(pathOf(key));
        return s.isFile() ? { size: s.size, sha256: null } : null;
      } catch (e) {
        if (isMissing(e)) return null;
        throw e;
      }
    },
    async remove(key) {
      await rm(pathOf(key), { force: true });
    },
    list(prefix) {
      const folder = prefix.replace(/\/$/, '');
      return walk(pathOf(folder), `${folder}/`);
    },
  };
}
