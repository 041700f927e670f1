/**
 * The approval chain: drafter → head of unit (trưởng đơn vị) → the leader who signs. Each step can comment,
 * return (back to the drafter, who saves a new version and submits again) or approve; the signer's approval
 * pins the version that will be signed. Every step is a row in letter_steps and an audit row, in one
 * transaction. Nothing can be numbered before approval: issuing needs a signed letter, signing an approved one.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { AppError } from '../../lib/app-error.ts';
import { recordAudit } from '../audit/audit.ports.ts';
import type { RequestContext } from '../tenancy/actor.ts';
import { findUsers, insertStep, type LetterRow, updateLetterIfStatus } from './letters.repository.ts';
import { parseLetter } from './letters.presenter.ts';
import type { ApproveBody, CommentBody, SubmitBody } from './letters.schemas.ts';
import { allowedActions, assertLetterValid, loadLetter, stepRow } from './letters.rules.ts';
import { notifyUsers } from '../notifications/notifications.ports.ts';

export function createApprovalService(db: Kysely<DB>) {
  async function move(
    ctx: RequestContext,
    row: LetterRow,
    opts: {
      from: string[];
      patch: Partial<LetterRow>;
      step: string | null;
      action: string;
      comment: string | null;
      notify: string | null;
    },
  ) {
    const now = new Date().toISOString();
    await db.transaction().execute(async (trx) => {
      if (opts.action !== 'comment') {
        if (!(await updateLetterIfStatus(trx, row.id, opts.from, { ...opts.patch, updated_at: now })))
          throw new AppError('CONFLICT', 'Văn bản vừa được người khác xử lý; hãy tải lại trang.');
      }
      await insertStep(trx, stepRow(row, ctx, opts.step, opts.action, opts.comment, now));
      await recordAudit(trx, ctx, {
        action: `letter.${opts.action}`,
        entityType: 'letter',
        entityId: row.id,
        organisationId: row.organisation_id,
        before: { status: row.status, currentStep: row.current_step },
        after: {
          status: opts.patch.status ?? row.status,
          currentStep: opts.patch.current_step ?? row.current_step,
          comment: opts.comment,
        },
      });
      if (opts.notify && opts.notify !== ctx.actor.userId) {
        await notifyUsers(trx, [opts.notify], {
          organisationId: row.organisation_id,
          kind: 'letter',
          title: `Văn bản "${row.subject}": ${opts.action === 'return' ? 'bị trả lại' : 'chờ bạn xử lý'}`,
          link: `/soan-thao/${row.id}`,
        });
      }
    });
  }

  async function submit(ctx: RequestContext, id: string, input: SubmitBody): Promise<void> {
    const row = await loadLetter(db, ctx, id);
    if (!allowedActions(ctx.actor, row).includes('submit'))
      throw new AppError('FORBIDDEN', 'Chỉ người soạn được trình dự thảo chưa trình hoặc bị trả lại.');
    assertLetterValid(parseLetter(row));
    const people = await findUsers(db, [input.reviewerId, input.signerId]);
    const reviewer = people.find((p) => p.id === input.reviewerId);
    const signer = people.find((p) => p.id === input.signerId);
    if (!reviewer || reviewer.organisation_id !== row.organisation_id || !reviewer.active)
      throw new AppError('BAD_REQUEST', 'Người duyệt (trưởng đơn vị) phải là cán bộ đang làm việc của đơn vị.');
    if (!signer || signer.organisation_id !== row.organisation_id || !signer.active || signer.role !== 'leader')
      throw new AppError('BAD_REQUEST', 'Người ký phải là lãnh đạo (Ban Giám hiệu) của đơn vị.');
    if (reviewer.id === row.drafter_id)
      throw new AppError('BAD_REQUEST', 'Người soạn không tự duyệt văn bản của mình.');
    await move(ctx, row, {
      from: ['draft', 'returned'],
      patch: { status: 'in_review', current_step: 'head_of_unit', reviewer_id: reviewer.id, signer_id: signer.id },
      step: null,
      action: 'submit',
      comment: input.comment?.trim() || null,
      notify: reviewer.id,
    });
  }

  async function comment(ctx: RequestContext, id: string, input: CommentBody): Promise<void> {
    const row = await loadLetter(db, ctx, id);
    if (!allowedActions(ctx.actor, row).includes('comment'))
      throw new AppError('FORBIDDEN', 'Chỉ người soạn, người duyệt và người ký được góp ý.');
    await move(ctx, row, {
      from: [row.status],
      patch: {},
      step: row.current_step,
      action: 'comment',
      comment: input.comment.trim(),
      notify: ctx.actor.userId === row.drafter_id ? null : row.drafter_id,
    });
  }

  async function returnLetter(ctx: RequestContext, id: string, input: CommentBody): Promise<void> {
    const row = await loadLetter(db, ctx, id);
    if (!allowedActions(ctx.actor, row).includes('return'))
      throw new AppError('FORBIDDEN', 'Văn bản không chờ bạn duyệt.');
    await move(ctx, row, {
      from: ['in_review'],
      patch: { status: 'returned', current_step: null },
      step: row.current_step,
      action: 'return',
      comment: input.comment.trim(),
      notify: row.drafter_id,
    });
  }

  async function approve(ctx: RequestContext, id: string, input: ApproveBody): Promise<void> {
    const row = await loadLetter(db, ctx, id);
    if (!allowedActions(ctx.actor, row).includes('approve'))
      throw new AppError('FORBIDDEN', 'Văn bản không chờ bạn duyệt.');
    const toSigner = row.current_step === 'head_of_unit';
    await move(ctx, row, {
      from: ['in_review'],
      patch: toSigner
        ? { current_step: 'signer' }
        : { status: 'approved', current_step: null, approved_version: row.version_no },
      step: row.current_step,
      action: 'approve',
      comment: input.comment?.trim() || null,
      notify: toSigner ? row.signer_id : row.drafter_id,
    });
  }

  return { submit, comment, returnLetter, approve };
}

export type ApprovalService = ReturnType<typeof createApprovalService>;
