/** The clerk presents the document to a leader of the school, with an optional note. */
import { useState, type FormEvent } from 'react';
import { $api } from '../../api/client.ts';
import { invalidate } from '../../api/queryClient.ts';
import { ErrorBanner } from '../../components/Feedback.tsx';
import { FormField } from '../../components/FormField.tsx';
import { useMe } from '../../session/SessionContext.tsx';
import { useDirectory } from './PartyPicker.tsx';
import type { DirectionSheet } from './taskTypes.ts';
import { useSingleFlight } from '../../lib/useSingleFlight.ts';

const LEADER_ROLES = ['leader', 'academy_admin'];

export function PresentForm({
  sheet,
  onDone,
}: {
  sheet: DirectionSheet;
  onDone: (sheet: DirectionSheet, message: string) => void;
}) {
  const directory = useDirectory(useMe().organisation.id);
  const leaders = directory.people.filter((p) => LEADER_ROLES.includes(p.role));
  const usual = $api.useQuery('get', '/api/direction-settings', {
    params: { query: { organisationId: useMe().organisation.id } },
  }).data?.usualLeaderId;
  const [picked, setPicked] = useState<string | null>(null);
  const leaderId = picked ?? usual ?? '';
  const setLeaderId = setPicked;
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const present = $api.useMutation('post', '/api/documents/{id}/present', {
    onSuccess: async (result) => {
      const name = leaders.find((l) => l.id === leaderId)?.fullName ?? 'lãnh đạo';
      setNote('');
      onDone(result, `Đã trình văn bản đến đồng chí ${name}.`);
      await invalidate('/api/documents', '/api/desk', '/api/notifications');
    },
  });
  const busy = present.isPending;
  const once = useSingleFlight();
  const error = present.error;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!leaderId) return setProblem('Chọn lãnh đạo nhận trình.');
    setProblem(null);
    once(() =>
      present.mutateAsync({
        params: { path: { id: sheet.document.id } },
        body: { leaderId, note: note.trim() || null },
      }),
    );
  };

  return (
    <form className="card" onSubmit={submit} noValidate aria-labelledby="present-title">
      <h2 id="present-title">Trình lãnh đạo</h2>
      <ErrorBanner error={error ?? directory.error} />
      <FormField label="Lãnh đạo nhận trình" error={problem} required>
        <select value={leaderId} onChange={(e) => setLeaderId(e.target.value)}>
          <option value="">— Chọn lãnh đạo —</option>
          {leaders.map((l) => (
            <option key={l.id} value={l.id}>
              {l.fullName}
              {l.title ? ` — ${l.title}` : ''}
            </option>
          ))}
        </select>
      </FormField>
      <FormField label="Ghi chú khi trình" hint="Không bắt buộc">
        <textarea rows={2} value={note} onChange={(e) => setNote(e.target.value)} maxLength={2000} />
      </FormField>
      <button type="submit" className="button button--primary" disabled={busy}>
        {busy ? 'Đang trình…' : 'Trình văn bản'}
      </button>
    </form>
  );
}
