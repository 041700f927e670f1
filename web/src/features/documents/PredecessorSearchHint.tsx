/**
 * The empty search of a merged school says where older letters are: documents before 01/07/2025 stay in
 * the registers of the schools it succeeded, and one click searches there (issue 16, item 7).
 */
import { $api } from '../../api/client.ts';
import { useCurrentOrganisation } from '../../session/CurrentOrganisationContext.tsx';
import { useMe } from '../../session/SessionContext.tsx';

export function PredecessorSearchHint() {
  const me = useMe();
  const { current, choose } = useCurrentOrganisation();
  const { data } = $api.useQuery(
    'get',
    '/api/network/organisations/{id}',
    { params: { path: { id: me.organisation.id } } },
    { enabled: !me.isAcademy },
  );
  const predecessors = data?.predecessors ?? [];
  if (me.isAcademy || predecessors.length === 0) return null;
  if (current && current.id !== me.organisation.id)
    return (
      <p>
        Đang tìm trong đơn vị tiền thân <strong>{current.name}</strong>.{' '}
        <button type="button" className="link-button" onClick={() => choose(null)}>
          Tìm trong {me.organisation.name}
        </button>
      </p>
    );
  return (
    <p>
      Văn bản trước 01/07/2025 nằm trong sổ của đơn vị tiền thân:{' '}
      {predecessors.map((p) => (
        <button key={p.id} type="button" className="link-button" onClick={() => choose({ id: p.id, name: p.name })}>
          Tìm trong {p.name}
        </button>
      ))}
    </p>
  );
}
