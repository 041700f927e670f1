/**
 * The one shape of a capability. Each capability folder `src/modules/<noun>/` exports one factory,
 * `create<Noun>Module(ctx, ports)` in `<noun>.module.ts`, returning a `TctModule`: its routes (mounted
 * under /api by src/app.ts), its jobs (handed to the worker and scheduler by src/server.ts) and its
 * home-page cards. What it offers other capabilities is its `ports` (declared in `<noun>.ports.ts`);
 * what it needs from them arrives as the factory's second argument. `src/modules/index.ts` builds every
 * module, in dependency order, in one list.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import type { JobDefinition } from '../jobs/types.ts';
import type { FileStore } from '../lib/file-store/index.ts';
import type { RequestContext } from './tenancy/actor.ts';

/**
 * What every factory receives: nothing global, only the database, the configuration and the file store
 * (built once from the configuration by `createModules` unless the caller passes one).
 */
export type ModuleContext = { database: Database; config: Config; files: FileStore };

/** One piece of work on a home card (a letter waiting, a task due): what it is, when, where to open it. */
export type HomeItem = { title: string; meta?: string; href?: string; tone?: 'danger' | 'warning' };
/**
 * A home card: a count with a link, and for role queues the first few items themselves (`items`),
 * with `emptyText` shown when the queue is empty.
 */
export type HomeCard = {
  label: string;
  value: string;
  hint?: string;
  href?: string;
  items?: HomeItem[];
  emptyText?: string;
};
/** Each capability contributes cards to the role's home page; the home route only collects them. */
export type HomeCardProvider = (ctx: RequestContext) => Promise<HomeCard[]>;

export type TctModule = {
  /** The capability's folder name, e.g. 'documents'. */
  name: string;
  /** Its HTTP routes; src/app.ts registers them under the /api prefix. */
  routes?: FastifyPluginAsyncTypebox;
  /** Its background jobs (and daily schedules); src/server.ts gives them to the worker and scheduler. */
  jobs?: JobDefinition[];
  /** Its cards on the home page, shown in the order the modules are listed. */
  homeCards?: HomeCardProvider;
};
