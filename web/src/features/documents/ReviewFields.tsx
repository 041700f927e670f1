/**
 * The fields of the review form. Each field the intake engine read with confidence below 0.8 is
 * highlighted with its score, so the clerk checks those against the page image first.
 */
import type { ReactNode } from 'react';
import { DateField } from '../../components/DateField.tsx';
import { FIELD_LABELS, LOW_CONFIDENCE } from './documentLabels.ts';
import { useDocumentCatalog } from './useDocumentCatalog.ts';
import type { DocumentDetail, Reference, RequirementItem } from './documentTypes.ts';

export type ReviewDraft = {
  family: string;
  issuerName: string;
  issuerParent: string;
  numberSymbol: string;
  typeCode: string;
  typeName: string;
  place: string;
  documentDate: string;
  subject: string;
  recipients: string;
  signerName: string;
  signerTitle: string;
  signerAuthority: string;
  urgency: string;
  confidentiality: string;
  dueDate: string;
  references: Reference[];
  requirements: RequirementItem[];
};

export function draftOf(doc: DocumentDetail): ReviewDraft {
  return {
    family: doc.family ?? '',
    issuerName: doc.issuerName ?? '',
    issuerParent: doc.issuerParent ?? '',
    numberSymbol: doc.numberSymbol ?? '',
    typeCode: doc.typeCode ?? '',
    typeName: doc.typeName ?? '',
    place: doc.place ?? '',
    documentDate: doc.documentDate ?? '',
    subject: doc.subject ?? '',
    recipients: doc.recipients.join('\n'),
    signerName: doc.signerName ?? '',
    signerTitle: doc.signerTitle ?? '',
    signerAuthority: doc.signerAuthority ?? '',
    urgency: doc.urgency ?? '',
    confidentiality: doc.confidentiality ?? '',
    dueDate: doc.dueDate ?? '',
    references: doc.references,
    requirements: doc.requirements.map((r) => ({ no: r.no, text: r.text, deadline: r.deadline })),
  };
}

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

/** The PATCH body for a draft. */
export function patchOf(d: ReviewDraft) {
  return {
    family: d.family === 'party' || d.family === 'state' ? d.family : null,
    issuerName: orNull(d.issuerName),
    issuerParent: orNull(d.issuerParent),
    numberSymbol: orNull(d.numberSymbol),
    typeCode: orNull(d.typeCode),
    typeName: orNull(d.typeName),
    place: orNull(d.place),
    documentDate: d.documentDate || null,
    subject: orNull(d.subject),
    recipients: d.recipients
      .split('\n')
      .map((r) => r.trim())
      .filter(Boolean),
    signerName: orNull(d.signerName),
    signerTitle: orNull(d.signerTitle),
    signerAuthority: orNull(d.signerAuthority),
    urgency: d.urgency || null,
    confidentiality: d.confidentiality || null,
    dueDate: d.dueDate || null,
    references: d.references
      .filter((r) => r.numberSymbol.trim())
      .map((r) => ({ numberSymbol: r.numberSymbol.trim(), date: r.date || null })),
    requirements: d.requirements
      .filter((r) => r.text.trim() || r.no !== null)
      .map((r) => ({ no: r.no, text: r.text.trim(), deadline: r.deadline || null })),
  };
}

type Props = { draft: ReviewDraft; confidence: Record<string, number> | null; onChange: (next: ReviewDraft) => void };

export function Checked({
  name,
  confidence,
  children,
}: {
  name: string;
  confidence: Record<string, number> | null;
  children: ReactNode;
}) {
  const score = confidence?.[name];
  const low = score !== undefined && score < LOW_CONFIDENCE;
  return (
    <div className={low ? 'review-field review-field--low' : 'review-field'}>
      {children}
      {low ? (
        <p className="review-field__flag">
          {score === 0
            ? 'Chưa đọc được — hãy nhập theo bản gốc'
            : `Độ tin cậy ${Math.round(score * 100)}% — hãy đối chiếu với bản gốc`}
        </p>
      ) : null}
    </div>
  );
}

