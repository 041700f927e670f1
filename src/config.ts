/**
 * Configuration read once from the environment. Every setting has a sensible default so
 * `npm start` works on a fresh machine with no configuration at all.
 */
import { resolve } from 'node:path';

/** An S3-compatible bucket (src/lib/file-store/s3-backend.ts). */
export type S3Settings = {
  endpoint: string | null;
  bucket: string;
  region: string;
  accessKeyId: string | null;
  secretAccessKey: string | null;
  forcePathStyle: boolean;
  /** Prepended to every key, so one bucket can hold several installations (`tct/` …); may be empty. */
  prefix: string;
};

/** Where uploaded files live: DATA_DIR (the default) or an S3-compatible bucket (src/lib/file-store/). */
export type FilesConfig = { storage: 'local' } | ({ storage: 's3' } & S3Settings);

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  /** postgres://… selects PostgreSQL; otherwise SQLite at `${dataDir}/tct.db`. */
  databaseUrl: string | null;
  /** PostgreSQL schema to use (tests give each run its own). */
  databaseSchema: string | null;
  logLevel: string;
  sessionTtlHours: number;
  uploadMaxBytes: number;
  ocrPageTimeoutMs: number;
  loginMaxFailures: number;
  loginLockMinutes: number;
  smtpUrl: string | null;
  mailFrom: string;
  workerEnabled: boolean;
  /** COOKIE_SECURE: 1 always, 0 never, unset: when the request came over HTTPS. */
  cookieSecure: boolean | null;
  /** METRICS_TOKEN: a bearer token that opens /metrics to other hosts; without it only loopback may read it. */
  metricsToken: string | null;
  /** Daily whole backups of an embedded installation (database + files): where, and how many to keep (0: none). */
  backupDir: string;
  backupKeep: number;
  /** TCT_TRUST_ANCHORS: PEM files (":"-separated) of CAs whose chains verify signatures (besides the stored ones). */
  trustAnchorPaths: string[];
  /** FILES_STORAGE=s3 and S3_*: uploaded files in object storage instead of DATA_DIR/files. */
  files: FilesConfig;
  /** MAX_CONCURRENT_REQUESTS: API requests worked on at once, the rest wait in order (0: no limit); plugins/admission.ts. */
  maxConcurrentRequests: number;
};

export function loadFilesConfig(env: NodeJS.ProcessEnv): FilesConfig {
  if ((env.FILES_STORAGE ?? 'local') !== 's3') return { storage: 'local' };
  if (!env.S3_BUCKET) throw new Error('FILES_STORAGE=s3 cần S3_BUCKET (tên bucket).');
  const prefix = (env.S3_PREFIX ?? '').replace(/^\/+/, '');
  return {
    storage: 's3',
    endpoint: env.S3_ENDPOINT || null,
    bucket: env.S3_BUCKET,
    region: env.S3_REGION || 'us-east-1',
    accessKeyId: env.S3_ACCESS_KEY_ID || null,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY || null,
    // MinIO, Ceph and s3rver want path-style URLs; AWS itself prefers virtual hosts.
    forcePathStyle: env.S3_FORCE_PATH_STYLE ? env.S3_FORCE_PATH_STYLE === '1' : Boolean(env.S3_ENDPOINT),
    prefix: prefix === '' || prefix.endsWith('/') ? prefix : `${prefix}/`,
  };
}

function int(value: string | undefined, fallback: number): number {
  const n = value === undefined || value === '' ? NaN : Number(value);
  return Number.isFinite(n) ? n : fallback;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const dataDir = resolve(env.DATA_DIR ?? '.data');
  const databaseUrl = env.DATABASE_URL && /^postgres(ql)?:\/\//.test(env.DATABASE_URL) ? env.DATABASE_URL : null;
  return {
    port: int(env.PORT, 3000),
    host: env.HOST ?? '0.0.0.0',
    dataDir,
    databaseUrl,
    databaseSchema: env.DATABASE_SCHEMA || null,
    logLevel: env.LOG_LEVEL ?? 'info',
    sessionTtlHours: int(env.SESSION_TTL_HOURS, 12),
    uploadMaxBytes: int(env.UPLOAD_MAX_MB, 25) * 1024 * 1024,
    ocrPageTimeoutMs: int(env.OCR_PAGE_TIMEOUT_S, 120) * 1000,
    loginMaxFailures: int(env.LOGIN_MAX_FAILURES, 5),
    loginLockMinutes: int(env.LOGIN_LOCK_MINUTES, 15),
    smtpUrl: env.SMTP_URL || null,
    mailFrom: env.MAIL_FROM ?? 'tct@localhost',
    workerEnabled: env.TCT_WORKER !== '0',
    cookieSecure: env.COOKIE_SECURE === '1' ? true : env.COOKIE_SECURE === '0' ? false : null,
    metricsToken: env.METRICS_TOKEN || null,
    backupDir: resolve(env.BACKUP_DIR ?? resolve(dataDir, 'backups')),
    backupKeep: Math.max(0, int(env.BACKUP_KEEP, 7)),
    trustAnchorPaths: (env.TCT_TRUST_ANCHORS ?? '').split(':').filter(Boolean),
    files: loadFilesConfig(env),
    maxConcurrentRequests: Math.max(0, int(env.MAX_CONCURRENT_REQUESTS, 16)),
  };
}
