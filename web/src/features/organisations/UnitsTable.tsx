/**
 * The units of an organisation (leadership, offices, faculties, departments), in Vietnamese
 * order within each kind.
 */
import type { Unit } from '../../api/types.ts';
import { UNIT_KIND_LABELS, type UnitKind } from '../../api/types.ts';
import { Badge } from '../../components/Feedback.tsx';
import { Table } from '../../components/Table.tsx';
import { compareVietnamese } from '../../lib/format.ts';

const KIND_ORDER: UnitKind[] = ['leadership', 'office', 'faculty', 'department'];

function kindRank(kind: string): number {
  const rank = KIND_ORDER.indexOf(kind as UnitKind);
  return rank === -1 ? KIND_ORDER.length : rank;
}

export function unitKindLabel(kind: string): string {
  return UNIT_KIND_LABELS[kind as UnitKind] ?? kind;
}

export function UnitsTable({ units }: { units: readonly Unit[] }) {
  const sorted = [...units].sort((a, b) => kindRank(a.kind) - kindRank(b.kind) || compareVietnamese(a.name, b.name));
  return (
    <Table
      caption="Các đơn vị trực thuộc"
      rows={sorted}
      rowKey={(u) => u.id}
      emptyTitle="Chưa có đơn vị trực thuộc"
      emptyHint="Quản trị của trường có thể thêm phòng, khoa, bộ phận."
      columns={[
        {
          key: 'name',
          header: 'Tên đơn vị',
          cell: (u) => (
            <>
              {u.name}
              {u.uncertain ? (
                <>
                  {' '}
                  <Badge tone="warning" title="Tên hoặc sự tồn tại của đơn vị chưa được xác minh">
                    Chưa xác minh
                  </Badge>
                </>
              ) : null}
            </>
          ),
        },
        { key: 'kind', header: 'Loại', cell: (u) => u.kindLabel ?? unitKindLabel(u.kind) },
      ]}
    />
  );
}
