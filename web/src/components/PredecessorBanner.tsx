/**
 * While a merged school works in one of the schools it succeeded (PredecessorPicker), every page says so
 * with the predecessor's full name — the header's picker may cut it — and one click returns to the
 * school itself (issue 16, item 7).
 */
import { useCurrentOrganisation } from '../session/CurrentOrganisationContext.tsx';
import { useMe } from '../session/SessionContext.tsx';

export function PredecessorBanner() {
  const me = useMe();
  const { current, choose } = useCurrentOrganisation();
  if (me.isAcademy || !current || current.id === me.organisation.id) return null;
  return (
    <div className="banner banner--warning predecessor-banner" role="status" data-testid="predecessor-banner">
      <span>
        Đang làm việc với đơn vị tiền thân <strong>{current.name}</strong> (trước 01/07/2025): sổ, văn bản và hồ sơ trên
        các trang là của đơn vị này.
      </span>{' '}
      <button type="button" className="button button--small" onClick={() => choose(null)}>
        Về {me.organisation.name}
      </button>
    </div>
  );
}
