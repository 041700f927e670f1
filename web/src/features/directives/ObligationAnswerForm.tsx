/**
 * The school's answer to one requirement: the stage (from the requirement's answer type) and the
 * fields that stage requires — approval date, decision number, target year — plus a note. Checked
 * here in Vietnamese; the server checks again and its message is shown if it refuses.
 */
import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { client, unwrap } from '../../api/client.ts';
import { invalidate } from '../../api/queryClient.ts';
import type { AnswerField, ObligationDetail, UpdateObligationBody } from '../../api/types.ts';
import { DateField } from '../../components/DateField.tsx';
import { ErrorBanner } from '../../components/Feedback.tsx';
import { FormField } from '../../components/FormField.tsx';
import { todayInVietnam } from '../../lib/format.ts';
import { ANSWER_FIELD_LABELS } from './directiveLabels.ts';

type AnswerDraft = { stage: string; approvalDate: string; decisionNumber: string; targetYear: string; note: string };
type AnswerErrors = Partial<Record<keyof AnswerDraft, string>>;

const MISSING: Record<AnswerField, string> = {
  approvalDate: 'Vui lòng nhập ngày phê duyệt.',
  decisionNumber: 'Vui lòng nhập số quyết định.',
  targetYear: 'Vui lòng nhập năm đăng ký đạt chuẩn.',
};

function validate(draft: AnswerDraft, requires: AnswerField[]): AnswerErrors {
  const errors: AnswerErrors = {};
  if (!draft.stage) errors.stage = 'Vui lòng chọn tình trạng thực hiện.';
  for (const field of requires) if (!draft[field].trim()) errors[field] = MISSING[field];
  if (requires.includes('approvalDate') && draft.approvalDate && draft.approvalDate > todayInVietnam())
    errors.approvalDate = 'Ngày phê duyệt không được sau ngày hôm nay.';
  if (requires.includes('decisionNumber') && draft.decisionNumber.trim().length > 60)
    errors.decisionNumber = 'Số quyết định không quá 60 ký tự.';
  if (requires.includes('targetYear') && draft.targetYear.trim()) {
    const year = Number(draft.targetYear);
    if (!Number.isInteger(year) || year < 2021 || year > 2050)
      errors.targetYear = 'Năm đăng ký đạt chuẩn phải trong khoảng 2021–2050.';
  }
  if (draft.note.length > 4000) errors.note = 'Ghi chú không quá 4.000 ký tự.';
  return errors;
}

export function ObligationAnswerForm({
  obligation,
  onSaved,
}: {
  obligation: ObligationDetail;
  onSaved: (updated: ObligationDetail) => void;
}) {
  const [draft, setDraft] = useState<AnswerDraft>({
    stage: obligation.stage,
    approvalDate: obligation.answer.approvalDate ?? '',
    decisionNumber: obligation.answer.decisionNumber ?? '',
    targetYear: obligation.answer.targetYear ? String(obligation.answer.targetYear) : '',
    note: obligation.note ?? '',
  });
  const [errors, setErrors] = useState<AnswerErrors>({});
  const save = useMutation({
    mutationFn: (body: UpdateObligationBody) =>
      // The generated type says `status: string`; the page's own type narrows it to the known statuses.
      unwrap(
        client.PATCH('/api/obligations/{id}', { params: { path: { id: obligation.id } }, body: body as never }),
      ).then((d) => d as ObligationDetail),
    onSuccess: async (detail) => {
      onSaved(detail);
      await invalidate('/api/obligations', '/api/directives');
    },
  });
  const saving = save.isPending;
  const error = save.error;
  const stage = obligation.stages.find((s) => s.code === draft.stage);
  const requires = stage?.requires ?? [];
  const update = <K extends keyof AnswerDraft>(key: K, value: AnswerDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validate(draft, requires);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    // Only the fields the stage asks for are sent (the server clears the others); a JSON null would be
    // coerced by the server's validator ("" / 0) rather than read as "empty".
    const body: UpdateObligationBody = {
      stage: draft.stage,
      note: draft.note.trim(),
      ...(requires.includes('approvalDate') ? { approvalDate: draft.approvalDate } : {}),
      ...(requires.includes('decisionNumber') ? { decisionNumber: draft.decisionNumber.trim() } : {}),
      ...(requires.includes('targetYear') ? { targetYear: Number(draft.targetYear) } : {}),
    };
    save.mutate(body);
  };

  return (
    <form className="card" onSubmit={handleSubmit} noValidate aria-label="Cập nhật tình hình thực hiện">
      <h2>Cập nhật tình hình thực hiện</h2>
      <ErrorBanner error={error} />
      <FormField label="Tình trạng thực hiện" error={errors.stage} required>
        <select value={draft.stage} onChange={(e) => update('stage', e.target.value)}>
          {obligation.stages.map((s) => (
            <option key={s.code} value={s.code}>
              {s.label}
            </option>
          ))}
        </select>
      </FormField>
      {requires.length > 0 ? (
        <p className="field__hint">
          Tình trạng này cần: {requires.map((f) => ANSWER_FIELD_LABELS[f].toLowerCase()).join(', ')}.
        </p>
      ) : null}
      <div className="form-row">
        {requires.includes('decisionNumber') ? (
          <FormField
            label={ANSWER_FIELD_LABELS.decisionNumber}
            hint="Ví dụ: 1234-QĐ/TU"
            error={errors.decisionNumber}
            required
          >
            <input
              autoComplete="off"
              value={draft.decisionNumber}
              onChange={(e) => update('decisionNumber', e.target.value)}
            />
          </FormField>
        ) : null}
        {requires.includes('approvalDate') ? (
          <div>
            <DateField
              label={ANSWER_FIELD_LABELS.approvalDate}
              value={draft.approvalDate}
              optional
              onChange={(date) => update('approvalDate', date)}
            />
            {errors.approvalDate ? (
              <p className="field__error" role="alert">
                {errors.approvalDate}
              </p>
            ) : null}
          </div>
        ) : null}
        {requires.includes('targetYear') ? (
          <FormField label={ANSWER_FIELD_LABELS.targetYear} error={errors.targetYear} required>
            <input
              type="number"
              inputMode="numeric"
              min={2021}
              max={2050}
              className="input--narrow"
              value={draft.targetYear}
              onChange={(e) => update('targetYear', e.target.value)}
            />
          </FormField>
        ) : null}
      </div>
      <FormField label="Ghi chú" hint="Kết quả, khó khăn hoặc đề xuất gửi Học viện." error={errors.note}>
        <textarea rows={3} value={draft.note} onChange={(e) => update('note', e.target.value)} />
      </FormField>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? 'Đang lưu…' : 'Lưu cập nhật'}
        </button>
      </div>
    </form>
  );
}
