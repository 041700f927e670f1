/**
 * The "current school" that pages such as Cán bộ and Nhật ký hệ thống work in. An Academy user chooses
 * one with the organisation picker in the header, or none (the whole network). A school user works in
 * their own organisation, or — for a school formed by the 2025 merger — in one of the schools it
 * succeeded, whose registers and records stay under their old names (PredecessorPicker). The choice
 * survives reloads in sessionStorage; the server checks every request against the user's scope.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useMe } from './SessionContext.tsx';

export type CurrentOrganisation = { id: string; name: string };

type CurrentOrganisationValue = {
  /** null = the whole network (Academy users only). */
  current: CurrentOrganisation | null;
  canChoose: boolean;
  choose: (organisation: CurrentOrganisation | null) => void;
};

const STORAGE_KEY = 'tct.currentOrganisation';

function readStored(): CurrentOrganisation | null {
  try {
    const raw = window.sessionStorage.getItem(STORAGE_KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<CurrentOrganisation>;
    return typeof parsed.id === 'string' && typeof parsed.name === 'string'
      ? { id: parsed.id, name: parsed.name }
      : null;
  } catch {
    return null;
  }
}

const CurrentOrganisationContext = createContext<CurrentOrganisationValue | null>(null);

export function CurrentOrganisationProvider({ children }: { children: ReactNode }) {
  const me = useMe();
  const [chosen, setChosen] = useState<CurrentOrganisation | null>(() => readStored());

  const choose = useCallback((organisation: CurrentOrganisation | null) => {
    setChosen(organisation);
    try {
      if (organisation) window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(organisation));
      else window.sessionStorage.removeItem(STORAGE_KEY);
    } catch {
      // Storage may be unavailable (private mode); the choice then lasts until reload.
    }
  }, []);

  const value = useMemo<CurrentOrganisationValue>(
    () =>
      me.isAcademy
        ? { current: chosen, canChoose: true, choose }
        : { current: chosen ?? { id: me.organisation.id, name: me.organisation.name }, canChoose: false, choose },
    [me, chosen, choose],
  );
  return <CurrentOrganisationContext.Provider value={value}>{children}</CurrentOrganisationContext.Provider>;
}

export function useCurrentOrganisation(): CurrentOrganisationValue {
  const value = useContext(CurrentOrganisationContext);
  if (!value) throw new Error('useCurrentOrganisation must be used inside <CurrentOrganisationProvider>');
  return value;
}
