/** Queries for deleting a mistaken draft: what refers to it, and the rows that go with it. */
import type { Db } from './documents.repository.ts';

/** Does anything outside the draft's own rows refer to it (a directive, a task, a presentation)? */
export async function isDraftReferenced(db: Db, documentId: string): Promise<boolean> {
  const [directive, recipient, task, presentation] = await Promise.all([
    db.selectFrom('directives').select('id').where('source_document_id', '=', documentId).executeTakeFirst(),
    db.selectFrom('directive_recipients').select('id').where('document_id', '=', documentId).executeTakeFirst(),
    db.selectFrom('tasks').select('id').where('document_id', '=', documentId).executeTakeFirst(),
    db.selectFrom('document_presentations').select('id').where('document_id', '=', documentId).executeTakeFirst(),
  ]);
  return Boolean(directive || recipient || task || presentation);
}

/** Delete the draft with its files (rows; stored bytes are content-addressed and may be shared), requirements and links. */
export async function deleteDraftRows(db: Db, documentId: string): Promise<number> {
  await db.deleteFrom('document_links').where('from_document_id', '=', documentId).execute();
  await db
    .updateTable('document_links')
    .set({ to_document_id: null })
    .where('to_document_id', '=', documentId)
    .execute();
  await db.deleteFrom('requirements').where('document_id', '=', documentId).execute();
  await db.deleteFrom('document_files').where('document_id', '=', documentId).execute();
  const result = await db
    .deleteFrom('documents')
    .where('id', '=', documentId)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
