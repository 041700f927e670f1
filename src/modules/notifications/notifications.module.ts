/** In-app notifications (each person's own) and the e-mail outbox with its SMTP delivery job. */
import type { ModuleContext, TctModule } from '../module.ts';
import { emailJob } from './email.job.ts';
import { notificationsRoutes } from './notifications.routes.ts';
import { createNotificationsService } from './notifications.service.ts';

export function createNotificationsModule(ctx: ModuleContext) {
  const notifications = createNotificationsService(ctx.database.db);
  return { name: 'notifications', routes: notificationsRoutes(notifications), jobs: [emailJob] } satisfies TctModule;
}
