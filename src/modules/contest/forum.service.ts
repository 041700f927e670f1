/**
 * "Diễn đàn địa phương" articles: a school sends an article (title, author, file); the Academy's editorial
 * secretariat accepts or declines it and records its publication (link and date). Status: sent → accepted →
 * published, or declined from sent or accepted. The text joins the overlap check's reference corpus.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import { vietnamToday } from '../../lib/dates.ts';
import { pageWindow } from '../../lib/http-schemas.ts';
import { recordAudit } from '../audit/audit.ports.ts';
import type { RequestContext } from '../tenancy/actor.ts';
import { assertCanWrite } from '../tenancy/scope.ts';
import { assertSchoolWriter, assertSecretariat } from './contest.policy.ts';
import { presentArticle } from './contest.presenter.ts';
import type { ArticleStatusBody, NewArticleBody } from './contest.schemas.ts';
import { articleCounts, findArticleRow, insertArticle, listArticleRows, updateArticle } from './forum.repository.ts';
import { organisationNames } from './results.repository.ts';
import { uploadedText } from './upload-text.ts';

const NEXT: Record<string, string[]> = { sent: ['accepted', 'declined'], accepted: ['published', 'declined'] };
export const ARTICLE_STATUS_LABELS: Record<string, string> = {
  sent: 'Đã gửi',
  accepted: 'Được nhận đăng',
  published: 'Đã đăng',
  declined: 'Không đăng',
};

export function createForumService(db: Kysely<DB>) {
  async function submit(ctx: RequestContext, body: NewArticleBody) {
    assertSchoolWriter(ctx.actor);
    const organisationId = body.organisationId ?? ctx.actor.organisationId;
    assertCanWrite(ctx.actor, organisationId);
    const upload = body.fileBase64 ? await uploadedText(body.fileBase64, body.fileName ?? 'bai-viet') : null;
    const sentOn = body.sentOn ?? vietnamToday();
    const now = new Date().toISOString();
    const id = randomUUID();
    const row = {
      id,
      organisation_id: organisationId,
      year: Number(sentOn.slice(0, 4)),
      title: body.title.normalize('NFC').trim(),
      author_name: body.authorName.normalize('NFC').trim(),
      file_name: upload ? (body.fileName ?? null) : null,
      text: upload?.text ?? '',
      status: 'sent',
      published_url: null,
      published_on: null,
      note: null,
      sent_on: sentOn,
      created_by: ctx.actor.userId,
      created_at: now,
      updated_at: now,
    };
    if (!row.title || !row.author_name) throw new AppError('BAD_REQUEST', 'Cần nhập tên bài viết và tác giả.');
    await db.transaction().execute(async (trx) => {
      await insertArticle(trx, row);
      await recordAudit(trx, ctx, {
        action: 'forum.article.submit',
        entityType: 'forum_article',
        entityId: id,
        organisationId: row.organisation_id,
        after: { title: row.title, authorName: row.author_name, sentOn },
      });
    });
    return get(ctx, id);
  }

  async function get(ctx: RequestContext, id: string) {
    const row = await findArticleRow(db, ctx.actor, id);
    if (!row) throw notFound('Không tìm thấy bài viết.');
    return presentArticle(row);
  }

  async function setStatus(ctx: RequestContext, id: string, body: ArticleStatusBody) {
    const row = await findArticleRow(db, ctx.actor, id);
    if (!row) throw notFound('Không tìm thấy bài viết.');
    assertSecretariat(ctx.actor);
    assertCanWrite(ctx.actor, row.organisation_id, { academyMayWrite: true });
    if (!(NEXT[row.status] ?? []).includes(body.status))
      throw new AppError(
        'UNPROCESSABLE',
        `Không chuyển được từ "${ARTICLE_STATUS_LABELS[row.status]}" sang "${ARTICLE_STATUS_LABELS[body.status]}".`,
      );
    if (body.status === 'published' && (!body.publishedUrl || !body.publishedOn))
      throw new AppError('BAD_REQUEST', 'Bài đã đăng cần đường dẫn và ngày đăng.');
    const patch = {
      status: body.status,
      published_url: body.status === 'published' ? body.publishedUrl! : null,
      published_on: body.status === 'published' ? body.publishedOn! : null,
      note: body.note?.normalize('NFC').trim() || null,
      updated_at: new Date().toISOString(),
    };
    await db.transaction().execute(async (trx) => {
      await updateArticle(trx, id, patch);
      await recordAudit(trx, ctx, {
        action: 'forum.article.status',
        entityType: 'forum_article',
        entityId: id,
        organisationId: row.organisation_id,
        before: { status: row.status },
        after: patch,
      });
    });
    return get(ctx, id);
  }

  async function list(
    ctx: RequestContext,
    q: { year?: number; organisationId?: string; status?: string; page?: number; pageSize?: number },
  ) {
    const window = pageWindow(q);
    const { rows, total } = await listArticleRows(db, ctx.actor, q, window);
    return { items: rows.map(presentArticle), total, page: window.page, pageSize: window.limit };
  }

  async function counts(ctx: RequestContext, year?: number) {
    const rows = await articleCounts(db, ctx.actor, year ?? null);
    const names = new Map(
      (await organisationNames(db, [...new Set(rows.map((r) => r.organisation_id))])).map((o) => [o.id, o.name]),
    );
    const key = (r: { organisation_id: string; year: number }) => `${r.organisation_id}|${r.year}`;
    const by = new Map<
      string,
      {
        organisationId: string;
        organisationName: string;
        year: number;
        sent: number;
        accepted: number;
        published: number;
        declined: number;
        total: number;
      }
    >();
    for (const r of rows) {
      const k = key(r);
      if (!by.has(k))
        by.set(k, {
          organisationId: r.organisation_id,
          organisationName: names.get(r.organisation_id) ?? '',
          year: Number(r.year),
          sent: 0,
          accepted: 0,
          published: 0,
          declined: 0,
          total: 0,
        });
      const c = by.get(k)!;
      const n = Number(r.n);
      if (r.status === 'sent' || r.status === 'accepted' || r.status === 'published' || r.status === 'declined')
        c[r.status] += n;
      c.total += n;
    }
    return [...by.values()].sort(
      (a, b) => b.year - a.year || a.organisationName.localeCompare(b.organisationName, 'vi'),
    );
  }

  return { submit, get, setStatus, list, counts };
}

export type ForumService = ReturnType<typeof createForumService>;
