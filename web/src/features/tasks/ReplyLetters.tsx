/**
 * On a task: the letters that answer its document (links of kind "answers"), so the result points to the
 * reply that was sent; the lead of an open task can start one ("Soạn văn bản trả lời").
 */
import { Link } from 'react-router';
import { $api } from '../../api/client.ts';
import { formatDate } from '../../lib/format.ts';

export function ReplyLetters({ documentId, canDraft }: { documentId: string; canDraft: boolean }) {
  const { data } = $api.useQuery(
    'get',
    '/api/documents/{id}',
    { params: { path: { id: documentId } } },
    { retry: false },
  );
  if (!data) return null;
  const replies = data.links.incoming.filter((l) => l.kind === 'answers' && l.documentId);
  if (replies.length === 0 && !canDraft) return null;
  return (
    <section className="card" aria-labelledby="task-replies">
      <h2 id="task-replies">Văn bản trả lời</h2>
      {replies.length ? (
        <ul className="inline-list">
          {replies.map((l) => (
            <li key={l.id}>
              <Link to={`/van-ban/${encodeURIComponent(l.documentId!)}`}>
                {[l.numberSymbol ? `Số ${l.numberSymbol}` : 'Dự thảo', l.subject].filter(Boolean).join(' — ')}
              </Link>
              {l.date ? <span className="muted small"> · {formatDate(l.date)}</span> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">Chưa có văn bản trả lời.</p>
      )}
      {canDraft ? (
        <Link className="button button--small" to={`/van-ban-di?tra-loi=${encodeURIComponent(documentId)}`}>
          Soạn văn bản trả lời
        </Link>
      ) : null}
    </section>
  );
}
