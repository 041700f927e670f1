/**
 * "Xuất edXML": the export asks for every mã định danh it does not know (our own while the settings
 * lack it, a sender's that did not come in an edXML message, each recipient's) instead of writing a
 * made-up code (issue 11.6). The server answers 400 with details.missingOrganIds; this form collects
 * them and downloads with fromCode/toCodes.
 */
import { useState } from 'react';

type Missing = { role: 'from' | 'to'; index: number; name: string };
const CODE = /^(?:[0-9A-Z]+\.){0,6}[0-9A-Z]+$/;

export function ExportEdxmlButton({ documentId }: { documentId: string }) {
  const [missing, setMissing] = useState<Missing[] | null>(null);
  const [codes, setCodes] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const key = (m: Missing) => `${m.role}:${m.index}`;

  async function tryExport() {
    const from = missing?.find((m) => m.role === 'from');
    const to = missing?.filter((m) => m.role === 'to') ?? [];
    const params = new URLSearchParams();
    if (from && codes[key(from)]) params.set('fromCode', codes[key(from)]!);
    if (to.length) {
      const count = Math.max(...to.map((m) => m.index)) + 1;
      params.set('toCodes', Array.from({ length: count }, (_, i) => codes[`to:${i}`] ?? '').join(','));
    }
    const url = `/api/documents/${encodeURIComponent(documentId)}/export-edxml${params.size ? `?${params}` : ''}`;
    setBusy(true);
    try {
      const res = await fetch(url, { credentials: 'same-origin' });
      if (res.ok) {
        const blob = await res.blob();
        const name = /filename\*?=(?:UTF-8'')?"?([^";]+)/.exec(res.headers.get('content-disposition') ?? '')?.[1];
        const link = document.createElement('a');
        link.href = URL.createObjectURL(blob);
        link.download = name ? decodeURIComponent(name) : 'van-ban.edxml';
        link.click();
        URL.revokeObjectURL(link.href);
        setMissing(null);
        setMessage(null);
        return;
      }
      const body = (await res.json().catch(() => null)) as {
        error?: { message?: string; details?: { missingOrganIds?: Missing[] } };
      } | null;
      setMessage(body?.error?.message ?? 'Không xuất được edXML.');
      if (body?.error?.details?.missingOrganIds) setMissing(body.error.details.missingOrganIds);
    } finally {
      setBusy(false);
    }
  }

  const invalid = missing?.some((m) => !CODE.test(codes[key(m)] ?? '')) ?? false;
  return (
    <>
      <button type="button" className="button button--ghost" disabled={busy} onClick={() => void tryExport()}>
        Xuất edXML
      </button>
      {message || missing ? (
        <div className="card edxml-codes" role="dialog" aria-label="Mã định danh để xuất edXML">
          {message ? (
            <p className="field__error" role="alert">
              {message}
            </p>
          ) : null}
          {missing?.map((m) => (
            <div className="field" key={key(m)}>
              <label className="field__label" htmlFor={`edxml-${key(m)}`}>
                Mã định danh của {m.name} ({m.role === 'from' ? 'bên gửi' : 'bên nhận'})
              </label>
              <input
                id={`edxml-${key(m)}`}
                value={codes[key(m)] ?? ''}
                placeholder="000.00.00.G22"
                onChange={(e) => setCodes({ ...codes, [key(m)]: e.target.value.trim().toUpperCase() })}
              />
            </div>
          ))}
          {missing ? (
            <button
              type="button"
              className="button button--primary"
              disabled={busy || invalid}
              onClick={() => void tryExport()}
            >
              Xuất với các mã đã nhập
            </button>
          ) : null}
        </div>
      ) : null}
    </>
  );
}
