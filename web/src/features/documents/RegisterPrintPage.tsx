/**
 * Sổ đăng ký: print the incoming register for a date range (XLSX or DOCX, NĐ 30/2020 Phụ lục IV) to be
 * signed, and the organisation's numbering settings for outgoing documents.
 */
import { useEffect, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { $api, client, queryString, unwrap } from '../../api/client.ts';
import { invalidate } from '../../api/queryClient.ts';
import { DateField } from '../../components/DateField.tsx';
import { ErrorBanner, PageHeader, SuccessBanner } from '../../components/Feedback.tsx';
import { todayInVietnam } from '../../lib/format.ts';
import { Link } from 'react-router';
import { useCurrentOrganisation } from '../../session/CurrentOrganisationContext.tsx';
import { useMe } from '../../session/SessionContext.tsx';
import type { NumberingSettings } from './documentTypes.ts';
import './documents.css';

const SETTINGS_ROLES = ['school_admin', 'academy_admin', 'clerk'];

function SettingsForm({ organisationId }: { organisationId: string }) {
  const me = useMe();
  const { data, error, refetch } = $api.useQuery('get', '/api/registers/settings', {
    params: { query: { organisationId } },
  });
  const [form, setForm] = useState<NumberingSettings | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  useEffect(() => setForm(data ?? null), [data]);
  const save = useMutation({
    mutationFn: (values: NumberingSettings) =>
      unwrap(
        client.PUT('/api/registers/settings', {
          body: {
            organisationId,
            symbolAbbr: values.symbolAbbr.trim() || null,
            defaultUnit: values.defaultUnit.trim() || null,
            partyTermAnchor: values.partyTermAnchor || null,
            partyCongressDate: values.partyCongressDate || null,
            edxmlOrganId: values.edxmlOrganId?.trim() || null,
          },
        }),
      ),
    onSuccess: async (next) => {
      setForm(next);
      setSaved('Đã lưu thiết lập đánh số.');
      await invalidate('/api/registers/settings');
    },
  });
  const canEdit = SETTINGS_ROLES.includes(me.role) && (organisationId === me.organisation.id || !me.isAcademy);
  if (!form) return <ErrorBanner error={error} onRetry={() => void refetch()} />;
  const note = (key: string) => (form.defaults.includes(key) ? <span className="muted small"> (mặc định)</span> : null);
  return (
    <section className="card" aria-labelledby="settings-title">
      <h2 id="settings-title">Thiết lập đánh số văn bản đi</h2>
      <p className="muted small">
        Văn bản của Đảng: số theo từng loại, liên tục trong nhiệm kỳ (hiện tại: {form.currentPartyTerm}). Văn bản hành
        chính: số liên tục trong năm dương lịch, văn bản mật có dãy số riêng.
      </p>
      <p className="small" data-testid="party-rules">
        Quy định áp dụng cho văn bản của Đảng ghi ngày hôm nay: {form.partyRules.label}
        {form.partyRules.verified ? null : <span className="badge badge--warning"> Chưa xác minh</span>}.{' '}
        <span className="muted">{form.partyRules.note}</span> Văn bản ghi ngày trước đó theo quy định có hiệu lực vào
        ngày của văn bản.
      </p>
      <p className={form.defaults.includes('partyTermAnchor') ? 'field__error' : 'small'} data-testid="party-term-note">
        {form.partyTermNote}
      </p>
      <SuccessBanner message={saved} onClose={() => setSaved(null)} />
      <div className="doc-grid">
        <div className="field">
          <label className="field__label" htmlFor="st-abbr">
            Chữ viết tắt tên đơn vị{note('symbolAbbr')}
          </label>
          <input
            id="st-abbr"
            disabled={!canEdit}
            value={form.symbolAbbr}
            onChange={(e) => setForm({ ...form, symbolAbbr: e.target.value })}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="st-unit">
            Đơn vị soạn thảo mặc định (công văn){note('defaultUnit')}
          </label>
          <input
            id="st-unit"
            disabled={!canEdit}
            value={form.defaultUnit}
            onChange={(e) => setForm({ ...form, defaultUnit: e.target.value })}
          />
        </div>
        <div>
          {canEdit ? (
            <DateField
              label="Ngày bắt đầu nhiệm kỳ hiện tại (nhiệm kỳ 5 năm)"
              value={form.partyTermAnchor}
              onChange={(v) => setForm({ ...form, partyTermAnchor: v })}
            />
          ) : (
            <p>Nhiệm kỳ bắt đầu: {form.partyTermAnchor}</p>
          )}
          {note('partyTermAnchor')}
        </div>
        <div>
          {canEdit ? (
            <DateField
              label="Ngày Đại hội đảng bộ mở đầu nhiệm kỳ"
              value={form.partyCongressDate ?? ''}
              onChange={(v) => setForm({ ...form, partyCongressDate: v || null })}
            />
          ) : (
            <p>Ngày Đại hội: {form.partyCongressDate ?? 'chưa nhập'}</p>
          )}
        </div>
        <div className="field">
          <label className="field__label" htmlFor="st-organ">
            Mã định danh điện tử (edXML)
            {form.edxmlOrganId ? null : <span className="badge badge--warning"> Chưa nhập</span>}
          </label>
          <input
            id="st-organ"
            disabled={!canEdit}
            value={form.edxmlOrganId ?? ''}
            placeholder="Ví dụ 000.00.00.G22"
            aria-describedby="st-organ-hint"
            onChange={(e) => setForm({ ...form, edxmlOrganId: e.target.value.toUpperCase() || null })}
          />
          <p id="st-organ-hint" className="field__hint">
            Dạng L4.L3.L2.L1 (QCVN 102:2016) hoặc tối đa 35 ký tự chữ in hoa, số và dấu chấm (QĐ 20/2020/QĐ-TTg). Khi
            chưa nhập, xuất edXML sẽ hỏi mã; hệ thống không tự đặt mã.
          </p>
        </div>
      </div>
      <ErrorBanner error={save.error} />
      {canEdit ? (
        <button
          type="button"
          className="button button--primary"
          disabled={save.isPending}
          onClick={() => save.mutate(form)}
        >
          Lưu thiết lập
        </button>
      ) : null}
    </section>
  );
}

export function RegisterPrintPage() {
  const me = useMe();
  const { current } = useCurrentOrganisation();
  const organisationId = current?.id ?? me.organisation.id;
  const today = todayInVietnam();
  const [from, setFrom] = useState(`${today.slice(0, 4)}-01-01`);
  const [to, setTo] = useState(today);
  const [confidential, setConfidential] = useState(false);
  const link = (format: 'xlsx' | 'docx') =>
    `/api/registers/incoming/print${queryString({ organisationId, from, to, format, confidential: confidential || undefined })}`;
  const invalid = !from || !to || from > to;
  return (
    <>
      <PageHeader
        title="Sổ đăng ký văn bản"
        subtitle={
          <>
            In sổ đăng ký văn bản đến để ký xác nhận (Nghị định 30/2020/NĐ-CP, Phụ lục IV) —{' '}
            {current?.name ?? me.organisation.name}
          </>
        }
      />
      <section className="card" aria-labelledby="print-title">
        <h2 id="print-title">In sổ văn bản đến</h2>
        <div className="inline-form">
          <DateField label="Từ ngày" value={from} onChange={setFrom} />
          <DateField label="Đến ngày" value={to} onChange={setTo} />
          {['leader', 'clerk', 'school_admin', 'academy_admin'].includes(me.role) ? (
            <div className="field field--checkbox">
              <input
                id="pr-conf"
                type="checkbox"
                checked={confidential}
                onChange={(e) => setConfidential(e.target.checked)}
              />
              <label htmlFor="pr-conf">Sổ văn bản đến mật</label>
            </div>
          ) : null}
        </div>
        {invalid ? <p className="field__error">Ngày bắt đầu phải trước hoặc bằng ngày kết thúc.</p> : null}
        <div className="form-actions">
          <a
            className={`button button--primary${invalid ? ' is-disabled' : ''}`}
            aria-disabled={invalid}
            href={invalid ? undefined : link('xlsx')}
          >
            Tải sổ (Excel .xlsx)
          </a>
          <a
            className={`button${invalid ? ' is-disabled' : ''}`}
            aria-disabled={invalid}
            href={invalid ? undefined : link('docx')}
          >
            Tải sổ (Word .docx)
          </a>
          <Link
            className={`button${invalid ? ' is-disabled' : ''}`}
            aria-disabled={invalid}
            to={`/so-dang-ky/ban-in${queryString({ donVi: organisationId, tu: from, den: to, mat: confidential ? '1' : undefined })}`}
          >
            Xem bản in, tải PDF
          </Link>
        </div>
      </section>
      <SettingsForm organisationId={organisationId} />
    </>
  );
}
