/**
 * A dossier's state is a fold over its dated records: no stored status can disagree with the records, and
 * the state on any past date is the fold of the records up to that date.
 */
import type { IsoDate, StandardLevel } from '../common.ts';
import type { StepKind, StepRecord, StepRecordOf } from './steps.ts';
import { type Stage, type Transition, TRANSITIONS } from './transitions.ts';

export type DossierState = {
  stage: Stage;
  /** The level the school holds through its own recognition; null when none (a merged school starts at null). */
  level: StandardLevel | null;
  project: StepRecordOf<'project_approved'> | null;
  steeringCommittee: StepRecordOf<'steering_committee'> | null;
  registration: StepRecordOf<'registration'> | null;
  selfAssessments: StepRecordOf<'self_assessment'>[];
  lastSurvey: StepRecordOf<'survey_visit'> | null;
  lastCouncil: StepRecordOf<'appraisal_council'> | null;
  recognition: StepRecordOf<'recognition'> | null;
  /** Every recognition in order (mức 1 then mức 2). */
  recognitions: StepRecordOf<'recognition'>[];
  certificate: StepRecordOf<'certificate_handover'> | null;
  merger: StepRecordOf<'merger'> | null;
  lastRecord: StepRecord | null;
};

export const INITIAL_STATE: DossierState = {
  stage: 'none',
  level: null,
  project: null,
  steeringCommittee: null,
  registration: null,
  selfAssessments: [],
  lastSurvey: null,
  lastCouncil: null,
  recognition: null,
  recognitions: [],
  certificate: null,
  merger: null,
  lastRecord: null,
};

/** Records in the order they happened; same-day records keep their given order. */
export function chronological(records: readonly StepRecord[]): StepRecord[] {
  return records
    .map((r, i) => ({ r, i }))
    .sort((a, b) => (a.r.date < b.r.date ? -1 : a.r.date > b.r.date ? 1 : a.i - b.i))
    .map(({ r }) => r);
}

/**
 * The transition a record takes from a stage. `lenient` (used when folding stored records) accepts a
 * record from any stage, taking the step's own transition: historical dossiers often miss intermediate
 * records (a recognition whose council date is unknown), and the record itself shows the stage was reached.
 */
export function transitionOf(stage: Stage, record: StepRecord, lenient = false): Transition | null {
  const application = record.kind === 'self_assessment' && record.data.purpose === 'application';
  const matches = (t: Transition) =>
    t.step === record.kind && (application || !t.requires?.includes('application_round'));
  const ordered = (list: Transition[]) =>
    application
      ? [...list].sort(
          (a, b) =>
            Number(!!b.requires?.includes('application_round')) - Number(!!a.requires?.includes('application_round')),
        )
      : list;
  const candidates = ordered(TRANSITIONS.filter(matches));
  return candidates.find((t) => t.from.includes(stage)) ?? (lenient ? (candidates[0] ?? null) : null);
}

export function stageAfter(stage: Stage, record: StepRecord, transition: Transition): Stage {
  if (transition.to === null) return stage;
  if (typeof transition.to === 'string') return transition.to;
  const value = (record.data as Record<string, unknown>)[transition.to.field];
  return transition.to.cases[String(value)] ?? stage;
}

/** Applies one record; ./check.ts decides beforehand whether a new record is allowed. */
export function applyRecord(state: DossierState, record: StepRecord): DossierState {
  const transition = transitionOf(state.stage, record, true);
  const next: DossierState = {
    ...state,
    stage: transition ? stageAfter(state.stage, record, transition) : state.stage,
    lastRecord: record,
  };
  const on: { [K in StepKind]?: (r: StepRecordOf<K>) => void } = {
    project_approved: (r) => (next.project = r),
    steering_committee: (r) => (next.steeringCommittee = r),
    registration: (r) => (next.registration = r),
    self_assessment: (r) => (next.selfAssessments = [...state.selfAssessments, r]),
    survey_visit: (r) => (next.lastSurvey = r),
    appraisal_council: (r) => (next.lastCouncil = r),
    recognition: (r) => {
      next.recognition = r;
      next.recognitions = [...state.recognitions, r];
      next.level = r.data.level;
      next.certificate = null;
    },
    certificate_handover: (r) => (next.certificate = r),
    merger: (r) => (next.merger = r),
  };
  (on[record.kind] as ((r: StepRecord) => void) | undefined)?.(record);
  return next;
}

/** The state at the end of a date (records dated that day included), folding records in date order. */
export function stateOn(records: readonly StepRecord[], onDate: IsoDate | null = null): DossierState {
  let state = INITIAL_STATE;
  for (const record of chronological(records)) {
    if (onDate !== null && record.date > onDate) break;
    state = applyRecord(state, record);
  }
  return state;
}
