/** Small row builders for the reports engine's tests: one school's data, written out in full. */
import type { ClassRow, EnrolmentRow, SourceInputs } from './sources/inputs.ts';

let next = 0;
export function klass(opening: string, closing: string | null, extra: Partial<ClassRow> = {}): ClassRow {
  return {
    id: `c${++next}`,
    level: 'trung_cap',
    mode: 'khong_tap_trung',
    delivery: 'truc_tiep',
    opening_date: opening,
    closing_date: closing,
    ...extra,
  };
}

export function enrol(cls: ClassRow, learners: number): EnrolmentRow[] {
  return Array.from({ length: learners }, (_, i) => ({ class_id: cls.id, learner_id: `${cls.id}-l${i}` }));
}

/** A school with classes across 2024–2025 (windows of Q1/2025: 15/12/2024–14/3/2025). */
export function sampleSchool(): SourceInputs & { classes: ClassRow[]; enrolments: EnrolmentRow[] } {
  const classes = [
    klass('2024-12-20', null, { level: 'trung_cap' }), // opened in Q1, ongoing
    klass('2025-01-10', '2025-03-10', { level: 'so_cap', mode: 'tap_trung' }), // opened and closed in Q1
    klass('2024-06-01', '2025-02-01', { level: 'cao_cap', mode: 'tap_trung' }), // closed in Q1
    klass('2024-09-01', null, { level: 'boi_duong', delivery: 'truc_tuyen' }), // ongoing, opened before
    klass('2025-03-15', null, { level: 'trung_cap' }), // opens the day after the window: Q2
    klass('2024-12-14', '2025-03-14', { level: 'trung_cap' }), // opened the day before; closes on the last day
  ];
  const sizes = [40, 30, 50, 20, 35, 25];
  return { classes, enrolments: classes.flatMap((c, i) => enrol(c, sizes[i]!)) };
}
