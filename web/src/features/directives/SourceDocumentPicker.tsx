/**
 * "Lấy từ văn bản": find one of the Academy's registered or extracted letters (search without
 * diacritics) and prefill the directive form with its number, date, subject and numbered requirements.
 */
import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { client, unwrap } from '../../api/client.ts';
import type { DirectiveBody } from '../../api/types.ts';
import { ErrorBanner } from '../../components/Feedback.tsx';
import { formatDate } from '../../lib/format.ts';
import { useMe } from '../../session/SessionContext.tsx';

type FoundDocument = {
  id: string;
  numberSymbol: string | null;
  documentDate: string | null;
  subject: string | null;
  issuerName: string | null;
  statusLabel: string;
};

type SourceDocumentPickerProps = {
  onPrefill: (body: DirectiveBody) => void;
};

export async function loadDraftFromDocument(documentId: string): Promise<DirectiveBody> {
  return unwrap(client.GET('/api/directives/draft-from-document/{id}', { params: { path: { id: documentId } } }));
}

export function SourceDocumentPicker({ onPrefill }: SourceDocumentPickerProps) {
  const me = useMe();
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<FoundDocument[] | null>(null);
  const search = useMutation({
    mutationFn: () =>
      unwrap(
        client.GET('/api/documents/search', {
          params: { query: { q: query.trim(), organisationId: me.organisation.id, pageSize: 10 } },
        }),
      ),
    onSuccess: (page) => setResults(page.items),
  });
  const use = useMutation({
    mutationFn: loadDraftFromDocument,
    onSuccess: (body) => {
      onPrefill(body);
      setResults(null);
    },
  });
  const busy = search.isPending || use.isPending;
  const error = search.error ?? use.error;

  return (
    <details className="source-picker">
      <summary>Lấy từ văn bản đã vào sổ (điền sẵn số, ngày, trích yếu và các yêu cầu)</summary>
      <div className="source-picker__body">
        <ErrorBanner error={error} />
        <div className="filters filters--inline" role="search" aria-label="Tìm văn bản nguồn">
          <div className="field field--grow">
            <label htmlFor="source-search" className="field__label">
              Tìm văn bản của {me.organisation.name}
            </label>
            <input
              id="source-search"
              type="search"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  search.mutate();
                }
              }}
              placeholder="Số, ký hiệu hoặc trích yếu, ví dụ: 2174 truong chuan"
            />
          </div>
          <button type="button" className="button" onClick={() => search.mutate()} disabled={busy}>
            Tìm văn bản
          </button>
        </div>
        {results && results.length === 0 ? <p className="muted">Không tìm thấy văn bản phù hợp.</p> : null}
        {results && results.length > 0 ? (
          <ul className="source-results">
            {results.map((doc) => (
              <li key={doc.id}>
                <div>
                  <strong>{doc.numberSymbol ?? 'Chưa có số'}</strong>
                  {doc.documentDate ? ` ngày ${formatDate(doc.documentDate)}` : ''} —{' '}
                  {doc.subject ?? 'Chưa có trích yếu'}
                  <div className="muted small">
                    {doc.issuerName ?? ''} · {doc.statusLabel}
                  </div>
                </div>
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => use.mutate(doc.id)}
                  disabled={busy}
                >
                  Dùng văn bản này
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </details>
  );
}
