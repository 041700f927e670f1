/**
 * Cấu hình tuân thủ: maximum class size per level and mode (no default: no legal figure was found,
 * the unit configures it) and the editable position lists of L-TC-06. A school administrator edits the
 * school's settings; the Academy administrator edits the network-wide defaults.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { $api, client } from '../../api/client.ts';
import { invalidate } from '../../api/queryClient.ts';
import { ErrorBanner, Loading, PageHeader, SuccessBanner } from '../../components/Feedback.tsx';
import { DateField } from '../../components/DateField.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { Link } from 'react-router';
import { useCurrentOrganisation } from '../../session/CurrentOrganisationContext.tsx';
import type { ClassSizeLimit, ComplianceSettings } from './trainingTypes.ts';
import './training.css';

type Draft = { limits: Record<string, string>; lists: Record<string, string | null>; r350: string; c01: string };

function draftFrom(settings: ComplianceSettings): Draft {
  const limits: Record<string, string> = {};
  for (const l of settings.classSizeLimits) limits[`${l.level}|${l.mode}`] = String(l.max);
  const lists: Record<string, string | null> = {};
  for (const list of settings.defaultPositionLists)
    lists[list.id] = settings.positionLists[list.id]?.join('\n') ?? null;
  return {
    limits,
    lists,
    r350: settings.uncertainDates.r350EffectiveFrom ?? '',
    c01: settings.uncertainDates.c01EffectiveFrom ?? '',
  };
}

export function SettingsPage() {
  const { current } = useCurrentOrganisation();
  const query = $api.useQuery('get', '/api/training/settings', { params: { query: { organisationId: current?.id } } });
  const data = query.data;
  const { error, isPending } = query;
  const [draft, setDraft] = useState<Draft | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [flash, setFlash] = useState<string | null>(null);
  const saveSettings = useMutation({
    mutationFn: (body: {
      organisationId: string | null;
      classSizeLimits: ClassSizeLimit[];
      positionLists: Record<string, string[]>;
      uncertainDates: { r350EffectiveFrom: string | null; c01EffectiveFrom: string | null };
    }) => client.PUT('/api/training/settings', { body: body as never }),
    onSuccess: async () => {
      setFlash('Đã lưu cấu hình. Các lớp cần “Kiểm tra lại” để áp dụng cấu hình mới.');
      // The class pages show "settings changed since evaluation".
      await invalidate('/api/training');
    },
  });
  const busy = saveSettings.isPending;

  useEffect(() => {
    if (data) setDraft(draftFrom(data));
  }, [data]);

  if (isPending) return <Loading />;
  if (!data || !draft) return <ErrorBanner error={error} onRetry={() => void query.refetch()} />;
  const disabled = !data.canEdit || busy;
  const networkLimit = (level: string, mode: string) =>
    data.network.classSizeLimits.find((l) => l.level === level && l.mode === mode)?.max ?? null;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const classSizeLimits = [];
    for (const [key, text] of Object.entries(draft.limits)) {
      if (!text.trim()) continue;
      const max = Number(text);
      if (!Number.isInteger(max) || max < 1 || max > 10000)
        return setFieldError('Sĩ số tối đa phải là số nguyên dương (để trống nếu không giới hạn).');
      const [level, mode] = key.split('|') as [string, string];
      classSizeLimits.push({ level, mode, max });
    }
    const positionLists: Record<string, string[]> = {};
    for (const [id, text] of Object.entries(draft.lists)) {
      if (text === null) continue;
      const entries = text
        .split('\n')
        .map((e) => e.trim())
        .filter(Boolean);
      if (entries.length === 0)
        return setFieldError('Danh sách chức vụ tùy chỉnh không được để trống (chọn “Dùng danh sách mặc định”).');
      positionLists[id] = entries;
    }
    setFieldError(null);
    const uncertainDates = { r350EffectiveFrom: draft.r350 || null, c01EffectiveFrom: draft.c01 || null };
    if (!busy)
      saveSettings.mutate({ organisationId: data.organisationId, classSizeLimits, positionLists, uncertainDates });
  };

  return (
    <>
      <p className="breadcrumb">
        <Link to="/dao-tao">Đào tạo</Link> › Cấu hình tuân thủ
      </p>
      <PageHeader
        title="Cấu hình tuân thủ"
        subtitle={
          <>
            {data.organisationName}
            {data.updatedAt ? (
              <>
                {' '}
                · sửa lần cuối {formatDateTime(data.updatedAt)}
                {data.updatedByName ? ` bởi ${data.updatedByName}` : ''}
              </>
            ) : null}
          </>
        }
      />
      <SuccessBanner message={flash} onClose={() => setFlash(null)} />
      <ErrorBanner error={saveSettings.error} />
      {!data.canEdit ? (
        <div className="banner banner--info" role="status">
          Bạn chỉ được xem cấu hình này
          {data.scope === 'network'
            ? ' (quản trị Học viện sửa cấu hình chung)'
            : ' (quản trị trường sửa cấu hình của trường)'}
          .
        </div>
      ) : null}
      <form noValidate aria-label="Cấu hình tuân thủ" onSubmit={save}>
        <section className="card" aria-labelledby="dates-title">
          <h2 id="dates-title">Ngày chưa xác minh</h2>
          <div className="banner banner--warning" role="note">
            {data.uncertainDates.notice}
          </div>
          <fieldset disabled={disabled} className="doc-grid">
            <DateField
              label="Quy định 350-QĐ/TW có hiệu lực từ (để trống: 29/8/2025, ngày ký)"
              optional
              value={draft.r350}
              onChange={(r350) => setDraft({ ...draft, r350 })}
            />
            <DateField
              label="C-01 (trường bộ, ngành dừng đào tạo trung cấp) áp dụng từ (để trống: không kiểm tra)"
              optional
              value={draft.c01}
              onChange={(c01) => setDraft({ ...draft, c01 })}
            />
          </fieldset>
        </section>
        <section className="card" aria-labelledby="size-title">
          <h2 id="size-title">Sĩ số tối đa (quy tắc C-04)</h2>
          <div className="banner banner--warning" role="note">
            {data.notice}
          </div>
          <p className="muted small">
            Để trống = không kiểm tra sĩ số cho bậc và hình thức đó.
            {data.scope === 'organisation'
              ? ' Giá trị của trường thay cho mặc định chung của Học viện.'
              : ' Đây là mặc định chung cho mọi trường; trường có thể đặt giá trị riêng.'}
          </p>
          <table className="table settings-grid">
            <thead>
              <tr>
                <th scope="col">Chương trình</th>
                {data.modes.map((m) => (
                  <th key={m.code} scope="col">
                    {m.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.levels.map((level) => (
                <tr key={level.code}>
                  <th scope="row">{level.label}</th>
                  {data.modes.map((mode) => {
                    const key = `${level.code}|${mode.code}`;
                    const fallback = data.scope === 'organisation' ? networkLimit(level.code, mode.code) : null;
                    return (
                      <td key={mode.code}>
                        <input
                          type="number"
                          min={1}
                          max={10000}
                          inputMode="numeric"
                          aria-label={`Sĩ số tối đa ${level.label} ${mode.label.toLowerCase()}`}
                          disabled={disabled}
                          value={draft.limits[key] ?? ''}
                          placeholder={fallback ? `Mặc định: ${fallback}` : 'Không giới hạn'}
                          onChange={(e) => setDraft({ ...draft, limits: { ...draft.limits, [key]: e.target.value } })}
                        />
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section className="card" aria-labelledby="positions-title">
          <h2 id="positions-title">Danh sách chức vụ thuộc đối tượng (quy tắc L-TC-06)</h2>
          <p className="muted small">
            Chức vụ của học viên là văn bản tự do: chỉ khớp khi trùng (không phân biệt hoa thường, dấu, khoảng trắng)
            với một dòng trong danh sách; không khớp chỉ là cảnh báo cần người xác nhận. Mỗi dòng một chức vụ.
          </p>
          {data.defaultPositionLists.map((list) => {
            const custom = draft.lists[list.id] ?? null;
            const inherited = data.scope === 'organisation' ? data.network.positionLists[list.id] : undefined;
            return (
              <fieldset key={list.id} className="position-list">
                <legend>{list.title}</legend>
                <p className="muted small">Căn cứ: {list.source}</p>
                <label className="field field--checkbox">
                  <input
                    type="checkbox"
                    disabled={disabled}
                    checked={custom === null}
                    onChange={(e) =>
                      setDraft({
                        ...draft,
                        lists: {
                          ...draft.lists,
                          [list.id]: e.target.checked ? null : (inherited ?? list.entries).join('\n'),
                        },
                      })
                    }
                  />
                  Dùng danh sách {inherited ? 'chung của Học viện' : 'mặc định'} ({(inherited ?? list.entries).length}{' '}
                  chức vụ)
                </label>
                {custom === null ? (
                  <details>
                    <summary>Xem danh sách đang dùng</summary>
                    <ul className="position-entries">
                      {(inherited ?? list.entries).map((e) => (
                        <li key={e}>{e}</li>
                      ))}
                    </ul>
                  </details>
                ) : null}
                {custom !== null ? (
                  <div className="field">
                    <label className="field__label" htmlFor={`pl-${list.id}`}>
                      Danh sách tùy chỉnh ({custom.split('\n').filter((e) => e.trim()).length} chức vụ)
                    </label>
                    <textarea
                      id={`pl-${list.id}`}
                      rows={10}
                      disabled={disabled}
                      value={custom}
                      onChange={(e) => setDraft({ ...draft, lists: { ...draft.lists, [list.id]: e.target.value } })}
                    />
                  </div>
                ) : null}
              </fieldset>
            );
          })}
        </section>
        {fieldError ? (
          <p className="field__error" role="alert">
            {fieldError}
          </p>
        ) : null}
        {data.canEdit ? (
          <div className="form-actions">
            <button type="submit" className="button button--primary" disabled={busy}>
              {busy ? 'Đang lưu…' : 'Lưu cấu hình'}
            </button>
          </div>
        ) : null}
      </form>
    </>
  );
}
