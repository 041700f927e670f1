/**
 * What the notifications module offers others: in-app notifications and the e-mail outbox, written
 * inside the caller's transaction (a rolled-back change notifies nobody). Stateless functions of the
 * transaction; notifications imports no other capability.
 */
export {
  activeUnitMembers,
  type EmailInput,
  type NotificationInput,
  notifyOrganisationRoles,
  notifyUnit,
  notifyUsers,
  queueEmail,
} from './notifications.repository.ts';
export { EMAIL_JOB } from './email.job.ts';
