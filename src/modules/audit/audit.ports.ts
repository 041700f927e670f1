/**
 * What the audit module offers every other module: `recordAudit`, called with the transaction of the
 * change it describes. Audit imports no other capability, so any module may depend on it.
 */
export { type AuditContext, type AuditEntry, recordAudit } from './audit.repository.ts';
