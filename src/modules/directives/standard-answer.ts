/**
 * One truth for item 1 of letter 2174: the standard-school dossier (src/modules/standard) holds the
 * project, its approval and the registration. A step recorded in the dossier updates the school's
 * obligations of type `standard_school_project` (this listener, subscribed in src/modules/index.ts); an
 * answer typed in the obligation is written to the dossier first (obligations.service.ts), so both agree.
 */
import type { DossierChangedListener } from '../standard/standard.ports.ts';
import { type Answer, answerTypeOf } from './answer-types.ts';
import { answerOf } from './directives.presenter.ts';
import { applyObligationChange } from './obligations.service.ts';
import { findStandardSchoolObligations } from './obligations.repository.ts';

export const standardDossierChanged: DossierChangedListener = async (trx, ctx, change) => {
  const type = answerTypeOf('standard_school_project');
  const answer: Answer = { ...change.answer };
  const stage = type.stages.find((s) => s.code === answer.stage);
  if (!stage) return;
  for (const row of await findStandardSchoolObligations(trx, change.organisationId)) {
    if (JSON.stringify(answerOf(row.answer_json, row.status)) === JSON.stringify(answer)) continue;
    await applyObligationChange(trx, ctx, row, {
      answer,
      status: stage.status,
      note: row.note,
    });
  }
};
