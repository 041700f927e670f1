/**
 * What the standard-school module offers others: the dossier as the one truth behind item 1 of letter
 * 2174 (the directive obligation of type `standard_school_project`). The directives module reads the
 * answer a dossier implies and writes an answer as dossier records (`answerFor`, `recordAnswer`, inside
 * its own transaction); and it subscribes to `dossierChanged` (in src/modules/index.ts) so a step recorded
 * in the dossier updates the obligation. Standard imports nothing from directives: no cycle.
 */
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/types.ts';
import type { DirectiveAnswer } from '../../standard/index.ts';
import type { RequestContext } from '../tenancy/actor.ts';

type Executor = Kysely<DB> | Transaction<DB>;
export type DossierAnswer = { answer: DirectiveAnswer; incomplete: string[] };
/** A step was recorded and the answer the dossier implies changed; runs inside the change's transaction. */
export type DossierChangedListener = (
  trx: Executor,
  ctx: RequestContext,
  change: { organisationId: string } & DossierAnswer,
) => Promise<void>;

export type StandardPorts = {
  events: { dossierChanged: DossierChangedListener[] };
  /** The answer the school's dossier implies (read for `ctx`). */
  answerFor: (db: Executor, ctx: RequestContext, organisationId: string) => Promise<DossierAnswer>;
  /**
   * Write an answer typed in the directive as dossier records (none when the dossier already says it);
   * refuses (400, Vietnamese) an answer that would move the dossier backwards or contradicts a decision.
   * Does not emit `dossierChanged`: the caller writes the obligation itself.
   */
  recordAnswer: (
    trx: Executor,
    ctx: RequestContext,
    organisationId: string,
    answer: DirectiveAnswer,
  ) => Promise<DossierAnswer>;
};
