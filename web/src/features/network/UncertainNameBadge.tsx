import { Badge } from '../../components/Feedback.tsx';
import { UNCERTAIN_NAME_HINT } from './networkLabels.ts';

/** " Chưa xác minh" after an organisation name that no official source confirmed; nothing otherwise. */
export function UncertainNameBadge({ uncertain }: { uncertain: boolean }) {
  if (!uncertain) return null;
  return (
    <>
      {' '}
      <Badge tone="warning" title={UNCERTAIN_NAME_HINT}>
        Chưa xác minh
      </Badge>
    </>
  );
}
