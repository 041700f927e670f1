/**
 * Accept a finding by a decision of the competent level: the decision reference (number, symbol and
 * date) is required, the reason optional. The server records it in the audit log.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { client } from '../../api/client.ts';
import { ErrorBanner } from '../../components/Feedback.tsx';
import { FormField } from '../../components/FormField.tsx';
import type { TrainingFinding } from './trainingTypes.ts';

type Props = {
  finding: TrainingFinding | null;
  learnerName: string | null;
  onClose: () => void;
  onDone: (message: string) => void;
};

export function OverrideDialog({ finding, learnerName, onClose, onDone }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [reference, setReference] = useState('');
  const [reason, setReason] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const accept = useMutation({
    mutationFn: ({ id, decisionReference }: { id: string; decisionReference: string }) =>
      client.POST('/api/training/findings/{id}/override', {
        params: { path: { id } },
        body: { decisionReference, reason: reason.trim() || null },
      }),
    onSuccess: (_, { decisionReference }) =>
      finding &&
      onDone(`Đã chấp thuận ${finding.rule}${learnerName ? ` của ${learnerName}` : ''} theo ${decisionReference}.`),
  });
  const busy = accept.isPending;
  const error = accept.error;
  const resetAccept = accept.reset;

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (finding && !dialog.open) {
      setReference('');
      setReason('');
      setFieldError(null);
      resetAccept();
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    } else if (!finding && dialog.open) {
      dialog.close();
    }
  }, [finding, resetAccept]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!finding) return;
    const value = reference.trim();
    if (!value) return setFieldError('Vui lòng nhập số, ký hiệu và ngày của quyết định.');
    if (!/\d/.test(value))
      return setFieldError('Số, ký hiệu quyết định phải có số hiệu, ví dụ "Quyết định 123/QĐ-TCT ngày 15/9/2025".');
    setFieldError(null);
    if (!busy) accept.mutate({ id: finding.id, decisionReference: value });
  };

  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      aria-labelledby="override-title"
      onCancel={(e) => {
        e.preventDefault();
        if (!busy) onClose();
      }}
    >
      <h2 id="override-title">Chấp thuận ngoại lệ theo quyết định</h2>
      {finding ? (
        <form noValidate aria-label="Chấp thuận ngoại lệ" onSubmit={submit}>
          <div className="dialog__body">
            <p>
              <code>{finding.rule}</code> — {finding.message}
              {learnerName ? (
                <>
                  {' '}
                  (học viên <strong>{learnerName}</strong>)
                </>
              ) : null}
            </p>
            <p className="muted small">
              Chỉ cấp có thẩm quyền được quyết định trường hợp đặc biệt: nhập số, ký hiệu và ngày của quyết định. Việc
              chấp thuận được ghi vào nhật ký hệ thống.
            </p>
            <ErrorBanner error={error} />
            <FormField
              label="Số, ký hiệu quyết định"
              required
              error={fieldError}
              hint="Ví dụ: Quyết định 123/QĐ-TCT ngày 15/9/2025"
            >
              <input type="text" value={reference} maxLength={300} onChange={(e) => setReference(e.target.value)} />
            </FormField>
            <FormField label="Lý do">
              <textarea rows={3} value={reason} maxLength={2000} onChange={(e) => setReason(e.target.value)} />
            </FormField>
          </div>
          <div className="dialog__actions">
            <button type="button" className="button" onClick={onClose} disabled={busy}>
              Hủy
            </button>
            <button type="submit" className="button button--primary" disabled={busy}>
              {busy ? 'Đang lưu…' : 'Chấp thuận'}
            </button>
          </div>
        </form>
      ) : null}
    </dialog>
  );
}
