/**
 * What I can do on a task, as the server says (`permissions`): report progress or comment, attach
 * result files, complete with a result note, ask for more time, return it; a leader decides an
 * extension; the clerk corrects the deadline. One action is shown at a time, chosen from a row of
 * buttons (issue 16: five stacked forms were too many); returning is neutral, not red.
 */
import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { client, unwrap } from '../../api/client.ts';
import { invalidate } from '../../api/queryClient.ts';
import { DateField } from '../../components/DateField.tsx';
import { ErrorBanner } from '../../components/Feedback.tsx';
import { FormField } from '../../components/FormField.tsx';
import { formatDate } from '../../lib/format.ts';
import { uploadFiles } from '../../api/upload.ts';
import { ActionCard, ActionPicker, ChosenAction } from './TaskActionPicker.tsx';
import type { EvidenceFile, TaskDetail } from './taskTypes.ts';
import { useSingleFlight } from '../../lib/useSingleFlight.ts';

type Props = { task: TaskDetail; onChanged: (task: TaskDetail, message: string) => void };

export function TaskActions({ task, onChanged }: Props) {
  const p = task.permissions;
  const url = `/api/tasks/${encodeURIComponent(task.id)}`;
  const id = { params: { path: { id: task.id } } };
  // One mutation for every action on the task: while one runs every button is disabled (no double submission).
  const action = useMutation({
    mutationFn: ({ perform }: { perform: () => Promise<TaskDetail>; message: string }) => perform(),
    onSuccess: async (next, { message }) => {
      onChanged(next, message);
      await invalidate('/api/tasks', '/api/desk', '/api/deadlines', '/api/documents', '/api/notifications');
    },
  });
  const busy = action.isPending;
  const once = useSingleFlight();
  const error = action.error;
  const [progress, setProgress] = useState(String(task.progress));
  const [comment, setComment] = useState('');
  const [resultNote, setResultNote] = useState('');
  const [fileIds, setFileIds] = useState<string[]>(() => task.files.map((f) => f.id));
  const [files, setFiles] = useState<File[]>([]);
  const [extension, setExtension] = useState({ newDeadline: '', reason: '' });
  const [reason, setReason] = useState('');
  const [decisionNote, setDecisionNote] = useState('');
  const [deadline, setDeadline] = useState(task.deadline ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const uploader = task.myRoles.includes('lead') || task.myRoles.includes('support');
  const working = task.status === 'assigned' || task.status === 'in_progress';
  const available = (
    [
      [p.canDecideExtension && !!task.pendingExtension, 'act-decide', 'Quyết định gia hạn'],
      [p.canProgress || p.canComment, 'act-progress', p.canProgress ? 'Cập nhật tiến độ' : 'Gửi ý kiến'],
      [uploader && working, 'act-files', 'Tải lên tài liệu'],
      [p.canComplete, 'act-complete', 'Hoàn thành'],
      [p.canRequestExtension, 'act-extension', 'Xin gia hạn'],
      [p.canReturn, 'act-return', 'Trả lại'],
      [p.canEdit, 'act-edit', 'Sửa hạn'],
    ] as const
  ).filter(([ok]) => ok);
  const [picked, setPicked] = useState<string | null>(null);
  const chosen = available.some(([, key]) => key === picked) ? picked! : (available[0]?.[1] ?? '');

  const run = async (
    event: FormEvent | null,
    check: () => string | null,
    perform: () => Promise<TaskDetail>,
    message: string,
  ) => {
    event?.preventDefault();
    const found = check();
    setProblem(found);
    if (!found) once(() => action.mutateAsync({ perform, message }));
  };
  type TaskPost =
    | '/api/tasks/{id}/progress'
    | '/api/tasks/{id}/complete'
    | '/api/tasks/{id}/return'
    | '/api/tasks/{id}/extension'
    | '/api/tasks/{id}/extension/decide';
  // The bodies are checked by the server's schema; each call site passes that route's fields.
  const post = (path: string, body: unknown) => () =>
    unwrap<TaskDetail>(client.POST(`/api/tasks/{id}${path}` as TaskPost, { ...id, body: body as never }));

  return (
    <ChosenAction.Provider value={chosen}>
      <ActionPicker
        actions={available.map(([, key, label]) => ({ key, label }))}
        chosen={chosen}
        onPick={(key) => {
          setProblem(null);
          setPicked(key);
        }}
      />
      <ErrorBanner error={error} />
      {problem ? (
        <p className="field__error" role="alert">
          {problem}
        </p>
      ) : null}
      {p.canProgress || p.canComment ? (
        <ActionCard id="act-progress" title={p.canProgress ? 'Cập nhật tiến độ' : 'Gửi ý kiến'}>
          <form
            noValidate
            onSubmit={(e) =>
              void run(
                e,
                () => (!p.canProgress && !comment.trim() ? 'Nhập ý kiến.' : null),
                post(
                  '/progress',
                  p.canProgress
                    ? { progress: Number(progress), ...(comment.trim() ? { comment: comment.trim() } : {}) }
                    : { comment: comment.trim() },
                ),
                p.canProgress ? 'Đã cập nhật tiến độ.' : 'Đã gửi ý kiến.',
              )
            }
          >
            {p.canProgress ? (
              <FormField label={`Mức hoàn thành: ${progress}%`}>
                <input
                  type="range"
                  min={0}
                  max={100}
                  step={5}
                  value={progress}
                  onChange={(e) => setProgress(e.target.value)}
                />
              </FormField>
            ) : null}
            <FormField label={p.canProgress ? 'Ghi chú tiến độ' : 'Ý kiến'}>
              <textarea rows={2} value={comment} onChange={(e) => setComment(e.target.value)} maxLength={4000} />
            </FormField>
            <button type="submit" className="button" disabled={busy}>
              {p.canProgress ? 'Lưu tiến độ' : 'Gửi ý kiến'}
            </button>
          </form>
        </ActionCard>
      ) : null}
      {uploader && working ? (
        <ActionCard id="act-files" title="Tải lên tài liệu kết quả">
          <form
            noValidate
            onSubmit={(e) =>
              void run(
                e,
                () => (files.length === 0 ? 'Chọn tệp cần tải lên.' : null),
                async () => {
                  const added = await uploadFiles<EvidenceFile[]>(`${url}/files`, files, { field: 'files' });
                  setFiles([]);
                  setFileIds((ids) => [...ids, ...added.map((f) => f.id)]);
                  return unwrap(client.GET('/api/tasks/{id}', id));
                },
                `Đã tải lên ${files.length} tệp.`,
              )
            }
          >
            <FormField label="Tệp (văn bản, ảnh chụp, bảng tính…)">
              <input type="file" multiple onChange={(e) => setFiles([...(e.target.files ?? [])])} />
            </FormField>
            <button type="submit" className="button" disabled={busy}>
              Tải lên
            </button>
          </form>
        </ActionCard>
      ) : null}
      {p.canComplete ? (
        <ActionCard id="act-complete" title="Hoàn thành nhiệm vụ">
          <form
            noValidate
            onSubmit={(e) =>
              void run(
                e,
                () => (!resultNote.trim() ? 'Nhập báo cáo kết quả.' : null),
                post('/complete', {
                  resultNote: resultNote.trim(),
                  fileIds: fileIds.filter((id) => task.files.some((f) => f.id === id)),
                }),
                'Đã báo cáo hoàn thành nhiệm vụ.',
              )
            }
          >
            <FormField label="Báo cáo kết quả" required>
              <textarea rows={3} value={resultNote} onChange={(e) => setResultNote(e.target.value)} maxLength={8000} />
            </FormField>
            {task.files.length ? (
              <fieldset className="field">
                <legend className="field__label">Tài liệu kèm báo cáo</legend>
                {task.files.map((f) => (
                  <label key={f.id} className="field--checkbox">
                    <input
                      type="checkbox"
                      checked={fileIds.includes(f.id)}
                      onChange={(e) =>
                        setFileIds((ids) => (e.target.checked ? [...ids, f.id] : ids.filter((x) => x !== f.id)))
                      }
                    />{' '}
                    {f.fileName}
                  </label>
                ))}
              </fieldset>
            ) : null}
            <button type="submit" className="button button--primary" disabled={busy}>
              Hoàn thành
            </button>
          </form>
        </ActionCard>
      ) : null}
      {p.canRequestExtension ? (
        <ActionCard id="act-extension" title="Xin gia hạn">
          <form
            noValidate
            onSubmit={(e) =>
              void run(
                e,
                () =>
                  !extension.newDeadline
                    ? 'Chọn hạn đề nghị.'
                    : !extension.reason.trim()
                      ? 'Nêu lý do xin gia hạn.'
                      : null,
                post('/extension', { newDeadline: extension.newDeadline, reason: extension.reason.trim() }),
                'Đã gửi đề nghị gia hạn tới lãnh đạo.',
              )
            }
          >
            <DateField
              label="Hạn đề nghị"
              value={extension.newDeadline}
              onChange={(newDeadline) => setExtension((x) => ({ ...x, newDeadline }))}
            />
            <FormField label="Lý do" required>
              <textarea
                rows={2}
                value={extension.reason}
                onChange={(e) => setExtension((x) => ({ ...x, reason: e.target.value }))}
                maxLength={4000}
              />
            </FormField>
            <button type="submit" className="button" disabled={busy}>
              Gửi đề nghị
            </button>
          </form>
        </ActionCard>
      ) : null}
      {p.canReturn ? (
        <ActionCard id="act-return" title="Trả lại nhiệm vụ">
          <form
            noValidate
            onSubmit={(e) =>
              void run(
                e,
                () => (!reason.trim() ? 'Nêu lý do trả lại.' : null),
                post('/return', { reason: reason.trim() }),
                'Đã trả lại nhiệm vụ cho lãnh đạo.',
              )
            }
          >
            <FormField label="Lý do trả lại" hint="Ví dụ: không thuộc chức năng, nhiệm vụ của phòng." required>
              <textarea rows={2} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={4000} />
            </FormField>
            <button type="submit" className="button" disabled={busy}>
              Trả lại
            </button>
          </form>
        </ActionCard>
      ) : null}
      {p.canDecideExtension && task.pendingExtension ? (
        <ActionCard id="act-decide" title="Đề nghị gia hạn chờ quyết định">
          <p>
            {task.pendingExtension.requestedBy} xin gia hạn đến{' '}
            <strong>{formatDate(task.pendingExtension.newDeadline)}</strong> (hạn hiện tại{' '}
            {task.deadline ? formatDate(task.deadline) : 'không có'}). Lý do: {task.pendingExtension.reason}
          </p>
          <FormField label="Ý kiến của lãnh đạo">
            <textarea
              rows={2}
              value={decisionNote}
              onChange={(e) => setDecisionNote(e.target.value)}
              maxLength={4000}
            />
          </FormField>
          <div className="form-actions">
            <button
              type="button"
              className="button button--primary"
              disabled={busy}
              onClick={() =>
                void run(
                  null,
                  () => null,
                  post('/extension/decide', { approve: true, note: decisionNote.trim() }),
                  'Đã đồng ý gia hạn.',
                )
              }
            >
              Đồng ý gia hạn
            </button>
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() =>
                void run(
                  null,
                  () => null,
                  post('/extension/decide', { approve: false, note: decisionNote.trim() }),
                  'Đã không đồng ý gia hạn.',
                )
              }
            >
              Không đồng ý
            </button>
          </div>
        </ActionCard>
      ) : null}
      {p.canEdit ? (
        <ActionCard id="act-edit" title="Sửa hạn xử lý">
          <form
            noValidate
            onSubmit={(e) =>
              void run(
                e,
                () => null,
                () => unwrap(client.PATCH('/api/tasks/{id}', { ...id, body: { deadline: deadline || null } })),
                'Đã sửa hạn xử lý.',
              )
            }
          >
            <DateField
              label="Hạn xử lý"
              value={deadline}
              optional
              onChange={setDeadline}
              hint="Sửa khi hạn đọc tự động từ văn bản chưa đúng (dd/mm/yyyy)."
            />
            <button type="submit" className="button" disabled={busy}>
              Lưu hạn
            </button>
          </form>
        </ActionCard>
      ) : null}
    </ChosenAction.Provider>
  );
}
