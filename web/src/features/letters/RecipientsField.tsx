/** "Gửi liên thông tới": TCT organisations that receive the issued letter in their incoming queue. */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { sortByVietnamese, todayInVietnam } from '../../lib/format.ts';
import { loadAllOrganisations } from '../../components/OrganisationPicker.tsx';

type Org = { id: string; name: string };

export function RecipientsField({ value, onChange }: { value: Org[]; onChange: (orgs: Org[]) => void }) {
  const today = todayInVietnam();
  const query = useQuery({
    queryKey: ['get', '/api/network/organisations', { all: true, at: today }],
    queryFn: ({ signal }) => loadAllOrganisations(today, signal),
    staleTime: 10 * 60_000,
  });
  const [choice, setChoice] = useState('');
  const options = sortByVietnamese(
    (query.data ?? []).filter((o) => !value.some((v) => v.id === o.id)),
    (o) => o.name,
  );
  return (
    <fieldset className="field">
      <legend className="field__label">Gửi liên thông tới (đơn vị trong mạng lưới TCT)</legend>
      <ul>
        {value.map((o) => (
          <li key={o.id}>
            {o.name}{' '}
            <button
              type="button"
              className="button button--small button--ghost"
              onClick={() => onChange(value.filter((v) => v.id !== o.id))}
            >
              Bỏ
            </button>
          </li>
        ))}
        {value.length === 0 ? (
          <li className="muted">Chưa chọn đơn vị nào (chỉ ban hành, không gửi liên thông).</li>
        ) : null}
      </ul>
      <select aria-label="Thêm đơn vị nhận" value={choice} onChange={(e) => setChoice(e.target.value)}>
        <option value="">— Chọn đơn vị —</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>{' '}
      <button
        type="button"
        className="button button--small"
        disabled={!choice}
        onClick={() => {
          const org = options.find((o) => o.id === choice);
          if (org) onChange([...value, { id: org.id, name: org.name }]);
          setChoice('');
        }}
      >
        Thêm
      </button>
    </fieldset>
  );
}
