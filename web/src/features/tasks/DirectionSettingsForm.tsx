/**
 * Thiết lập chỉ đạo of a school (leaders and school administrators): the leader documents are usually
 * presented to — preselected in "Vào sổ và trình" and on the phiếu — and the stock bút phê phrases, one
 * per line. Folded in a <details> at the bottom of the leader's desk.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { $api, client, unwrap } from '../../api/client.ts';
import { invalidate } from '../../api/queryClient.ts';
import { ErrorBanner, SuccessBanner } from '../../components/Feedback.tsx';
import { FormField } from '../../components/FormField.tsx';
import { useSingleFlight } from '../../lib/useSingleFlight.ts';

const SOURCE_LABELS: Record<string, string> = {
  last: 'chưa thiết lập: đang dùng lãnh đạo được trình gần nhất',
  only: 'chưa thiết lập: đơn vị có một lãnh đạo',
};

export function DirectionSettingsForm({ organisationId }: { organisationId: string }) {
  const { data, error } = $api.useQuery('get', '/api/direction-settings', { params: { query: { organisationId } } });
  const [leaderId, setLeaderId] = useState('');
  const [phrases, setPhrases] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  useEffect(() => {
    if (!data) return;
    setLeaderId(data.configuredLeaderId ?? '');
    setPhrases(data.phrases.join('\n'));
  }, [data]);
  const save = useMutation({
    mutationFn: () =>
      unwrap(
        client.PUT('/api/direction-settings', {
          body: {
            organisationId,
            usualLeaderId: leaderId || null,
            phrases: phrases
              .split('\n')
              .map((p) => p.trim())
              .filter(Boolean),
          },
        }),
      ),
    onSuccess: async () => {
      setSaved('Đã lưu thiết lập chỉ đạo.');
      await invalidate('/api/direction-settings');
    },
  });
  const once = useSingleFlight();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    once(() => save.mutateAsync());
  };
  if (!data) return <ErrorBanner error={error} />;
  return (
    <details className="card direction-settings">
      <summary>
        <strong>Thiết lập chỉ đạo của đơn vị</strong>{' '}
        <span className="muted small">(lãnh đạo thường nhận trình, bút phê mẫu)</span>
      </summary>
      <form onSubmit={submit} noValidate aria-label="Thiết lập chỉ đạo">
        <SuccessBanner message={saved} onClose={() => setSaved(null)} />
        <ErrorBanner error={save.error} />
        <FormField
          label="Lãnh đạo thường nhận trình"
          hint={data.usualLeaderSource ? SOURCE_LABELS[data.usualLeaderSource] : undefined}
        >
          <select value={leaderId} onChange={(e) => setLeaderId(e.target.value)}>
            <option value="">— Không cố định —</option>
            {data.leaders.map((l) => (
              <option key={l.id} value={l.id}>
                {l.fullName}
                {l.title ? ` — ${l.title}` : ''}
              </option>
            ))}
          </select>
        </FormField>
        <FormField
          label="Bút phê mẫu (mỗi dòng một câu)"
          hint={data.phrasesAreDefault ? 'Đang dùng các câu mẫu mặc định của hệ thống.' : undefined}
        >
          <textarea rows={6} value={phrases} onChange={(e) => setPhrases(e.target.value)} />
        </FormField>
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {save.isPending ? 'Đang lưu…' : 'Lưu thiết lập'}
        </button>
      </form>
    </details>
  );
}
