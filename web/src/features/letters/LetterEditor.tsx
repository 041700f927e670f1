/**
 * The draft's content as the drafter edits it: subject, Kính gửi, body blocks (paragraphs, headings,
 * numbered and dash items one per line, tables with cells separated by "|"), Nơi nhận, the signer and the
 * marks. Saving makes a new version on the server; the layout is the renderer's job.
 */
import { useState } from 'react';
import { $api, client, errorMessage } from '../../api/client.ts';
import { invalidate } from '../../api/queryClient.ts';
import { FormField } from '../../components/FormField.tsx';
import { RecipientsField } from './RecipientsField.tsx';
import { type Letter, type LetterBlock, type LetterDetail, lines } from './letterTypes.ts';

function blockText(b: LetterBlock): string {
  if (b.kind === 'paragraph' || b.kind === 'heading') return b.text;
  if (b.kind === 'table') return [b.header, ...b.rows].map((r) => r.join(' | ')).join('\n');
  return b.items.join('\n');
}

function withText(b: LetterBlock, text: string): LetterBlock {
  if (b.kind === 'paragraph' || b.kind === 'heading') return { ...b, text };
  if (b.kind === 'table') {
    const [header = [''], ...rows] = lines(text).map((l) => l.split('|').map((c) => c.trim()));
    return { ...b, header, rows };
  }
  return { ...b, items: lines(text) };
}

const KIND_LABELS: Record<LetterBlock['kind'], string> = {
  paragraph: 'Đoạn văn',
  heading: 'Đề mục',
  numbered: 'Các mục đánh số (mỗi dòng một mục)',
  bullets: 'Các ý gạch đầu dòng (mỗi dòng một ý)',
  table: 'Bảng (dòng đầu là tiêu đề; các ô cách nhau bởi |)',
};

/** One body block: its own text while typing (lines may be empty mid-edit), parsed into the block on change. */
function BlockField({
  index,
  block,
  onChange,
  onRemove,
}: {
  index: number;
  block: LetterBlock;
  onChange: (b: LetterBlock) => void;
  onRemove: () => void;
}) {
  const [text, setText] = useState(() => blockText(block));
  return (
    <div className="letter-block">
      <FormField label={`${index + 1}. ${KIND_LABELS[block.kind]}`}>
        <textarea
          rows={block.kind === 'paragraph' ? 4 : 3}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            onChange(withText(block, e.target.value));
          }}
        />
      </FormField>
      <button type="button" className="button button--small button--ghost" onClick={onRemove}>
        Xóa khối này
      </button>
    </div>
  );
}

