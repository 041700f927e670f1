/** "Soạn văn bản trả lời" on an incoming document: a draft pre-filled with its reference, then its page. */
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { client, errorMessage } from '../../api/client.ts';

export function ReplyButton({ documentId }: { documentId: string }) {
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function create() {
    setBusy(true);
    setError(null);
    try {
      const { data } = await client.POST('/api/letters', { body: { answersDocumentId: documentId } });
      if (data) navigate(`/soan-thao/${encodeURIComponent(data.id)}`);
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  }
  return (
    <>
      <button type="button" className="button" disabled={busy} onClick={() => void create()}>
        Soạn văn bản trả lời
      </button>
      {error ? (
        <span className="banner banner--error" role="alert">
          {error}
        </span>
      ) : null}
    </>
  );
}
