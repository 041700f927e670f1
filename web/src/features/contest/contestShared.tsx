/** Shared pieces of the contest pages: labels, the edition picker and reading a file as base64. */
import { $api } from '../../api/client.ts';
import type { ApiResponse } from '../../api/types.ts';

export type Entry = ApiResponse<'/api/contest/editions/{id}/entries'>['items'][number];
export type EditionData = ApiResponse<'/api/contest/editions/{id}'>['data'];

export const ROUND_LABELS: Record<string, string> = {
  school: 'Vòng trường',
  preliminary: 'Sơ khảo (Học viện)',
  final: 'Chung khảo (Học viện)',
};

export const MARKING_LABELS: Record<string, string> = {
  needs_marks: 'Chờ đủ hai điểm',
  needs_third_judge: 'Chờ giám khảo thứ ba',
  complete: 'Đã chấm xong',
  marking_not_set: 'Học viện chưa đặt cách chấm',
};

export const percent = (x: number | null | undefined) =>
  x === null || x === undefined ? '—' : `${(x * 100).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} %`;

/** The edition chosen in the address (`?lan=`), or the newest published one. */
export function useEditionChoice(chosen: string | null) {
  const { data, error, isPending } = $api.useQuery('get', '/api/contest/editions');
  const items = data?.items ?? [];
  const current = items.find((e) => e.id === chosen) ?? items.find((e) => e.status === 'published') ?? items[0] ?? null;
  return { items, current, error, isPending };
}

export function EditionSelect({
  items,
  value,
  onChange,
}: {
  items: { id: string; year: number; title: string; status: string }[];
  value: string | undefined;
  onChange: (id: string) => void;
}) {
  return (
    <div className="field">
      <label htmlFor="contest-edition" className="field__label">
        Lần thi
      </label>
      <select id="contest-edition" value={value ?? ''} onChange={(e) => onChange(e.target.value)}>
        {items.map((e) => (
          <option key={e.id} value={e.id}>
            Năm {e.year}
            {e.status === 'draft' ? ' (bản nháp)' : ''}
          </option>
        ))}
      </select>
    </div>
  );
}

export function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(new Error('Không đọc được tệp.'));
    reader.readAsDataURL(file);
  });
}
