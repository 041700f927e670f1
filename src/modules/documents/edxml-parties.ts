/** Who sends and receives an exported edXML message, with their mã định danh (issue 11.6). */
import { checkOrganId, type EdxmlOrganInput } from '../../edxml/index.ts';
import { AppError } from '../../lib/app-error.ts';

export type ExchangeCodes = { fromCode?: string | undefined; toCodes?: string[] | undefined };

/**
 * Sender and recipients with their mã định danh (issue 11.6). Our own code comes from the numbering
 * settings, a sender's from the edXML it arrived in; whatever is still missing must be given with the
 * request (fromCode, toCodes in recipient order) — the export asks for it instead of writing a made-up code.
 */
export function exchangeParties(
  doc: { direction: string; organisation_name: string; issuer_name: string | null; issuer_parent: string | null },
  ownCode: string | null,
  received: EdxmlOrganInput | undefined,
  recipients: string[],
  codes: ExchangeCodes,
  /** Codes network organisations entered in their settings, by exact name. */
  known: Map<string, string> = new Map(),
): { from: EdxmlOrganInput; to: EdxmlOrganInput[] } {
  for (const code of [codes.fromCode, ...(codes.toCodes ?? [])]) {
    const checked = code ? checkOrganId(code) : null;
    if (checked && 'error' in checked) throw new AppError('BAD_REQUEST', checked.error);
  }
  const missing: { role: 'from' | 'to'; index: number; name: string }[] = [];
  const need = (code: string | null | undefined, role: 'from' | 'to', index: number, name: string) => {
    if (!code) missing.push({ role, index, name });
    return code ?? '';
  };
  const ownName = doc.organisation_name;
  let from: EdxmlOrganInput;
  let to: EdxmlOrganInput[];
  if (doc.direction === 'outgoing') {
    from = { organId: need(ownCode ?? codes.fromCode, 'from', 0, ownName), organName: ownName };
    to = (recipients.length ? recipients : ['']).map((name, i) => ({
      organId: need(codes.toCodes?.[i] || known.get(name), 'to', i, name || 'Nơi nhận'),
      organName: name || null,
    }));
  } else {
    const issuer = doc.issuer_name ?? 'Cơ quan ban hành';
    from = received?.organId
      ? received
      : {
          organId: need(codes.fromCode, 'from', 0, issuer),
          organName: doc.issuer_name,
          organizationInCharge: doc.issuer_parent,
        };
    to = [{ organId: need(ownCode ?? codes.toCodes?.[0], 'to', 0, ownName), organName: ownName }];
  }
  if (missing.length)
    throw new AppError(
      'BAD_REQUEST',
      `Chưa có mã định danh điện tử của: ${missing.map((m) => m.name).join('; ')}. Nhập mã định danh để xuất edXML${ownCode ? '' : ' (mã của đơn vị mình lưu tại Sổ đăng ký → Thiết lập đánh số)'}.`,
      { missingOrganIds: missing },
    );
  return { from, to };
}
