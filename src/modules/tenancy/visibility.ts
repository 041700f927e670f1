/**
 * ⚠ SECURITY-CRITICAL: the one rule for who sees a document and its tasks. ⚠
 *
 * Every query that reads documents, their tasks, or anything that would reveal them (lists, details,
 * search, deadlines, the leader's desk, "Việc của tôi", home-card counts, links, registers and their
 * printout, directive drafts, the audit viewer, digests) filters through the functions below. Nothing
 * else decides it.
 *
 * A document is visible when it is in the caller's scope (tenancy, scope.ts) and
 *  - it is not confidential (no Mật / Tối mật / Tuyệt mật mark), or
 *  - the caller is cleared for the owning organisation's confidential documents: its leader (Hiệu trưởng,
 *    Phó Hiệu trưởng), its clerk (văn thư, who keeps the confidential register — NĐ 30/2020 Điều 22)
 *    and its administrator; at the Academy only the Academy administrator, for the Academy's own
 *    documents — the Academy does not read a school's confidential letters; or
 *  - the caller is **named in person** on one of its tasks (lead, support or for information): in
 *    practice the leader may give a confidential letter to a named person, who then sees it — and only
 *    the tasks that name them. Confidential letters are never assigned to a unit (direction refuses it),
 *    so "everyone in the Phòng" never gains access.
 * Hidden means absent from lists and counts and 404 on direct access, exactly like another school's
 * objects. Changing this file needs two reviewers; its own tests are visibility.test.ts and the outsider
 * test's insider and Academy walks.
 */
import { type Expression, type SqlBool, sql } from 'kysely';
import type { Actor, Role } from './actor.ts';
import { type Filterable, canRead, scoped } from './scope.ts';

export const CONFIDENTIALITY_LEVELS = ['Mật', 'Tối mật', 'Tuyệt mật'] as const;

/** School roles cleared for every confidential document of the organisations in their scope. */
const SCHOOL_CLEARED_ROLES: readonly Role[] = ['leader', 'clerk', 'school_admin'];

export function isConfidential(confidentiality: string | null | undefined): boolean {
  return !!confidentiality && confidentiality.trim() !== '';
}

/**
 * Which organisations' confidential documents the actor is cleared for, apart from being named on a
 * task: 'scope' (every organisation it may read), 'own' (only its own) or 'none'.
 */
export function clearance(actor: Actor): 'scope' | 'own' | 'none' {
  if (SCHOOL_CLEARED_ROLES.includes(actor.role)) return 'scope';
  if (actor.role === 'academy_admin') return 'own';
  return 'none';
}

/** Is the actor cleared for the confidential documents of `organisationId` (by role, not by assignment)? */
export function isClearedFor(actor: Actor, organisationId: string): boolean {
  if (!canRead(actor, organisationId)) return false;
  const level = clearance(actor);
  return level === 'scope' || (level === 'own' && organisationId === actor.organisationId);
}

/**
 * The rule for one document the caller already holds (after a scoped load). `namedOnTask`: the caller is
 * named in person on one of its tasks.
 */
export function canSeeDocument(
  actor: Actor,
  doc: { organisationId: string; confidentiality: string | null },
  namedOnTask: boolean,
): boolean {
  if (!canRead(actor, doc.organisationId)) return false;
  return !isConfidential(doc.confidentiality) || isClearedFor(actor, doc.organisationId) || namedOnTask;
}

/** SQL: the actor's role clears it for the row whose organisation column is `orgColumn`. */
function clearedSql(actor: Actor, orgColumn: string): Expression<SqlBool> {
  const level = clearance(actor);
  if (level === 'scope') return sql<SqlBool>`1 = 1`;
  if (level === 'own') return sql<SqlBool>`${sql.ref(orgColumn)} = ${actor.organisationId}`;
  return sql<SqlBool>`1 = 0`;
}

/** SQL: the actor is named in person on some task of the document `documentIdColumn`. */
function namedOnDocumentSql(actor: Actor, documentIdColumn: string): Expression<SqlBool> {
  return sql<SqlBool>`exists (select 1 from task_assignees vis_ta inner join tasks vis_t on vis_t.id = vis_ta.task_id
    where vis_t.document_id = ${sql.ref(documentIdColumn)} and vis_ta.user_id = ${actor.userId})`;
}

