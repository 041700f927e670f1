/**
 * Plans an import without writing anything: parse and validate the file (every error, with sheet,
 * row and column), check it against what the school already has, decide each class's final roster
 * and evaluate it with the school's settings. The preview shows the plan; the import writes it.
 *
 * Class codes are unique per school (case-insensitive). A code already in the school is an error,
 * unless the caller allows updates: the class is then replaced by the file's row and its roster by
 * the file's learners (a learner with the same name and date of birth keeps its identity, so its
 * overrides survive). Learner rows whose "Mã lớp" names an existing class not in "Lớp học" are
 * added to that class; one already enrolled (same name and date of birth) is an error unless
 * updates are allowed, when it is updated in place.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import {
  CLASS_SHEET,
  LEARNER_SHEET,
  UnreadableFileError,
  classCodeKey,
  parseImportFile,
  type ClassInput,
  type Evaluation,
  type ImportError,
  type ImportedLearner,
} from '../../compliance/index.ts';
import type { DB, LearnerTable, TrainingClassTable } from '../../db/types.ts';
import type { RequestContext } from '../tenancy/actor.ts';
import { canRead } from '../tenancy/scope.ts';
import {
  classInputFromRow,
  evaluateStored,
  learnerIdentity,
  learnerInputFromRow,
  type LearnerWithId,
  type StoredClass,
} from './evaluation.ts';
import { effectiveConfig } from './settings.service.ts';
import { findClassesOf, loadNetwork, loadRosters } from './training.repository.ts';

export const TEMPLATE_EXAMPLE_CODE = 'VD-TC-2025-01';
/** Host kinds that are schools: a school may only import classes it hosts (the Academy system may be a host or partner). */
const SCHOOL_KINDS = new Set(['provincial_school', 'sector_school']);

export type PlannedLearner = LearnerWithId & {
  row: number | null;
  status: 'new' | 'updated' | 'kept';
  createdAt: string | null;
};

export type PlannedClass = {
  id: string;
  action: 'create' | 'update' | 'add_learners';
  /** Row in "Lớp học" (null when only learners were added to an existing class). */
  row: number | null;
  stored: StoredClass;
  input: ClassInput;
  before: TrainingClassTable | null;
  roster: PlannedLearner[];
  /** Learners of the existing roster that are no longer in it (class updates only). */
  removed: LearnerTable[];
  /** The learner ids enrolled before the import (to be rewritten). */
  previousLearnerIds: string[];
  evaluation: Evaluation;
};

export type ImportPlan = {
  fileName: string;
  organisationId: string;
  allowUpdates: boolean;
  errors: ImportError[];
  classes: PlannedClass[];
  learnerRows: number;
  evaluatedAt: string;
};

export type ImportFile = { fileName: string; data: Buffer };

function groupLearners(learners: readonly ImportedLearner[]): Map<string, ImportedLearner[]> {
  const byClass = new Map<string, ImportedLearner[]>();
  for (const learner of learners) {
    const key = classCodeKey(learner.classCode);
    const list = byClass.get(key);
    if (list) list.push(learner);
    else byClass.set(key, [learner]);
  }
  return byClass;
}

function plannedFromImported(
  learner: ImportedLearner,
  id: string,
  status: PlannedLearner['status'],
  createdAt: string | null,
): PlannedLearner {
  const { row, classCode: _classCode, ...input } = learner;
  return { ...input, id, row, status, createdAt };
}

