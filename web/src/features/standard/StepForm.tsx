/** Record the next step of a school's dossier: the step's own fields (STEP_FIELDS), its date and a note. */
import { type FormEvent, useState } from 'react';
import { $api } from '../../api/client.ts';
import { invalidate } from '../../api/queryClient.ts';
import { DateField } from '../../components/DateField.tsx';
import { ErrorBanner } from '../../components/Feedback.tsx';
import { FormField } from '../../components/FormField.tsx';
import { todayInVietnam } from '../../lib/format.ts';
import { type Dossier, STEP_FIELDS, stepData } from './standardTypes.ts';

export function StepForm({ dossier, onDone }: { dossier: Dossier; onDone: (message: string) => void }) {
  const steps = dossier.nextSteps.filter((s) => s.kind !== 'self_assessment' && s.kind !== 'merger');
  const [kind, setKind] = useState(steps[0]?.kind ?? '');
  const [date, setDate] = useState(todayInVietnam());
  const [values, setValues] = useState<Record<string, string>>({});
  const [note, setNote] = useState('');
  const [documentTitle, setDocumentTitle] = useState('');
  const [documentReference, setDocumentReference] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const add = $api.useMutation('post', '/api/standard/schools/{id}/dossier/records', {
    onSuccess: async () => {
      const label = steps.find((s) => s.kind === kind)?.label ?? kind;
      setValues({});
      setNote('');
      setDocumentTitle('');
      setDocumentReference('');
      onDone(`Đã ghi bước "${label}".`);
      await invalidate('/api/standard', '/api/obligations');
    },
  });
  if (steps.length === 0) return <p className="muted">Không có bước nào bạn ghi được ở giai đoạn này.</p>;
  const current = steps.some((s) => s.kind === kind) ? kind : steps[0]!.kind;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { data, problems: found } = stepData(current, values);
    if (!date) found.push('Chưa nhập ngày');
    setProblems(found);
    if (found.length > 0 || add.isPending) return;
    add.mutate({
      params: { path: { id: dossier.school.id } },
      body: {
        kind: current as 'project_drafting',
        date,
        data,
        note: note.trim() || null,
        documents: documentTitle.trim()
          ? [{ title: documentTitle.trim(), reference: documentReference.trim() || null, fileId: null }]
          : [],
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Ghi bước tiếp theo" className="standard-step-form">
      <ErrorBanner error={add.error} />
      {problems.length > 0 ? (
        <div className="banner banner--error" role="alert">
          {problems.join('. ')}
        </div>
      ) : null}
      <FormField label="Bước" required>
        <select value={current} onChange={(e) => setKind(e.target.value)}>
          {steps.map((s) => (
            <option key={s.kind} value={s.kind}>
              {s.label}
            </option>
          ))}
        </select>
      </FormField>
      <DateField label="Ngày" value={date} onChange={setDate} />
      {(STEP_FIELDS[current] ?? []).map((f) => {
        const set = (v: string) => setValues((old) => ({ ...old, [f.name]: v }));
        const value = values[f.name] ?? '';
        return (
          <FormField key={`${current}-${f.name}`} label={f.label} required={f.required ?? false}>
            {f.kind === 'level' ? (
              <select value={value} onChange={(e) => set(e.target.value)}>
                <option value="">— Chọn mức —</option>
                <option value="1">Mức 1</option>
                <option value="2">Mức 2</option>
              </select>
            ) : f.kind === 'council' ? (
              <select value={value} onChange={(e) => set(e.target.value)}>
                <option value="">— Chọn kết quả —</option>
                <option value="de_nghi_cong_nhan">Đề nghị công nhận</option>
                <option value="chua_de_nghi">Chưa đề nghị công nhận</option>
              </select>
            ) : f.kind === 'list' || f.kind === 'findings' ? (
              <textarea rows={3} value={value} onChange={(e) => set(e.target.value)} />
            ) : (
              <input type={f.kind === 'year' ? 'number' : 'text'} value={value} onChange={(e) => set(e.target.value)} />
            )}
          </FormField>
        );
      })}
      <FormField label="Văn bản kèm theo (tên)">
        <input type="text" value={documentTitle} onChange={(e) => setDocumentTitle(e.target.value)} />
      </FormField>
      <FormField label="Số, ký hiệu văn bản kèm theo">
        <input type="text" value={documentReference} onChange={(e) => setDocumentReference(e.target.value)} />
      </FormField>
      <FormField label="Ghi chú">
        <input type="text" value={note} onChange={(e) => setNote(e.target.value)} />
      </FormField>
      <button type="submit" className="button button--primary" disabled={add.isPending}>
        {add.isPending ? 'Đang ghi…' : 'Ghi bước'}
      </button>
    </form>
  );
}