export function ReviewFields({ draft, confidence, onChange }: Props) {
  const catalog = useDocumentCatalog();
  const documentTypesFor = catalog.typesFor;
  // Until the catalogue has arrived, the letter's own value stays selectable.
  const withCurrent = (options: string[], current: string) =>
    current && !options.includes(current) ? [...options, current] : options;
  const set = <K extends keyof ReviewDraft>(key: K, value: ReviewDraft[K]) => onChange({ ...draft, [key]: value });
  const text = (key: keyof ReviewDraft, opts: { long?: boolean } = {}) => (
    <Checked name={key} confidence={confidence}>
      <div className="field">
        <label className="field__label" htmlFor={`rv-${key}`}>
          {FIELD_LABELS[key] ?? key}
        </label>
        {opts.long ? (
          <textarea
            id={`rv-${key}`}
            rows={3}
            value={draft[key] as string}
            onChange={(e) => set(key, e.target.value as never)}
          />
        ) : (
          <input id={`rv-${key}`} value={draft[key] as string} onChange={(e) => set(key, e.target.value as never)} />
        )}
      </div>
    </Checked>
  );
  return (
    <div className="review-fields">
      <div className="doc-grid">
        <Checked name="family" confidence={confidence}>
          <div className="field">
            <label className="field__label" htmlFor="rv-family">
              Khối
            </label>
            <select id="rv-family" value={draft.family} onChange={(e) => set('family', e.target.value)}>
              <option value="">Chưa rõ</option>
              <option value="party">Văn bản của Đảng</option>
              <option value="state">Văn bản hành chính nhà nước</option>
            </select>
          </div>
        </Checked>
        {text('issuerName')}
        {text('issuerParent')}
        {text('numberSymbol')}
        <Checked name="typeCode" confidence={confidence}>
          <div className="field">
            <label className="field__label" htmlFor="rv-type">
              Loại văn bản
            </label>
            <select
              id="rv-type"
              value={draft.typeCode}
              onChange={(e) =>
                onChange({
                  ...draft,
                  typeCode: e.target.value,
                  typeName: documentTypesFor(draft.family).find(([c]) => c === e.target.value)?.[1] ?? draft.typeName,
                })
              }
            >
              <option value="">—</option>
              {documentTypesFor(draft.family).map(([code, name]) => (
                <option key={code} value={code}>
                  {name} ({code})
                </option>
              ))}
              {draft.typeCode && !documentTypesFor(draft.family).some(([c]) => c === draft.typeCode) ? (
                <option value={draft.typeCode}>{draft.typeName || draft.typeCode}</option>
              ) : null}
            </select>
          </div>
        </Checked>
        {text('place')}
        <Checked name="documentDate" confidence={confidence}>
          <DateField
            label="Ngày văn bản"
            value={draft.documentDate}
            optional
            onChange={(v) => set('documentDate', v)}
          />
        </Checked>
        <Checked name="urgency" confidence={confidence}>
          <div className="field">
            <label className="field__label" htmlFor="rv-urgency">
              Độ khẩn
            </label>
            <select id="rv-urgency" value={draft.urgency} onChange={(e) => set('urgency', e.target.value)}>
              <option value="">Thường</option>
              {withCurrent(catalog.urgency, draft.urgency).map((u) => (
                <option key={u} value={u}>
                  {u}
                </option>
              ))}
            </select>
          </div>
        </Checked>
        <Checked name="confidentiality" confidence={confidence}>
          <div className="field">
            <label className="field__label" htmlFor="rv-conf">
              Độ mật
            </label>
            <select id="rv-conf" value={draft.confidentiality} onChange={(e) => set('confidentiality', e.target.value)}>
              <option value="">Không mật</option>
              {withCurrent(catalog.confidentiality, draft.confidentiality).map((c) => (
                <option key={c} value={c}>
                  {c} (vào sổ mật)
                </option>
              ))}
            </select>
          </div>
        </Checked>
      </div>
      {text('subject', { long: true })}
      {text('recipients', { long: true })}
      <div className="doc-grid">
        {text('signerName')}
        {text('signerTitle')}
        {text('signerAuthority')}
        <DateField label="Hạn xử lý (nếu có)" value={draft.dueDate} optional onChange={(v) => set('dueDate', v)} />
      </div>
      <Checked name="references" confidence={confidence}>
        <fieldset className="review-list">
          <legend>Văn bản được viện dẫn (tạo liên kết khi vào sổ)</legend>
          {draft.references.map((r, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows without ids, edited in place and never reordered
            <div key={i} className="review-list__row">
              <div className="field">
                <label className="field__label" htmlFor={`ref-${i}`}>
                  Số, ký hiệu
                </label>
                <input
                  id={`ref-${i}`}
                  value={r.numberSymbol}
                  onChange={(e) =>
                    set(
                      'references',
                      draft.references.map((x, j) => (j === i ? { ...x, numberSymbol: e.target.value } : x)),
                    )
                  }
                />
              </div>
              <DateField
                label="Ngày"
                value={r.date ?? ''}
                optional
                onChange={(v) =>
                  set(
                    'references',
                    draft.references.map((x, j) => (j === i ? { ...x, date: v || null } : x)),
                  )
                }
              />
              <button
                type="button"
                className="link-button"
                onClick={() =>
                  set(
                    'references',
                    draft.references.filter((_, j) => j !== i),
                  )
                }
              >
                Bỏ
              </button>
            </div>
          ))}
          <button
            type="button"
            className="button button--small"
            onClick={() => set('references', [...draft.references, { numberSymbol: '', date: null }])}
          >
            Thêm văn bản viện dẫn
          </button>
        </fieldset>
      </Checked>
      <Checked name="requirements" confidence={confidence}>
        <fieldset className="review-list">
          <legend>Yêu cầu, nhiệm vụ (trở thành việc cần theo dõi khi vào sổ)</legend>
          {draft.requirements.map((r, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows without ids, edited in place and never reordered
            <div key={i} className="review-list__row review-list__row--requirement">
              <div className="field field--narrow">
                <label className="field__label" htmlFor={`req-no-${i}`}>
                  Mục
                </label>
                <input
                  id={`req-no-${i}`}
                  inputMode="numeric"
                  value={r.no ?? ''}
                  onChange={(e) =>
                    set(
                      'requirements',
                      draft.requirements.map((x, j) =>
                        j === i
                          ? {
                              ...x,
                              no:
                                e.target.value.trim() === '' ? null : Number(e.target.value.replace(/\D/g, '')) || null,
                            }
                          : x,
                      ),
                    )
                  }
                />
              </div>
              <div className="field field--grow">
                <label className="field__label" htmlFor={`req-text-${i}`}>
                  Nội dung
                </label>
                <textarea
                  id={`req-text-${i}`}
                  rows={2}
                  value={r.text}
                  onChange={(e) =>
                    set(
                      'requirements',
                      draft.requirements.map((x, j) => (j === i ? { ...x, text: e.target.value } : x)),
                    )
                  }
                />
              </div>
              <DateField
                label="Hạn"
                value={r.deadline ?? ''}
                optional
                onChange={(v) =>
                  set(
                    'requirements',
                    draft.requirements.map((x, j) => (j === i ? { ...x, deadline: v || null } : x)),
                  )
                }
              />
              <button
                type="button"
                className="link-button"
                onClick={() =>
                  set(
                    'requirements',
                    draft.requirements.filter((_, j) => j !== i),
                  )
                }
              >
                Bỏ
              </button>
            </div>
          ))}
          <button
            type="button"
            className="button button--small"
            onClick={() =>
              set('requirements', [
                ...draft.requirements,
                { no: draft.requirements.length + 1, text: '', deadline: null },
              ])
            }
          >
            Thêm yêu cầu
          </button>
        </fieldset>
      </Checked>
    </div>
  );
}
