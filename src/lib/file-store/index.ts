/** The file store of an installation, chosen once from the configuration (FILES_STORAGE, S3_*). */
import type { Config } from '../../config.ts';
import { createStore, type FileStore } from './file-store.ts';
import { createLocalBackend } from './local-backend.ts';
import { createS3Backend } from './s3-backend.ts';

export * from './file-store.ts';

export function createFileStore(config: Pick<Config, 'dataDir' | 'files'>): FileStore {
  if (config.files.storage === 's3') return createStore(createS3Backend(config.files));
  return createStore(createLocalBackend(config.dataDir));
}

/** The local directory store of DATA_DIR, whatever the configuration says (migration, backups). */
export function localFileStore(dataDir: string): FileStore {
  return createStore(createLocalBackend(dataDir));
}
