/**
 * A school registers a work: category, title, authors (its staff and learners), the file (DOCX, PDF, TXT) or,
 * for an audiovisual work, a link, and publication details. A refusal shows the server's message, which names
 * the rule (quota, eligibility) and its source.
 */
import { type FormEvent, useState } from 'react';
import { $api } from '../../api/client.ts';
import { invalidate } from '../../api/queryClient.ts';
import { ErrorBanner, SuccessBanner } from '../../components/Feedback.tsx';
import { type EditionData, readBase64 } from './contestShared.tsx';

export function EntryForm({ editionId, edition }: { editionId: string; edition: EditionData }) {
  const authors = $api.useQuery('get', '/api/contest/authors');
  const [category, setCategory] = useState(edition.categories[0]?.code ?? '');
  const [title, setTitle] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [file, setFile] = useState<File | null>(null);
  const [mediaUrl, setMediaUrl] = useState('');
  const [publicationName, setPublicationName] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const register = $api.useMutation('post', '/api/contest/editions/{id}/entries', {
    onSuccess: async (res) => {
      setDone(
        `Đã đăng ký bài "${title}".${res.notices.length ? ` Lưu ý: ${res.notices.map((n) => n.message).join(' ')}` : ''}`,
      );
      setTitle('');
      setFile(null);
      setChosen([]);
      await invalidate('/api/contest');
    },
  });
  const people = [
    ...(authors.data?.staff ?? []).map((p) => ({ key: `staff:${p.id}`, name: p.fullName, hint: 'Cán bộ' })),
    ...(authors.data?.learners ?? []).map((p) => ({ key: `learner:${p.id}`, name: p.fullName, hint: 'Học viên' })),
  ];

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(null);
    setLocalError(null);
    if (!title.trim() || chosen.length === 0) {
      setLocalError('Cần nhập tên tác phẩm và chọn ít nhất một tác giả.');
      return;
    }
    const body = {
      categoryCode: category,
      title: title.trim(),
      authors: chosen.map((k) => {
        const [kind, id] = k.split(':') as ['staff' | 'learner', string];
        return { kind, id };
      }),
      ...(file ? { fileName: file.name, fileBase64: await readBase64(file) } : {}),
      ...(mediaUrl.trim() ? { mediaUrl: mediaUrl.trim() } : {}),
      ...(publicationName.trim() ? { publicationName: publicationName.trim() } : {}),
    };
    register.mutate({ params: { path: { id: editionId } }, body });
  }

  return (
    <section className="card" aria-labelledby="entry-form-title">
      <h2 id="entry-form-title">Đăng ký bài dự thi</h2>
      <ErrorBanner error={localError ?? register.error} />
      <SuccessBanner message={done} onClose={() => setDone(null)} />
      <form onSubmit={(e) => void submit(e)} className="form-grid" noValidate>
        <div className="field">
          <label htmlFor="entry-category" className="field__label">
            Thể loại
          </label>
          <select id="entry-category" value={category} onChange={(e) => setCategory(e.target.value)}>
            {edition.categories.map((c) => (
              <option key={c.code} value={c.code}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="entry-title" className="field__label">
            Tên tác phẩm
          </label>
          <input id="entry-title" value={title} onChange={(e) => setTitle(e.target.value)} maxLength={500} />
        </div>
        <fieldset className="field contest-authors">
          <legend className="field__label">Tác giả (cán bộ, học viên của trường)</legend>
          {people.length === 0 ? <p className="muted">Trường chưa có cán bộ, học viên trong hệ thống.</p> : null}
          {people.map((p) => (
            <label key={p.key} className="checkbox">
              <input
                type="checkbox"
                checked={chosen.includes(p.key)}
                onChange={(e) => setChosen(e.target.checked ? [...chosen, p.key] : chosen.filter((k) => k !== p.key))}
              />
              {p.name} <span className="muted small">({p.hint})</span>
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="entry-file" className="field__label">
            Tệp bài viết (DOCX, PDF, TXT) hoặc âm thanh, video
          </label>
          <input
            id="entry-file"
            type="file"
            accept=".docx,.pdf,.txt,.mp3,.m4a,.wav,.ogg,.mp4,.webm"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </div>
        <div className="field">
          <label htmlFor="entry-media" className="field__label">
            Đường dẫn âm thanh, video (tác phẩm nghe nhìn)
          </label>
          <input id="entry-media" type="url" value={mediaUrl} onChange={(e) => setMediaUrl(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="entry-publication" className="field__label">
            Đã đăng trên (báo, tạp chí)
          </label>
          <input id="entry-publication" value={publicationName} onChange={(e) => setPublicationName(e.target.value)} />
        </div>
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={register.isPending}>
            {register.isPending ? 'Đang gửi…' : 'Đăng ký bài'}
          </button>
        </div>
      </form>
    </section>
  );
}