export async function planImport(
  db: Kysely<DB>,
  ctx: RequestContext,
  file: ImportFile,
  opts: { organisationId: string; allowUpdates: boolean; today?: string },
): Promise<ImportPlan> {
  const owner = opts.organisationId;
  const evaluatedAt = new Date().toISOString();
  const plan: ImportPlan = {
    fileName: file.fileName,
    organisationId: owner,
    allowUpdates: opts.allowUpdates,
    errors: [],
    classes: [],
    learnerRows: 0,
    evaluatedAt,
  };
  const network = await loadNetwork(db);
  const existingRows = await findClassesOf(db, ctx.actor, owner);
  const existing = new Map(existingRows.map((row) => [row.code_key, row]));

  let parsed: Awaited<ReturnType<typeof parseImportFile>>;
  try {
    parsed = await parseImportFile(file.data, file.fileName, {
      resolveHost: network.resolve,
      existingClassCodes: existingRows.map((r) => r.code),
      ...(opts.today ? { today: opts.today } : {}),
    });
  } catch (error) {
    if (error instanceof UnreadableFileError) {
      plan.errors.push({ sheet: file.fileName, row: null, column: null, message: error.message });
      return plan;
    }
    throw error;
  }
  const errors = plan.errors;
  errors.push(...parsed.errors);
  plan.learnerRows = parsed.learners.length;
  if (errors.length === 0 && parsed.classes.length === 0 && parsed.learners.length === 0) {
    errors.push({
      sheet: file.fileName,
      row: null,
      column: null,
      message: `Tệp không có dòng dữ liệu nào trong sheet "${CLASS_SHEET}" hoặc "${LEARNER_SHEET}"`,
    });
  }

  const fileClassKeys = new Set<string>();
  for (const cls of parsed.classes) {
    const key = classCodeKey(cls.code);
    fileClassKeys.add(key);
    const fail = (column: string, message: string) =>
      errors.push({ sheet: CLASS_SHEET, row: cls.row, column, message });
    if (key === TEMPLATE_EXAMPLE_CODE) fail('Mã lớp', 'Đây là dòng ví dụ của mẫu: xóa dòng này trước khi nhập');
    const before = existing.get(key);
    if (before && !opts.allowUpdates) {
      fail(
        'Mã lớp',
        `Mã lớp "${cls.code}" đã có trong hệ thống (lớp "${before.name}"): đổi mã lớp, hoặc chọn "Cập nhật lớp đã có" để thay lớp này bằng dữ liệu trong tệp`,
      );
    }
    const host = network.idByCode.get(cls.host.code);
    if (host && SCHOOL_KINDS.has(host.kind) && !canRead(ctx.actor, host.id)) {
      fail('Cơ sở đào tạo', `Cơ sở đào tạo "${cls.host.name}" là trường khác: chỉ nhập lớp do trường mình tổ chức`);
    }
  }
  const learnersByClass = groupLearners(parsed.learners);
  for (const learner of parsed.learners) {
    if (classCodeKey(learner.classCode) === TEMPLATE_EXAMPLE_CODE && !fileClassKeys.has(TEMPLATE_EXAMPLE_CODE)) {
      errors.push({
        sheet: LEARNER_SHEET,
        row: learner.row,
        column: 'Mã lớp',
        message: 'Đây là dòng ví dụ của mẫu: xóa dòng này trước khi nhập',
      });
    }
  }

  // Existing classes the file touches: updated ones (in "Lớp học") and those that only receive learners.
  const touched = [...existing.values()].filter(
    (row) => fileClassKeys.has(row.code_key) || learnersByClass.has(row.code_key),
  );
  const rosters = await loadRosters(
    db,
    touched.map((row) => row.id),
  );
  const { config } = await effectiveConfig(db, owner);

  for (const cls of parsed.classes) {
    const key = classCodeKey(cls.code);
    const before = existing.get(key) ?? null;
    const id = before?.id ?? randomUUID();
    const stored: StoredClass = {
      id,
      organisation_id: owner,
      code: cls.code,
      code_key: key,
      name: cls.name,
      level: cls.level,
      mode: cls.mode,
      delivery: cls.delivery,
      host_code: cls.host.code,
      host_name: cls.host.name,
      host_kind: cls.host.kind,
      host_organisation_id: network.idByCode.get(cls.host.code)?.id ?? null,
      partner_name: cls.partnerName,
      partner_code: cls.partner?.code ?? null,
      partner_kind: cls.partner?.kind ?? null,
      opening_date: cls.openingDate,
      closing_date: cls.closingDate,
      place: cls.place,
      created_by: before?.created_by ?? ctx.actor.userId,
      created_at: before?.created_at ?? evaluatedAt,
      updated_at: evaluatedAt,
    };
    const old = before ? (rosters.get(before.id) ?? []) : [];
    const oldByIdentity = new Map(
      old.map((l) => [learnerIdentity({ fullName: l.full_name, birthDate: l.birth_date }), l]),
    );
    const roster = (learnersByClass.get(key) ?? []).map((learner) => {
      const match = oldByIdentity.get(learnerIdentity(learner));
      if (match) oldByIdentity.delete(learnerIdentity(learner));
      return plannedFromImported(
        learner,
        match?.id ?? randomUUID(),
        match ? 'updated' : 'new',
        match?.created_at ?? null,
      );
    });
    const input: ClassInput = { ...cls };
    plan.classes.push({
      id,
      action: before ? 'update' : 'create',
      row: cls.row,
      stored,
      input,
      before,
      roster,
      removed: [...oldByIdentity.values()],
      previousLearnerIds: old.map((l) => l.id),
      evaluation: evaluateStored(input, roster, config),
    });
  }

  for (const before of touched) {
    if (fileClassKeys.has(before.code_key)) continue;
    const old = rosters.get(before.id) ?? [];
    const roster: PlannedLearner[] = old.map((l) => ({
      ...learnerInputFromRow(l),
      row: null,
      status: 'kept',
      createdAt: l.created_at,
    }));
    const position = new Map(roster.map((l, i) => [learnerIdentity(l), i]));
    for (const learner of learnersByClass.get(before.code_key) ?? []) {
      const at = position.get(learnerIdentity(learner));
      if (at === undefined) {
        roster.push(plannedFromImported(learner, randomUUID(), 'new', null));
        continue;
      }
      if (!opts.allowUpdates) {
        errors.push({
          sheet: LEARNER_SHEET,
          row: learner.row,
          column: 'Họ và tên',
          message: `Học viên đã có trong lớp "${before.code}" (cùng họ tên và ngày sinh): chọn "Cập nhật lớp đã có" để ghi đè thông tin`,
        });
        continue;
      }
      roster[at] = plannedFromImported(learner, roster[at]!.id, 'updated', roster[at]!.createdAt);
    }
    const { regime: _r, notices_json: _n, evaluated_at: _e, ...stored } = before;
    const input = classInputFromRow(stored);
    plan.classes.push({
      id: before.id,
      action: 'add_learners',
      row: null,
      stored: { ...stored, updated_at: evaluatedAt },
      input,
      before,
      roster,
      removed: [],
      previousLearnerIds: old.map((l) => l.id),
      evaluation: evaluateStored(input, roster, config),
    });
  }
  if (errors.length > 0) plan.classes = [];
  return plan;
}
