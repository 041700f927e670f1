/**
 * "Xóa dự thảo": a mistaken draft (never registered, never issued) deleted by its author or the văn thư
 * after a confirmation; the server checks who may and records it in the audit log.
 */
import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { client, unwrap } from '../../api/client.ts';
import { invalidate } from '../../api/queryClient.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { ErrorBanner } from '../../components/Feedback.tsx';
import { withFlash } from '../../lib/flash.ts';

export function DeleteDraftButton({ documentId, incoming }: { documentId: string; incoming: boolean }) {
  const [open, setOpen] = useState(false);
  const navigate = useNavigate();
  const remove = useMutation({
    mutationFn: () => unwrap(client.DELETE('/api/documents/{id}', { params: { path: { id: documentId } } })),
    onSuccess: async () => {
      setOpen(false);
      await invalidate('/api/documents', '/api/registers', '/api/home');
      navigate(incoming ? '/van-ban-den' : '/van-ban-di', withFlash('Đã xóa dự thảo.'));
    },
  });
  return (
    <>
      <button type="button" className="button button--ghost" onClick={() => setOpen(true)}>
        Xóa dự thảo
      </button>
      <ConfirmDialog
        open={open}
        title="Xóa dự thảo này?"
        confirmLabel="Xóa dự thảo"
        tone="danger"
        busy={remove.isPending}
        onConfirm={() => {
          if (!remove.isPending) remove.mutate();
        }}
        onCancel={() => {
          remove.reset();
          setOpen(false);
        }}
      >
        <p>Dự thảo và các tệp của nó sẽ bị xóa; việc xóa được ghi vào nhật ký.</p>
        <ErrorBanner error={remove.error} />
      </ConfirmDialog>
    </>
  );
}
