/**
 * The requirement rows of a directive: number, text, deadline and how schools answer (a plain status,
 * or the staged answer of the standard-school project). Rows can be added and removed.
 */
import type { AnswerTypeCode } from '../../api/types.ts';
import { DateField } from '../../components/DateField.tsx';
import { FormField } from '../../components/FormField.tsx';
import type { AudienceCode } from '../../api/types.ts';
import { ANSWER_TYPE_LABELS, AUDIENCE_LABELS } from './directiveLabels.ts';
import { newRequirement, nextRequirementNo, type RequirementDraft, type RequirementErrors } from './directiveDraft.ts';

type RequirementsEditorProps = {
  rows: RequirementDraft[];
  errors: Record<string, RequirementErrors> | undefined;
  listError: string | undefined;
  onChange: (rows: RequirementDraft[]) => void;
};

const ANSWER_TYPES = Object.keys(ANSWER_TYPE_LABELS) as AnswerTypeCode[];

export function RequirementsEditor({ rows, errors, listError, onChange }: RequirementsEditorProps) {
  const update = (key: string, change: Partial<RequirementDraft>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...change } : row)));

  return (
    <fieldset className="directive-fieldset">
      <legend>Các yêu cầu đối với trường</legend>
      <p className="field__hint">
        Mỗi yêu cầu trở thành một nhiệm vụ của từng trường nhận. Để trống số thứ tự với yêu cầu không đánh số (ví dụ
        “báo cáo định kỳ”).
      </p>
      {listError ? (
        <p className="field__error" role="alert">
          {listError}
        </p>
      ) : null}
      <ol className="requirement-rows">
        {rows.map((row, index) => {
          const rowErrors = errors?.[row.key];
          return (
            <li
              key={row.key}
              className="requirement-row"
              aria-label={`Yêu cầu dòng ${index + 1}`}
              data-testid="requirement-row"
            >
              <div className="requirement-row__head">
                <FormField label="Số thứ tự" error={rowErrors?.no}>
                  <input
                    type="number"
                    min={1}
                    max={999}
                    inputMode="numeric"
                    className="input--narrow"
                    value={row.no}
                    onChange={(e) => update(row.key, { no: e.target.value })}
                  />
                </FormField>
                <DateField
                  label="Hạn hoàn thành"
                  optional
                  value={row.deadline}
                  onChange={(deadline) => update(row.key, { deadline })}
                />
                <FormField label="Cách trường báo cáo">
                  <select
                    value={row.answerType}
                    onChange={(e) => update(row.key, { answerType: e.target.value as AnswerTypeCode })}
                  >
                    {ANSWER_TYPES.map((code) => (
                      <option key={code} value={code}>
                        {ANSWER_TYPE_LABELS[code]}
                      </option>
                    ))}
                  </select>
                </FormField>
                <FormField label="Gửi đến">
                  <select
                    value={row.audience}
                    onChange={(e) => update(row.key, { audience: e.target.value as AudienceCode })}
                  >
                    {(Object.keys(AUDIENCE_LABELS) as AudienceCode[])
                      .filter((code) => code !== 'list' || row.audience === 'list')
                      .map((code) => (
                        <option key={code} value={code}>
                          {AUDIENCE_LABELS[code]}
                        </option>
                      ))}
                  </select>
                </FormField>
                <button
                  type="button"
                  className="button button--ghost button--small requirement-row__remove"
                  aria-label={`Xóa yêu cầu dòng ${index + 1}`}
                  disabled={rows.length === 1}
                  onClick={() => onChange(rows.filter((r) => r.key !== row.key))}
                >
                  Xóa
                </button>
              </div>
              <FormField label="Nội dung yêu cầu" error={rowErrors?.text} required>
                <textarea rows={3} value={row.text} onChange={(e) => update(row.key, { text: e.target.value })} />
              </FormField>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className="button"
        onClick={() => onChange([...rows, newRequirement(nextRequirementNo(rows))])}
        disabled={rows.length >= 50}
      >
        + Thêm yêu cầu
      </button>
    </fieldset>
  );
}
