/** The evidence files of an obligation: a download link for each, and an upload for the school's users. */
import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { invalidate } from '../../api/queryClient.ts';
import { errorMessage } from '../../api/client.ts';
import { uploadFiles } from '../../api/upload.ts';
import type { ObligationDetail } from '../../api/types.ts';
import { formatDateTime } from '../../lib/format.ts';

export function ObligationEvidence({
  obligation,
  canUpload,
  onUploaded,
}: {
  obligation: ObligationDetail;
  canUpload: boolean;
  onUploaded: () => void;
}) {
  const [files, setFiles] = useState<File[]>([]);
  const base = `/api/obligations/${encodeURIComponent(obligation.id)}/evidence`;

  const upload = useMutation({
    mutationFn: () => uploadFiles(base, files, { field: 'files' }),
    onSuccess: async () => {
      setFiles([]);
      onUploaded();
      await invalidate('/api/obligations');
    },
  });
  const busy = upload.isPending;
  const problem = upload.error ? errorMessage(upload.error) : null;

  return (
    <>
      {obligation.evidence.length === 0 ? (
        <p className="muted">Chưa có tệp minh chứng.</p>
      ) : (
        <ul className="inline-list">
          {obligation.evidence.map((file) => (
            <li key={file.id}>
              <a href={`${base}/${encodeURIComponent(file.id)}`}>{file.fileName}</a>{' '}
              <span className="muted small">· {formatDateTime(file.createdAt)}</span>
            </li>
          ))}
        </ul>
      )}
      {canUpload ? (
        <div className="field">
          <label className="field__label" htmlFor="evidence-files">
            Thêm tệp minh chứng (quyết định, báo cáo…)
          </label>
          <input
            id="evidence-files"
            type="file"
            multiple
            onChange={(e) => setFiles(Array.from(e.target.files ?? []))}
          />
          {problem ? (
            <p className="field__error" role="alert">
              {problem}
            </p>
          ) : null}
          <button
            type="button"
            className="button button--small"
            disabled={busy || files.length === 0}
            onClick={() => upload.mutate()}
          >
            {busy ? 'Đang tải lên…' : 'Tải lên'}
          </button>
        </div>
      ) : null}
    </>
  );
}
