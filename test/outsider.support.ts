/**
 * What the outsider tests compare before and after each call: the row count of every table and the
 * mutable columns of the rows a foreign or uncleared caller could try to change (people, documents,
 * tasks, assignments). Sessions are left out: logging in creates one, which changes no school data.
 */
import { sql } from 'kysely';
import type { TestDatabase } from '../src/testing/test-database.ts';

export async function databaseSnapshot(database: TestDatabase): Promise<string> {
  const { db, dialect } = database;
  const tables = (
    dialect === 'postgres'
      ? await sql<{ name: string }>`select table_name as name from information_schema.tables
          where table_schema = current_schema() and table_name not like 'kysely_%'`.execute(db)
      : await sql<{ name: string }>`select name from sqlite_master
          where type = 'table' and name not like 'sqlite_%' and name not like 'kysely_%'`.execute(db)
  ).rows;
  const counts: Record<string, number> = {};
  for (const { name } of tables.sort((a, b) => a.name.localeCompare(b.name))) {
    if (name === 'sessions') continue;
    const r = await sql<{ n: number }>`select count(*) as n from ${sql.table(name)}`.execute(db);
    counts[name] = Number(r.rows[0]!.n);
  }
  const users = await db
    .selectFrom('users')
    .select(['id', 'updated_at', 'active', 'password_hash'])
    .orderBy('id')
    .execute();
  const documents = await db
    .selectFrom('documents')
    .select(['id', 'status', 'updated_at', 'subject'])
    .orderBy('id')
    .execute();
  const tasks = await db
    .selectFrom('tasks')
    .select(['id', 'status', 'updated_at', 'deadline', 'progress'])
    .orderBy('id')
    .execute();
  const assignees = await db
    .selectFrom('task_assignees')
    .select(['id', 'acknowledged_at', 'deadline'])
    .orderBy('id')
    .execute();
  return JSON.stringify({ counts, users, documents, tasks, assignees });
}
