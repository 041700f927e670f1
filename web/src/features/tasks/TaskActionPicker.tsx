/**
 * One action at a time on a task: a row of buttons ("Chọn việc cần làm") picks which action card shows;
 * every card is an ActionCard that renders only when it is the chosen one.
 */
import { createContext, useContext, type ReactNode } from 'react';

export const ChosenAction = createContext<string>('');

export function ActionCard({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  if (useContext(ChosenAction) !== id) return null;
  return (
    <section className="card task-action" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

export function ActionPicker({
  actions,
  chosen,
  onPick,
}: {
  actions: { key: string; label: string }[];
  chosen: string;
  onPick: (key: string) => void;
}) {
  if (actions.length < 2) return null;
  return (
    <div className="task-action-picker" role="group" aria-label="Chọn việc cần làm">
      {actions.map(({ key, label }) => (
        <button
          key={key}
          type="button"
          className={`button button--small${key === chosen ? ' button--selected' : ''}`}
          aria-pressed={key === chosen}
          onClick={() => onPick(key)}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