/**
 * SQL condition (scope excluded): the document at `alias` passes the confidentiality rule for `actor`.
 * Use `visibleDocuments` to get scope and rule together.
 */
export function documentRuleSql(actor: Actor, alias = 'documents'): Expression<SqlBool> {
  return sql<SqlBool>`(${sql.ref(`${alias}.confidentiality`)} is null or ${clearedSql(actor, `${alias}.organisation_id`)}
    or ${namedOnDocumentSql(actor, `${alias}.id`)})`;
}

/**
 * SQL condition (scope excluded): the task at `alias` passes the rule — its document is not confidential,
 * or the actor is cleared for its organisation, or the actor is named in person on **this** task.
 */
export function taskRuleSql(actor: Actor, alias = 'tasks'): Expression<SqlBool> {
  return sql<SqlBool>`(${clearedSql(actor, `${alias}.organisation_id`)}
    or not exists (select 1 from documents vis_d where vis_d.id = ${sql.ref(`${alias}.document_id`)}
      and vis_d.confidentiality is not null)
    or exists (select 1 from task_assignees vis_ta where vis_ta.task_id = ${sql.ref(`${alias}.id`)}
      and vis_ta.user_id = ${actor.userId}))`;
}

/** Restrict a documents query (the table visible as `alias`) to what the actor may see: scope, then the rule. */
export function visibleDocuments<QB extends Filterable<QB>>(
  qb: QB,
  actor: Actor,
  alias = 'documents',
  narrowTo?: string | null,
): QB {
  return scoped(qb, actor, `${alias}.organisation_id`, narrowTo).where(documentRuleSql(actor, alias));
}

/** Restrict a tasks query (the table visible as `alias`) to what the actor may see: scope, then the rule. */
export function visibleTasks<QB extends Filterable<QB>>(
  qb: QB,
  actor: Actor,
  alias = 'tasks',
  narrowTo?: string | null,
): QB {
  return scoped(qb, actor, `${alias}.organisation_id`, narrowTo).where(taskRuleSql(actor, alias));
}

/**
 * Restrict a query over rows that belong to a document (requirements, presentations, files, links —
 * `documentIdColumn` names the document) to rows of documents the actor may see.
 */
export function ofVisibleDocuments<QB extends Filterable<QB>>(qb: QB, actor: Actor, documentIdColumn: string): QB {
  return qb.where(
    sql<SqlBool>`exists (select 1 from documents vis_doc where vis_doc.id = ${sql.ref(documentIdColumn)}
      and ${scopeSql(actor, 'vis_doc.organisation_id')} and ${documentRuleSql(actor, 'vis_doc')})`,
  );
}

/** Restrict a registers query: the confidential register only for those cleared for its organisation. */
export function visibleRegisters<QB extends Filterable<QB>>(qb: QB, actor: Actor, narrowTo?: string | null): QB {
  return scoped(qb, actor, 'registers.organisation_id', narrowTo).where(
    sql<SqlBool>`(${sql.ref('registers.confidential')} = 0 or ${clearedSql(actor, 'registers.organisation_id')})`,
  );
}

/**
 * Audit rows about a document or a task the actor may not see are hidden too: their before/after carry
 * the subject, the bút phê and the assignees. Rows about anything else pass.
 */
export function auditRowVisibleSql(
  actor: Actor,
  entityTypeColumn: string,
  entityIdColumn: string,
): Expression<SqlBool> {
  const type = sql.ref(entityTypeColumn);
  const id = sql.ref(entityIdColumn);
  return sql<SqlBool>`(${type} not in ('document', 'task')
    or (${type} = 'document' and not exists (select 1 from documents vis_ad where vis_ad.id = ${id}
      and not ${documentRuleSql(actor, 'vis_ad')}))
    or (${type} = 'task' and not exists (select 1 from tasks vis_at where vis_at.id = ${id}
      and not ${taskRuleSql(actor, 'vis_at')})))`;
}

/** SQL form of `scoped()` for use inside a subquery. */
function scopeSql(actor: Actor, column: string): Expression<SqlBool> {
  if (actor.scope.kind === 'all') return sql<SqlBool>`1 = 1`;
  const ids = actor.scope.organisationIds.length ? actor.scope.organisationIds : ['__none__'];
  return sql<SqlBool>`${sql.ref(column)} in (${sql.join(ids)})`;
}