export function LetterEditor({ detail, onSaved }: { detail: LetterDetail; onSaved: (d: LetterDetail) => void }) {
  const [letter, setLetter] = useState<Letter>(detail.letter);
  const [note, setNote] = useState('');
  const [recipients, setRecipients] = useState(detail.networkRecipients);
  const catalog = $api.useQuery('get', '/api/letters/catalog').data;
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const set = (patch: Partial<Letter>) => setLetter((l) => ({ ...l, ...patch }));
  // a stable key per block, so each block keeps its own text while typing and after a removal
  const [keys, setKeys] = useState<number[]>(() => detail.letter.body.map((_, i) => i));
  const setBlock = (i: number, block: LetterBlock | null) => {
    if (!block) setKeys((k) => k.filter((_, j) => j !== i));
    setLetter((l) => ({
      ...l,
      body: block ? l.body.map((b, j) => (j === i ? block : b)) : l.body.filter((_, j) => j !== i),
    }));
  };
  const addBlock = (block: LetterBlock) => {
    setKeys((k) => [...k, Math.max(-1, ...k) + 1]);
    set({ body: [...letter.body, block] });
  };

  async function save() {
    setSaving(true);
    setError(null);
    try {
      const { data } = await client.PATCH('/api/letters/{id}', {
        params: { path: { id: detail.id } },
        body: {
          letter,
          networkRecipientIds: recipients.map((r) => r.id),
          ...(note.trim() ? { note: note.trim() } : {}),
        },
      });
      if (data) onSaved(data);
      setNote('');
      await invalidate('/api/letters');
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  }

  return (
    <section className="card" aria-labelledby="letter-edit">
      <h2 id="letter-edit">Nội dung dự thảo</h2>
      <div className="form-grid">
        <FormField label="Khối">
          <select value={letter.family} onChange={(e) => set({ family: e.target.value as Letter['family'] })}>
            <option value="party">Văn bản của Đảng</option>
            <option value="state">Văn bản hành chính (Nhà nước)</option>
          </select>
        </FormField>
        <FormField label="Loại văn bản">
          <select value={letter.typeCode} onChange={(e) => set({ typeCode: e.target.value })}>
            {(
              catalog?.types[letter.family] ?? [{ code: letter.typeCode, name: letter.typeCode, uncertain: false }]
            ).map((t) => (
              <option key={t.code} value={t.code}>
                {t.name}
                {t.uncertain ? ' (chưa xác minh)' : ''}
              </option>
            ))}
          </select>
        </FormField>
        <FormField label="Độ khẩn">
          <select
            value={letter.urgency ?? ''}
            onChange={(e) => set({ urgency: (e.target.value || null) as Letter['urgency'] })}
          >
            <option value="">Thường</option>
            {(catalog?.urgency ?? []).map((u) => (
              <option key={u} value={u}>
                {u}
              </option>
            ))}
          </select>
        </FormField>
        <FormField label="Độ mật">
          <select
            value={letter.confidentiality ?? ''}
            onChange={(e) => set({ confidentiality: (e.target.value || null) as Letter['confidentiality'] })}
          >
            <option value="">Không mật</option>
            {(catalog?.confidentiality ?? []).map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </FormField>
      </div>
      <FormField label="Trích yếu" required>
        <textarea rows={2} value={letter.subject} onChange={(e) => set({ subject: e.target.value })} />
      </FormField>
      <FormField label="Kính gửi (mỗi dòng một nơi)">
        <textarea
          rows={2}
          value={letter.addressees.join('\n')}
          onChange={(e) => set({ addressees: lines(e.target.value) })}
        />
      </FormField>
      {letter.body.map((b, i) => (
        <BlockField
          key={keys[i]}
          index={i}
          block={b}
          onChange={(block) => setBlock(i, block)}
          onRemove={() => setBlock(i, null)}
        />
      ))}
      <p>
        <button
          type="button"
          className="button button--small"
          onClick={() => addBlock({ kind: 'paragraph', text: '' })}
        >
          Thêm đoạn văn
        </button>{' '}
        <button
          type="button"
          className="button button--small"
          onClick={() => addBlock({ kind: 'numbered', items: ['…'] })}
        >
          Thêm các mục đánh số
        </button>{' '}
        <button
          type="button"
          className="button button--small"
          onClick={() => addBlock({ kind: 'table', header: ['Nội dung', 'Số lượng'], rows: [] })}
        >
          Thêm bảng
        </button>
      </p>
      <FormField label="Nơi nhận (mỗi dòng một nơi)">
        <textarea
          rows={3}
          value={letter.recipients.join('\n')}
          onChange={(e) => set({ recipients: lines(e.target.value) })}
        />
      </FormField>
      <div className="form-grid">
        <FormField label="Thẩm quyền ký (TM., KT., T/M, K/T…)">
          <input
            value={letter.signer.authority ?? ''}
            onChange={(e) => set({ signer: { ...letter.signer, authority: e.target.value.trim() || null } })}
          />
        </FormField>
        <FormField label="Thay mặt / chức vụ người đứng đầu">
          <input
            value={letter.signer.onBehalfOf ?? ''}
            onChange={(e) => set({ signer: { ...letter.signer, onBehalfOf: e.target.value.trim() || null } })}
          />
        </FormField>
        <FormField label="Chức vụ người ký">
          <input
            value={letter.signer.title ?? ''}
            onChange={(e) => set({ signer: { ...letter.signer, title: e.target.value.trim() || null } })}
          />
        </FormField>
        <FormField label="Họ tên người ký" required>
          <input
            value={letter.signer.name}
            onChange={(e) => set({ signer: { ...letter.signer, name: e.target.value } })}
          />
        </FormField>
      </div>
      <RecipientsField value={recipients} onChange={setRecipients} />
      <FormField label="Ghi chú phiên bản (ví dụ: đã sửa theo góp ý)">
        <input value={note} onChange={(e) => setNote(e.target.value)} />
      </FormField>
      {error ? (
        <p className="banner banner--error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="button" className="button button--primary" disabled={saving} onClick={() => void save()}>
        {saving ? 'Đang lưu…' : 'Lưu phiên bản mới'}
      </button>
    </section>
  );
}
