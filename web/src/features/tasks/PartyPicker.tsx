/**
 * Pickers for the people and units (phòng, khoa) of one organisation: a single choice for the lead
 * (chủ trì) and a list for supporting (phối hợp) and for-information (để biết) recipients.
 */
import { useId } from 'react';
import { $api } from '../../api/client.ts';
import type { Person } from '../../api/types.ts';
import { comparePersonNames, sortByVietnamese } from '../../lib/format.ts';

export type Choice = { userId?: string; unitId?: string };
export type Directory = { people: Person[]; units: { id: string; name: string }[]; loading: boolean; error: unknown };

export function useDirectory(organisationId: string | null): Directory {
  const people = $api.useQuery(
    'get',
    '/api/people',
    { params: { query: { organisationId: organisationId ?? '', pageSize: 200 } } },
    { enabled: organisationId !== null },
  );
  const org = $api.useQuery(
    'get',
    '/api/organisations/{id}',
    { params: { path: { id: organisationId ?? '' } } },
    { enabled: organisationId !== null },
  );
  return {
    people: [...(people.data?.items ?? [])]
      .filter((p) => p.active)
      .sort((a, b) => comparePersonNames(a.fullName, b.fullName)),
    units: sortByVietnamese(org.data?.units ?? [], (u) => u.name),
    loading: people.isLoading || org.isLoading,
    error: people.error ?? org.error,
  };
}

export const choiceKey = (c: Choice | null | undefined) =>
  c?.userId ? `user:${c.userId}` : c?.unitId ? `unit:${c.unitId}` : '';
const fromKey = (key: string): Choice | null =>
  key.startsWith('user:') ? { userId: key.slice(5) } : key.startsWith('unit:') ? { unitId: key.slice(5) } : null;

export function choiceName(directory: Directory, c: Choice): string {
  if (c.userId) return directory.people.find((p) => p.id === c.userId)?.fullName ?? 'Cán bộ';
  return directory.units.find((u) => u.id === c.unitId)?.name ?? 'Phòng, khoa';
}

function Options({ directory, exclude }: { directory: Directory; exclude: Set<string> }) {
  return (
    <>
      <optgroup label="Phòng, khoa">
        {directory.units
          .filter((u) => !exclude.has(`unit:${u.id}`))
          .map((u) => (
            <option key={u.id} value={`unit:${u.id}`}>
              {u.name}
            </option>
          ))}
      </optgroup>
      <optgroup label="Cán bộ">
        {directory.people
          .filter((p) => !exclude.has(`user:${p.id}`))
          .map((p) => (
            <option key={p.id} value={`user:${p.id}`}>
              {p.fullName}
              {p.unitName ? ` — ${p.unitName}` : ''}
            </option>
          ))}
      </optgroup>
    </>
  );
}

export function SinglePartyPicker({
  label,
  directory,
  value,
  onChange,
  exclude = new Set(),
  error,
}: {
  label: string;
  directory: Directory;
  value: Choice | null;
  onChange: (c: Choice | null) => void;
  exclude?: Set<string>;
  error?: string | null;
}) {
  const id = useId();
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <select
        id={id}
        value={choiceKey(value)}
        onChange={(e) => onChange(fromKey(e.target.value))}
        aria-invalid={error ? true : undefined}
      >
        <option value="">— Chọn phòng, khoa hoặc cán bộ —</option>
        <Options directory={directory} exclude={exclude} />
      </select>
      {error ? <p className="field__error">{error}</p> : null}
    </div>
  );
}

export function MultiPartyPicker({
  label,
  directory,
  value,
  onChange,
  exclude = new Set(),
}: {
  label: string;
  directory: Directory;
  value: Choice[];
  onChange: (c: Choice[]) => void;
  exclude?: Set<string>;
}) {
  const id = useId();
  const chosen = new Set(value.map(choiceKey));
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {value.length ? (
        <ul className="party-chips" aria-label={`${label} đã chọn`}>
          {value.map((c) => (
            <li key={choiceKey(c)} className="party-chip">
              {choiceName(directory, c)}
              <button
                type="button"
                className="link-button"
                aria-label={`Bỏ ${choiceName(directory, c)}`}
                onClick={() => onChange(value.filter((v) => choiceKey(v) !== choiceKey(c)))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <select
        id={id}
        value=""
        onChange={(e) => {
          const c = fromKey(e.target.value);
          if (c) onChange([...value, c]);
        }}
      >
        <option value="">+ Thêm…</option>
        <Options directory={directory} exclude={new Set([...exclude, ...chosen])} />
      </select>
    </div>
  );
}
