/**
 * A comma-separated list of links to organisations in the network (predecessors, successors).
 */
import type { OrganisationLink } from '../../api/types.ts';
import { Link } from 'react-router';

export function OrganisationLinks({ items, empty = '—' }: { items: readonly OrganisationLink[]; empty?: string }) {
  if (items.length === 0) return <span className="muted">{empty}</span>;
  return (
    <ul className="inline-list">
      {items.map((item) => (
        <li key={item.id}>
          <Link to={`/mang-luoi/${encodeURIComponent(item.id)}`}>{item.name}</Link>
        </li>
      ))}
    </ul>
  );
}
