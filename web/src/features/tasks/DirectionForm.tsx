/**
 * The leader's direction (bút phê) for one document: the note (stock phrases of the school one click
 * away), and either the whole letter given in one step to one lead (chủ trì) with supporting (phối hợp)
 * and for-information (để biết) recipients, or per task. Tasks already assigned start with their current
 * assignees; a task can be left out, and a general task added. Deadlines in the past or on a weekend are
 * warned about; the form sends the direction it was written over, so a second click cannot act twice.
 */
import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { client, unwrap } from '../../api/client.ts';
import { invalidate } from '../../api/queryClient.ts';
import { DateField } from '../../components/DateField.tsx';
import { ErrorBanner } from '../../components/Feedback.tsx';
import { FormField } from '../../components/FormField.tsx';
import type { ApiBody } from '../../api/types.ts';
import { $api } from '../../api/client.ts';
import { deadlineWarning, formatDate } from '../../lib/format.ts';
import { useMe } from '../../session/SessionContext.tsx';
import { MultiPartyPicker, SinglePartyPicker, choiceKey, useDirectory, type Choice } from './PartyPicker.tsx';
import type { Assignee, DirectionSheet } from './taskTypes.ts';
import { useSingleFlight } from '../../lib/useSingleFlight.ts';

type Row = {
  key: string;
  taskId?: string;
  title: string;
  text: string;
  include: boolean;
  lead: Choice | null;
  support: Choice[];
  info: Choice[];
  deadline: string;
};

const toChoice = (a: Assignee): Choice => (a.party.kind === 'user' ? { userId: a.party.id } : { unitId: a.party.id });

function initialRows(sheet: DirectionSheet): Row[] {
  return sheet.tasks
    .filter((t) => t.status !== 'done')
    .map((t) => ({
      key: t.id,
      taskId: t.id,
      title: t.title,
      text: t.text,
      include: t.status === 'unassigned' || t.status === 'returned',
      lead: t.assignees.find((a) => a.role === 'lead') ? toChoice(t.assignees.find((a) => a.role === 'lead')!) : null,
      support: t.assignees.filter((a) => a.role === 'support').map(toChoice),
      info: t.assignees.filter((a) => a.role === 'info').map(toChoice),
      deadline: t.deadline ?? '',
    }));
}

