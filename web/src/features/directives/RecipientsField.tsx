/**
 * Who receives a directive: every provincial school valid on the issue date (63 before 1/7/2025,
 * 34 after), every sector school, both, or a hand-picked list searched without diacritics.
 */
import { $api } from '../../api/client.ts';
import { useEffect, useMemo, useState } from 'react';
import type { Organisation, OrganisationKind, RecipientMode } from '../../api/types.ts';
import { ORGANISATION_KIND_LABELS } from '../../api/types.ts';
import { ErrorBanner, Loading } from '../../components/Feedback.tsx';
import { loadAllOrganisations } from '../../components/OrganisationPicker.tsx';
import { formatDate, formatNumber, sortByVietnamese } from '../../lib/format.ts';
import { RECIPIENT_KINDS, RECIPIENT_MODE_LABELS, foldVietnamese } from './directiveLabels.ts';

type RecipientsFieldProps = {
  issuedDate: string;
  mode: RecipientMode;
  recipientIds: string[];
  error: string | undefined;
  onChange: (mode: RecipientMode, recipientIds: string[]) => void;
};

const MODES = Object.keys(RECIPIENT_MODE_LABELS) as RecipientMode[];

function useCount(kind: OrganisationKind, at: string): number | null {
  const { data } = $api.useQuery(
    'get',
    '/api/network/organisations',
    { params: { query: { at, kind, pageSize: 1 } } },
    { enabled: at !== '' },
  );
  return data?.total ?? null;
}

export function RecipientsField({ issuedDate, mode, recipientIds, error, onChange }: RecipientsFieldProps) {
  const provincial = useCount('provincial_school', issuedDate);
  const sector = useCount('sector_school', issuedDate);
  const counts: Record<RecipientMode, number | null> = {
    provincial,
    sector,
    provincial_and_sector: provincial !== null && sector !== null ? provincial + sector : null,
    custom: recipientIds.length,
  };

  return (
    <fieldset className="directive-fieldset" aria-describedby={error ? 'recipients-error' : undefined}>
      <legend>Nơi nhận</legend>
      <p className="field__hint">
        Đơn vị nhận được xác định theo ngày ban hành {issuedDate ? formatDate(issuedDate) : ''}: trước 01/07/2025 là 63
        trường chính trị tỉnh, thành phố; từ 01/07/2025 là 34 trường.
      </p>
      <div className="radio-list">
        {MODES.map((m) => (
          <label key={m} className="radio-option">
            <input
              type="radio"
              name="recipientMode"
              value={m}
              checked={mode === m}
              onChange={() => onChange(m, recipientIds)}
            />
            <span>
              {RECIPIENT_MODE_LABELS[m]}
              {counts[m] !== null && m !== 'custom' ? (
                <span className="muted"> ({formatNumber(counts[m] ?? 0)} đơn vị)</span>
              ) : null}
            </span>
          </label>
        ))}
      </div>
      {error ? (
        <p id="recipients-error" className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      {mode === 'custom' ? (
        <CustomRecipients
          issuedDate={issuedDate}
          recipientIds={recipientIds}
          onChange={(ids) => onChange('custom', ids)}
        />
      ) : null}
    </fieldset>
  );
}

function CustomRecipients({
  issuedDate,
  recipientIds,
  onChange,
}: {
  issuedDate: string;
  recipientIds: string[];
  onChange: (ids: string[]) => void;
}) {
  const [organisations, setOrganisations] = useState<Organisation[] | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [search, setSearch] = useState('');
  const [dropped, setDropped] = useState<string[]>([]);

  useEffect(() => {
    if (!issuedDate) return;
    const controller = new AbortController();
    setOrganisations(null);
    setLoadError(null);
    loadAllOrganisations(issuedDate, controller.signal)
      .then((all) =>
        setOrganisations(
          sortByVietnamese(
            all.filter((o) => RECIPIENT_KINDS.includes(o.kind as OrganisationKind)),
            (o) => o.name,
          ),
        ),
      )
      .catch((cause: unknown) => {
        if (!controller.signal.aborted) setLoadError(cause);
      });
    return () => controller.abort();
  }, [issuedDate]);

  // Schools chosen for another date that are not in operation on this one are dropped, with a notice.
  useEffect(() => {
    if (!organisations) return;
    const valid = new Set(organisations.map((o) => o.id));
    const gone = recipientIds.filter((id) => !valid.has(id));
    if (gone.length > 0) {
      setDropped(gone);
      onChange(recipientIds.filter((id) => valid.has(id)));
    }
  }, [organisations, recipientIds, onChange]);

  const byId = useMemo(() => new Map((organisations ?? []).map((o) => [o.id, o])), [organisations]);
  const folded = foldVietnamese(search.trim());
  const matches = (organisations ?? []).filter(
    (o) => !folded || foldVietnamese(`${o.name} ${o.provinceName ?? ''} ${o.code}`).includes(folded),
  );
  const chosen = new Set(recipientIds);
  const toggle = (id: string) =>
    onChange(chosen.has(id) ? recipientIds.filter((x) => x !== id) : [...recipientIds, id]);

  return (
    <div className="recipient-picker">
      <ErrorBanner error={loadError} />
      {dropped.length > 0 ? (
        <div className="banner banner--warning" role="status">
          Đã bỏ {dropped.length} đơn vị không còn hoạt động vào ngày ban hành {formatDate(issuedDate)}.
          <button type="button" className="link-button" onClick={() => setDropped([])}>
            Đã hiểu
          </button>
        </div>
      ) : null}
      <p className="recipient-picker__count" aria-live="polite">
        Đã chọn <strong>{recipientIds.length}</strong> đơn vị
      </p>
      {recipientIds.length > 0 ? (
        <ul className="chip-list" aria-label="Đơn vị đã chọn">
          {recipientIds.map((id) => (
            <li key={id} className="chip">
              {byId.get(id)?.name ?? 'Đơn vị đã chọn'}
              <button
                type="button"
                className="chip__remove"
                aria-label={`Bỏ chọn ${byId.get(id)?.name ?? ''}`}
                onClick={() => toggle(id)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="field">
        <label htmlFor="recipient-search" className="field__label">
          Tìm đơn vị nhận
        </label>
        <input
          id="recipient-search"
          type="search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          placeholder="Tên trường, tỉnh hoặc mã; gõ không dấu được, ví dụ: thai nguyen"
          aria-controls="recipient-options"
        />
      </div>
      {!organisations && !loadError ? <Loading label="Đang tải danh sách đơn vị…" /> : null}
      {organisations ? (
        <ul
          id="recipient-options"
          className="recipient-options"
          aria-label={`Đơn vị hoạt động ngày ${formatDate(issuedDate)}`}
        >
          {matches.length === 0 ? <li className="muted">Không có đơn vị nào khớp với “{search}”.</li> : null}
          {matches.map((o) => (
            <li key={o.id}>
              <label className="recipient-option">
                <input type="checkbox" checked={chosen.has(o.id)} onChange={() => toggle(o.id)} />
                <span>
                  {o.name}
                  <span className="muted small">
                    {' '}
                    · {o.provinceName ?? ORGANISATION_KIND_LABELS[o.kind as OrganisationKind]}
                  </span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
