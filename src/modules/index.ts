/**
 * The one list of capabilities. `createModules` builds every module in dependency order, hands each
 * one the ports of the modules it uses, and subscribes listeners to the events modules emit —
 * explicitly here, never at import time. Adding a capability is one factory, built below after the
 * modules whose ports it takes, and named in `modules`.
 *
 * Dependency order (an arrow: "is given the ports of"): documents → registers (numbering);
 * tasks → documents; directives → documents, standard (2174 item 1); home → every module's home cards. Tenancy (the kernel)
 * and stateless helpers in ports files (audit, auth, organisations, notifications) are imported directly.
 */
import { createAuditModule } from './audit/audit.module.ts';
import { createAuthModule } from './auth/auth.module.ts';
import { createBackupsModule } from './backups/backups.module.ts';
import { createContestModule } from './contest/contest.module.ts';
import { createDirectivesModule } from './directives/directives.module.ts';
import { createDocumentsModule } from './documents/documents.module.ts';
import { createHealthModule } from './health/health.module.ts';
import { createHomeModule } from './home/home.module.ts';
import { createLettersModule } from './letters/letters.module.ts';
import { createFileStore } from '../lib/file-store/index.ts';
import type { ModuleContext, TctModule } from './module.ts';
import { createNotificationsModule } from './notifications/notifications.module.ts';
import { createOrganisationsModule } from './organisations/organisations.module.ts';
import { createRegistersModule } from './registers/registers.module.ts';
import { createReportsModule } from './reports/reports.module.ts';
import { createStandardModule } from './standard/standard.module.ts';
import { createTasksModule } from './tasks/tasks.module.ts';
import { createTrainingModule } from './training/training.module.ts';
import { createUsersModule } from './users/users.module.ts';

export function createModules(input: Omit<ModuleContext, 'files'> & { files?: ModuleContext['files'] }) {
  const ctx: ModuleContext = { ...input, files: input.files ?? createFileStore(input.config) };
  const health = createHealthModule(ctx);
  const auth = createAuthModule(ctx);
  const organisations = createOrganisationsModule(ctx);
  const users = createUsersModule(ctx);
  const audit = createAuditModule(ctx);
  const notifications = createNotificationsModule(ctx);
  const registers = createRegistersModule(ctx);
  const documents = createDocumentsModule(ctx, { numbering: registers.ports });
  const tasks = createTasksModule(ctx, { documents: documents.ports });
  const standard = createStandardModule(ctx);
  const directives = createDirectivesModule(ctx, { documents: documents.ports, standard: standard.ports });
  const training = createTrainingModule(ctx);
  const backups = createBackupsModule(ctx);
  const reports = createReportsModule(ctx, { numbering: registers.ports, documents: documents.ports });
  const contest = createContestModule(ctx);
  const letters = createLettersModule(ctx, { documents: documents.ports });

  // A registered document's requirements become tasks, then the Academy's matrix shows the copy registered.
  documents.ports.events.registered.push(tasks.ports.createTasksFromDocument, directives.ports.recipientRegistered);
  documents.ports.events.registered.push(letters.ports.recipientRegistered); // letters2: sender sees 03
  // Presented, assigned, in progress, completed: mirrored into the Academy's matrix (edXML 03–06).
  documents.ports.events.statusChanged.push(directives.ports.recipientStatusChanged);
  documents.ports.events.statusChanged.push(letters.ports.recipientStatusChanged); // letters2: 04–06
  // 2174 item 1: a standard-school dossier step updates the school's obligation (one truth, standard2).
  standard.ports.events.dossierChanged.push(directives.ports.standardDossierChanged);

  const modules = {
    health,
    auth,
    organisations,
    users,
    audit,
    notifications,
    registers,
    documents,
    tasks,
    directives,
    training,
    backups,
    reports,
    contest,
    letters,
    standard,
  } satisfies Record<string, TctModule>;
  // The home page shows every module's cards, in list order (the network, people, changes, work, findings).
  const cards = (Object.values(modules) as TctModule[]).flatMap((m) => (m.homeCards ? [m.homeCards] : []));
  return { ...modules, home: createHomeModule(ctx, { cards }) };
}

export type Modules = ReturnType<typeof createModules>;

/** The modules in list order (routes are registered, and /api/docs lists them, in this order). */
export function moduleList(modules: Modules): TctModule[] {
  return Object.values(modules);
}

/** Every job of every module, for the worker and the scheduler. */
export function moduleJobs(modules: Modules) {
  return moduleList(modules).flatMap((m) => m.jobs ?? []);
}