export function DirectionForm({
  sheet,
  onDone,
}: {
  sheet: DirectionSheet;
  onDone: (sheet: DirectionSheet, message: string) => void;
}) {
  const directory = useDirectory(useMe().organisation.id); // the people handling it (a successor school for an inherited document)
  const [note, setNote] = useState(sheet.document.directionNote ?? '');
  const [rows, setRows] = useState<Row[]>(() => initialRows(sheet));
  const [problems, setProblems] = useState<Record<string, string>>({});
  const phrases = $api.useQuery('get', '/api/direction-settings', {
    params: { query: { organisationId: sheet.document.organisationId } },
  }).data?.phrases;
  // One open task (or none): the whole letter in one step is the natural start; several: per task, one click away.
  const [whole, setWhole] = useState(() => sheet.tasks.filter((t) => t.status !== 'done').length <= 1);
  const [all, setAll] = useState<Pick<Row, 'lead' | 'support' | 'info' | 'deadline'>>({
    lead: null,
    support: [],
    info: [],
    deadline: sheet.document.dueDate ?? '',
  });
  const direct = useMutation({
    mutationFn: (body: ApiBody<'/api/documents/{id}/direction', 'post'>) =>
      unwrap(client.POST('/api/documents/{id}/direction', { params: { path: { id: sheet.document.id } }, body })),
    onSuccess: async (result, body) => {
      onDone(result, `Đã giao ${body.assignments.length} nhiệm vụ; người được giao đã nhận thông báo.`);
      await invalidate('/api/documents', '/api/desk', '/api/tasks', '/api/deadlines', '/api/notifications');
    },
  });
  const busy = direct.isPending;
  const once = useSingleFlight();
  const error = direct.error;
  const update = (key: string, patch: Partial<Row>) =>
    setRows((all) => all.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const chosen = rows.filter((r) => r.include);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const ifDirectedAt = sheet.document.directedAt ?? null;
    if (whole) {
      if (!all.lead) return setProblems({ whole: 'Chọn đơn vị hoặc cán bộ chủ trì.' });
      setProblems({});
      const open = rows.filter((r) => r.taskId);
      const target = { lead: all.lead, support: all.support, info: all.info, deadline: all.deadline || null };
      return once(() =>
        direct.mutateAsync({
          note: note.trim(),
          ifDirectedAt,
          assignments: open.length ? open.map((r) => ({ taskId: r.taskId!, ...target })) : [target],
        }),
      );
    }
    const found: Record<string, string> = {};
    if (chosen.length === 0) found.form = 'Chọn ít nhất một nhiệm vụ để giao.';
    for (const r of chosen) if (!r.lead) found[r.key] = 'Chọn đơn vị hoặc cán bộ chủ trì.';
    for (const r of chosen) if (!r.taskId && !r.title.trim()) found[`${r.key}-title`] = 'Nhập tên nhiệm vụ.';
    setProblems(found);
    if (Object.keys(found).length) return;
    const body = {
      note: note.trim(),
      ifDirectedAt,
      assignments: chosen.map((r) => ({
        ...(r.taskId ? { taskId: r.taskId } : { title: r.title.trim() }),
        lead: r.lead!,
        support: r.support,
        info: r.info,
        deadline: r.deadline || null,
      })),
    };
    once(() => direct.mutateAsync(body));
  };

  return (
    <form className="card direction-form" onSubmit={submit} noValidate aria-labelledby="direction-form-title">
      <h2 id="direction-form-title">Ý kiến chỉ đạo và giao việc</h2>
      <ErrorBanner error={error ?? directory.error} />
      <FormField
        label="Bút phê (ý kiến chỉ đạo)"
        hint="Ví dụ: Giao Phòng Đào tạo chủ trì, Khoa Xây dựng Đảng phối hợp; báo cáo kết quả trước hạn."
      >
        <textarea rows={3} value={note} onChange={(e) => setNote(e.target.value)} maxLength={4000} />
      </FormField>
      {phrases?.length ? (
        <div className="phrase-list" role="group" aria-label="Bút phê mẫu">
          <span className="muted small">Bút phê mẫu:</span>
          {phrases.map((p) => (
            <button
              key={p}
              type="button"
              className="button button--small button--ghost phrase-list__item"
              onClick={() => setNote((n) => (n.trim() ? `${n.trim()} ${p}` : p))}
            >
              {p}
            </button>
          ))}
        </div>
      ) : null}
      <fieldset className="direction-mode">
        <legend>Cách giao</legend>
        <label className="field--checkbox">
          <input type="radio" name="direction-mode" checked={whole} onChange={() => setWhole(true)} /> Giao cả văn bản
          (cùng người xử lý cho mọi nhiệm vụ)
        </label>
        <label className="field--checkbox">
          <input type="radio" name="direction-mode" checked={!whole} onChange={() => setWhole(false)} /> Giao từng nhiệm
          vụ
        </label>
      </fieldset>
      {whole ? (
        <div className="direction-row">
          <p className="muted small">
            {rows.some((r) => r.taskId)
              ? `Giao ${rows.filter((r) => r.taskId).length} nhiệm vụ của văn bản cho cùng người chủ trì, phối hợp, để biết.`
              : 'Văn bản chưa có nhiệm vụ: hệ thống tạo một nhiệm vụ "Xử lý văn bản".'}
          </p>
          <div className="direction-row__grid">
            <SinglePartyPicker
              label="Chủ trì"
              directory={directory}
              value={all.lead}
              error={problems.whole}
              onChange={(lead) => setAll({ ...all, lead })}
              exclude={new Set([...all.support, ...all.info].map(choiceKey).filter(Boolean))}
            />
            <DateField
              label="Hạn xử lý"
              value={all.deadline}
              optional
              warning={deadlineWarning(all.deadline)}
              onChange={(deadline) => setAll({ ...all, deadline })}
            />
            <MultiPartyPicker
              label="Phối hợp"
              directory={directory}
              value={all.support}
              onChange={(support) => setAll({ ...all, support })}
              exclude={new Set([choiceKey(all.lead), ...all.info.map(choiceKey)].filter(Boolean))}
            />
            <MultiPartyPicker
              label="Để biết"
              directory={directory}
              value={all.info}
              onChange={(info) => setAll({ ...all, info })}
              exclude={new Set([choiceKey(all.lead), ...all.support.map(choiceKey)].filter(Boolean))}
            />
          </div>
        </div>
      ) : null}
      {problems.form ? (
        <p className="field__error" role="alert">
          {problems.form}
        </p>
      ) : null}
      {whole ? null : (
        <ol className="direction-rows">
          {rows.map((r) => {
            const taken = new Set(
              [choiceKey(r.lead), ...r.support.map(choiceKey), ...r.info.map(choiceKey)].filter(Boolean),
            );
            return (
              <li key={r.key} className={`direction-row${r.include ? '' : ' direction-row--off'}`}>
                <label className="field--checkbox">
                  <input
                    type="checkbox"
                    checked={r.include}
                    onChange={(e) => update(r.key, { include: e.target.checked })}
                  />{' '}
                  <strong>{r.taskId ? r.title : 'Nhiệm vụ mới'}</strong>
                  {r.taskId && r.deadline ? (
                    <span className="muted small"> · hạn hiện tại {formatDate(r.deadline)}</span>
                  ) : null}
                </label>
                {r.taskId ? (
                  <p className="muted small task-excerpt">{r.text}</p>
                ) : (
                  <FormField label="Tên nhiệm vụ" error={problems[`${r.key}-title`]} required>
                    <input value={r.title} onChange={(e) => update(r.key, { title: e.target.value })} maxLength={300} />
                  </FormField>
                )}
                {r.include ? (
                  <div className="direction-row__grid">
                    <SinglePartyPicker
                      label="Chủ trì"
                      directory={directory}
                      value={r.lead}
                      error={problems[r.key]}
                      onChange={(lead) => update(r.key, { lead })}
                      exclude={new Set([...taken].filter((k) => k !== choiceKey(r.lead)))}
                    />
                    <DateField
                      label="Hạn xử lý"
                      value={r.deadline}
                      optional
                      warning={deadlineWarning(r.deadline)}
                      onChange={(deadline) => update(r.key, { deadline })}
                    />
                    <MultiPartyPicker
                      label="Phối hợp"
                      directory={directory}
                      value={r.support}
                      onChange={(support) => update(r.key, { support })}
                      exclude={taken}
                    />
                    <MultiPartyPicker
                      label="Để biết"
                      directory={directory}
                      value={r.info}
                      onChange={(info) => update(r.key, { info })}
                      exclude={taken}
                    />
                  </div>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
      <div className="form-actions">
        <button
          type="button"
          className="button button--ghost"
          hidden={whole}
          onClick={() =>
            setRows((all) => [
              ...all,
              {
                key: `new-${all.length}`,
                title: '',
                text: '',
                include: true,
                lead: null,
                support: [],
                info: [],
                deadline: sheet.document.dueDate ?? '',
              },
            ])
          }
        >
          + Thêm nhiệm vụ khác
        </button>
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Đang gửi…' : 'Cho ý kiến và giao việc'}
        </button>
      </div>
    </form>
  );
}
