/** Builders for the reports tests, outsider loader, browser test and benchmark: classes with learners, the current period. */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../src/db/types.ts';
import { vietnamToday } from '../src/lib/dates.ts';
import { findVersion, generatePeriods, QUARTERLY_TRAINING } from '../src/reports/index.ts';

export type ClassSpec = {
  level: 'so_cap' | 'trung_cap' | 'cao_cap' | 'boi_duong';
  opening: string;
  closing: string | null;
  learners: number;
  mode?: string;
  delivery?: string;
};

/** Insert classes with their learners and enrolments for one school (plain rows, as an import would leave). */
export async function insertClasses(db: Kysely<DB>, organisationId: string, specs: ClassSpec[]): Promise<void> {
  const now = new Date().toISOString();
  for (const spec of specs) {
    const id = randomUUID();
    const code = `L-${id.slice(0, 8)}`;
    await db
      .insertInto('training_classes')
      .values({
        id,
        organisation_id: organisationId,
        code,
        code_key: code.toUpperCase(),
        name: `Lớp ${spec.level} ${code}`,
        level: spec.level,
        mode: spec.mode ?? 'khong_tap_trung',
        delivery: spec.delivery ?? 'truc_tiep',
        host_code: 'X',
        host_name: 'Trường',
        host_kind: 'school',
        opening_date: spec.opening,
        closing_date: spec.closing,
        notices_json: '[]',
        created_at: now,
        updated_at: now,
      })
      .execute();
    for (let i = 0; i < spec.learners; i++) {
      const learnerId = randomUUID();
      await db
        .insertInto('learners')
        .values({
          id: learnerId,
          organisation_id: organisationId,
          full_name: `Học viên ${i + 1}`,
          birth_date: '1985-01-01',
          gender: 'nam',
          party_status: 'dang_vien',
          education: 'dai_hoc',
          theory_level: 'so_cap',
          planned: 0,
          created_at: now,
          updated_at: now,
        })
        .execute();
      await db
        .insertInto('enrolments')
        .values({ class_id: id, learner_id: learnerId, organisation_id: organisationId, ordinal: i + 1 })
        .execute();
    }
  }
}

/** The quarterly period open for sending today (window started, deadline not passed), earliest deadline first. */
export function currentQuarter(today = vietnamToday()) {
  const version = findVersion([QUARTERLY_TRAINING], QUARTERLY_TRAINING.code, QUARTERLY_TRAINING.version)!;
  const year = Number(today.slice(0, 4));
  return generatePeriods(version, { from: `${year - 1}-01-01`, to: `${year + 1}-12-31` }).find(
    (p) => p.cutoffFrom <= today && today <= p.deadline,
  )!;
}

export const orgIdOf = async (db: Kysely<DB>, code: string) =>
  (await db.selectFrom('organisations').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
