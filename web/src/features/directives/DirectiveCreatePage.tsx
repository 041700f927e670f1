/**
 * Soạn chỉ đạo (Academy): title, number-symbol, issue date, requirement rows and recipients, or a
 * prefill from a registered letter ("Lấy từ văn bản", also reachable as /chi-dao/soan-moi?vanBan=ID).
 * Saving creates a draft and opens its review page, where it is issued.
 */
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { client, unwrap } from '../../api/client.ts';
import { invalidate } from '../../api/queryClient.ts';
import type { Directive, DirectiveBody, RecipientMode } from '../../api/types.ts';
import { DateField } from '../../components/DateField.tsx';
import { ErrorBanner, PageHeader, SuccessBanner } from '../../components/Feedback.tsx';
import { FormField } from '../../components/FormField.tsx';
import { withFlash } from '../../lib/flash.ts';
import { todayInVietnam } from '../../lib/format.ts';
import { Link, useNavigate } from 'react-router';
import { useQueryParams } from '../../lib/searchParams.ts';
import { RecipientsField } from './RecipientsField.tsx';
import { RequirementsEditor } from './RequirementsEditor.tsx';
import { SourceDocumentPicker, loadDraftFromDocument } from './SourceDocumentPicker.tsx';
import {
  draftFromBody,
  draftToBody,
  emptyDraft,
  hasErrors,
  validateDirectiveDraft,
  type DirectiveDraft,
  type DirectiveDraftErrors,
} from './directiveDraft.ts';
import './directives.css';

export function DirectiveCreatePage() {
  const [params] = useQueryParams();
  const navigate = useNavigate();
  const sourceFromLink = params.get('vanBan');
  const [draft, setDraft] = useState<DirectiveDraft>(() => emptyDraft(todayInVietnam()));
  const [errors, setErrors] = useState<DirectiveDraftErrors>({});
  const [error, setError] = useState<unknown>(null);
  const [prefilled, setPrefilled] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (body: DirectiveBody) =>
      // The generated type says `status: string`; the page's own type narrows it to the known statuses.
      unwrap(client.POST('/api/directives', { body: body as never })).then((d) => d as Directive),
    onSuccess: async (directive) => {
      await invalidate('/api/directives');
      navigate(
        `/chi-dao/${encodeURIComponent(directive.id)}`,
        withFlash('Đã lưu dự thảo chỉ đạo. Kiểm tra lại nội dung rồi bấm “Ban hành”.'),
      );
    },
    onError: setError,
  });
  const submitting = save.isPending || save.isSuccess;

  const prefill = useCallback((body: DirectiveBody) => {
    setDraft((current) =>
      draftFromBody(body, { recipientMode: current.recipientMode, recipientIds: current.recipientIds }),
    );
    setErrors({});
    setPrefilled(
      `Đã điền sẵn từ văn bản ${body.numberSymbol ?? ''}: ${body.requirements.length} yêu cầu. Kiểm tra lại nội dung, chọn cách báo cáo cho từng yêu cầu và nơi nhận.`,
    );
  }, []);

  useEffect(() => {
    if (!sourceFromLink) return;
    loadDraftFromDocument(sourceFromLink).then(prefill).catch(setError);
  }, [sourceFromLink, prefill]);

  const update = <K extends keyof DirectiveDraft>(key: K, value: DirectiveDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const setRecipients = useCallback(
    (recipientMode: RecipientMode, recipientIds: string[]) => setDraft((d) => ({ ...d, recipientMode, recipientIds })),
    [],
  );

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validateDirectiveDraft(draft);
    setErrors(found);
    if (hasErrors(found)) {
      setError(new Error('Vui lòng sửa các mục được đánh dấu bên dưới.'));
      return;
    }
    setError(null);
    save.mutate(draftToBody(draft));
  };

  return (
    <>
      <p className="breadcrumb">
        <Link to="/chi-dao">Chỉ đạo mạng lưới</Link> › Soạn chỉ đạo
      </p>
      <PageHeader
        title="Soạn chỉ đạo"
        subtitle="Soạn chỉ đạo gửi các trường; lưu dự thảo, kiểm tra lại rồi ban hành."
      />
      <SourceDocumentPicker onPrefill={prefill} />
      <SuccessBanner message={prefilled} onClose={() => setPrefilled(null)} />
      <form className="card directive-form" onSubmit={(e) => void handleSubmit(e)} noValidate aria-label="Soạn chỉ đạo">
        <ErrorBanner error={error} />
        <FormField
          label="Trích yếu"
          hint="Ví dụ: Về việc đẩy mạnh xây dựng trường chính trị chuẩn"
          error={errors.title}
          required
        >
          <textarea rows={2} value={draft.title} onChange={(e) => update('title', e.target.value)} />
        </FormField>
        <div className="form-row">
          <FormField
            label="Số, ký hiệu"
            hint="Ví dụ: 2174-CV/HVCTQG; có thể để trống khi chưa cấp số."
            error={errors.numberSymbol}
          >
            <input
              autoComplete="off"
              value={draft.numberSymbol}
              onChange={(e) => update('numberSymbol', e.target.value)}
            />
          </FormField>
          <div>
            <DateField label="Ngày ban hành" value={draft.issuedDate} onChange={(date) => update('issuedDate', date)} />
            {errors.issuedDate ? <p className="field__error">{errors.issuedDate}</p> : null}
          </div>
        </div>
        <RequirementsEditor
          rows={draft.requirements}
          errors={errors.requirementRows}
          listError={errors.requirements}
          onChange={(rows) => update('requirements', rows)}
        />
        <RecipientsField
          issuedDate={draft.issuedDate}
          mode={draft.recipientMode}
          recipientIds={draft.recipientIds}
          error={errors.recipients}
          onChange={setRecipients}
        />
        <div className="form-actions">
          <button type="button" className="button" onClick={() => navigate('/chi-dao')} disabled={submitting}>
            Hủy
          </button>
          <button type="submit" className="button button--primary" disabled={submitting}>
            {submitting ? 'Đang lưu…' : 'Lưu dự thảo'}
          </button>
        </div>
      </form>
    </>
  );
}
