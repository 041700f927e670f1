/**
 * A date typed as dd/mm/yyyy whatever the browser's language (a native date input would show
 * mm/dd/yyyy on an English browser, and 01/06 would be read as January). The value given to and
 * received from the parent is ISO (YYYY-MM-DD) or '' for empty; it is committed on blur or Enter.
 * Digits alone are accepted ("30042026"), and the calendar button opens a native date picker beside it.
 * `warning` is shown under the field without blocking (a deadline in the past, on a weekend…).
 */
import { useEffect, useId, useState } from 'react';
import { formatDate, parseVietnameseDate } from '../lib/format.ts';

type DateFieldProps = {
  label: string;
  value: string;
  onChange: (isoDate: string) => void;
  /** Allow clearing the field (onChange('')). */
  optional?: boolean;
  hint?: string;
  warning?: string | null;
};

export function DateField({
  label,
  value,
  onChange,
  optional = false,
  hint = 'dd/mm/yyyy',
  warning = null,
}: DateFieldProps) {
  const id = useId();
  const [calendar, setCalendar] = useState(false);
  const [text, setText] = useState(formatDate(value));
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    setText(formatDate(value));
    setError(null);
  }, [value]);

  const commit = () => {
    const trimmed = text.trim();
    if (!trimmed) {
      if (optional) {
        setError(null);
        if (value !== '') onChange('');
      } else {
        setText(formatDate(value));
      }
      return;
    }
    const iso = parseVietnameseDate(trimmed);
    if (!iso) {
      setError('Ngày không hợp lệ, nhập theo dạng dd/mm/yyyy. Có thể gõ liền 8 chữ số, ví dụ 30042026.');
      return;
    }
    setError(null);
    setText(formatDate(iso));
    if (iso !== value) onChange(iso);
  };

  return (
    <div className={`field field--date${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <div className="field--date__row">
        <input
          id={id}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          placeholder="dd/mm/yyyy"
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}${warning ? ` ${id}-warning` : ''}`}
          onChange={(event) => setText(event.target.value)}
          onBlur={commit}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              commit();
            }
          }}
        />
        <button
          type="button"
          className="button button--small field--date__calendar"
          title="Chọn ngày trên lịch"
          aria-expanded={calendar}
          onClick={() => setCalendar(!calendar)}
        >
          Lịch
        </button>
      </div>
      {calendar ? (
        <input
          type="date"
          className="field--date__picker"
          aria-label="Chọn ngày trên lịch"
          value={value}
          onChange={(event) => {
            setCalendar(false);
            setError(null);
            if (event.target.value || optional) onChange(event.target.value);
          }}
        />
      ) : null}
      <span id={`${id}-hint`} className="visually-hidden">
        {hint}
      </span>
      {error ? (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      ) : null}
      {warning && !error ? (
        <p id={`${id}-warning`} className="field__warning" role="status">
          {warning}
        </p>
      ) : null}
    </div>
  );
}
