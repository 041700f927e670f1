/**
 * Render, sign, number, issue and send. The signer signs the approved version rendered with its number and
 * date blank; the clerk then takes the number (documents → registers numbering) and the organisation's
 * signature stamps number and date into those blanks, so the signer's signature stays valid ("changed after
 * signing: signatures only"). The issued PDF goes to the outgoing register row and, as an electronic arrival,
 * into the incoming queue of every TCT organisation addressed (edXML status 01, then codes flow back).
 */
import { randomUUID } from 'node:crypto';
import { AppError, notFound } from '../../lib/app-error.ts';
import { vietnamToday } from '../../lib/dates.ts';
import { findLetterType } from '../../letters/catalog.ts';
import { issueStamps } from '../../letters/issue.ts';
import type { Letter } from '../../letters/model.ts';
import { type PdfBox, renderLetterPdf } from '../../letters/render-pdf.ts';
import { renderLetterDocx } from '../../letters/render-docx.ts';
import { loadPkcs12, SignatureError, signPdf } from '../../signatures/index.ts';
import { recordAudit } from '../audit/audit.ports.ts';
import { findOrganisationsByIds } from '../organisations/organisations.ports.ts';
import type { RequestContext } from '../tenancy/actor.ts';
import {
  findCertificate,
  findVersion,
  insertDelivery,
  insertStep,
  updateLetterIfStatus,
} from './letters.repository.ts';
import { parseLetter } from './letters.presenter.ts';
import type { IssueBody, SignBody } from './letters.schemas.ts';
import { allowedActions, loadLetter, stepRow } from './letters.rules.ts';
import type { LettersDeps } from './letters.service.ts';
import { readPdf, storePdf } from './pdf.storage.ts';

type RenderSlots = { today: string; numberSlot: PdfBox; dateSlot: PdfBox; organisationSpace: PdfBox };

function asAppError(error: unknown): never {
  if (error instanceof SignatureError) throw new AppError('BAD_REQUEST', error.message);
  throw error;
}

function fileStem(letter: Letter): string {
  return (letter.numberSymbol ?? `du-thao-${letter.typeCode}`).replace(/[/\\\s]+/g, '-');
}

export function createSigningService(deps: LettersDeps) {
  const { db } = deps;

  async function certificateFor(ctx: RequestContext, id: string, kind: 'personal' | 'organisation', orgId: string) {
    const cert = await findCertificate(db, ctx.actor, id);
    if (!cert || cert.organisation_id !== orgId || cert.revoked_at) throw notFound('Không tìm thấy chứng thư số.');
    if (cert.kind !== kind)
      throw new AppError(
        'BAD_REQUEST',
        kind === 'personal' ? 'Cần chứng thư số cá nhân của người ký.' : 'Cần chứng thư số của cơ quan.',
      );
    if (kind === 'personal' && cert.user_id !== ctx.actor.userId)
      throw new AppError('FORBIDDEN', 'Chứng thư số này không phải của bạn.');
    return Buffer.from(cert.p12_base64, 'base64');
  }

  /** The current version (draft mark on), or what was signed/issued once it is. */
  async function preview(ctx: RequestContext, id: string, format: 'pdf' | 'docx') {
    const row = await loadLetter(db, ctx, id);
    if (format === 'pdf' && (row.issued_pdf_path || row.signed_pdf_path)) {
      const data = await readPdf(deps.files, (row.issued_pdf_path ?? row.signed_pdf_path) as string);
      return { fileName: `${fileStem(parseLetter(row))}.pdf`, data };
    }
    const letter = parseLetter(row);
    const today = vietnamToday();
    const data =
      format === 'pdf' ? (await renderLetterPdf(letter, { today })).pdf : await renderLetterDocx(letter, { today });
    return { fileName: `${fileStem(letter)}.${format}`, data };
  }

  async function sign(ctx: RequestContext, id: string, input: SignBody): Promise<void> {
    const row = await loadLetter(db, ctx, id);
    if (!allowedActions(ctx.actor, row).includes('sign'))
      throw new AppError('FORBIDDEN', 'Chỉ người ký được ký văn bản đã được duyệt.');
    const p12 = await certificateFor(ctx, input.certificateId, 'personal', row.organisation_id);
    const version = await findVersion(db, id, row.approved_version ?? row.version_no);
    if (!version) throw notFound();
    const today = vietnamToday();
    const draft: Letter = { ...parseLetter(version), numberSymbol: null, date: null, draftMark: false };
    const rendered = await renderLetterPdf(draft, { today });
    const signed = await signPdf(rendered.pdf, {
      p12,
      passphrase: input.passphrase,
      reason: 'Ký ban hành',
      visible: { ...rendered.signatureSpace, kind: 'signer' },
    }).catch(asAppError);
    const path = await storePdf(deps.files, row.organisation_id, signed);
    const slots: RenderSlots = {
      today,
      numberSlot: rendered.numberSlot,
      dateSlot: rendered.dateSlot,
      organisationSpace: rendered.organisationSpace,
    };
    const now = new Date().toISOString();
    await db.transaction().execute(async (trx) => {
      const patch = {
        status: 'signed',
        signed_pdf_path: path,
        signed_at: now,
        render_json: JSON.stringify(slots),
        updated_at: now,
      };
      if (!(await updateLetterIfStatus(trx, id, ['approved'], patch)))
        throw new AppError('CONFLICT', 'Văn bản đã được ký.');
      await insertStep(trx, stepRow(row, ctx, 'signer', 'sign', null, now));
      await recordAudit(trx, ctx, {
        action: 'letter.signed',
        entityType: 'letter',
        entityId: id,
        organisationId: row.organisation_id,
        before: { status: 'approved' },
        after: { status: 'signed', versionNo: version.version_no, certificateId: input.certificateId },
      });
    });
  }

  async function issue(ctx: RequestContext, id: string, input: IssueBody): Promise<{ numberSymbol: string }> {
    const row = await loadLetter(db, ctx, id);
    if (!allowedActions(ctx.actor, row).includes('issue'))
      throw new AppError('FORBIDDEN', 'Chỉ văn thư của đơn vị được cấp số và phát hành văn bản đã ký.');
    const p12 = await certificateFor(ctx, input.certificateId, 'organisation', row.organisation_id);
    try {
      loadPkcs12(p12, input.passphrase);
    } catch (error) {
      asAppError(error);
    }
    if (!row.signed_pdf_path || !row.render_json) throw new AppError('CONFLICT', 'Văn bản chưa được ký.');
    const signedPdf = await readPdf(deps.files, row.signed_pdf_path);
    const slots = JSON.parse(row.render_json) as RenderSlots;
    const version = await findVersion(db, id, row.approved_version ?? row.version_no);
    if (!version) throw notFound();
    const letter = parseLetter(version);
    const issueDate = input.issueDate ?? vietnamToday();
    const [org] = await findOrganisationsByIds(db, [row.organisation_id]);
    const recipients = await findOrganisationsByIds(db, JSON.parse(row.network_recipients_json) as string[]);
    if (!org) throw notFound();
    const typeName = findLetterType(letter.family, letter.typeCode)?.name ?? letter.typeCode;
    const signerTitle = [letter.signer.authority, letter.signer.onBehalfOf].filter(Boolean).join(' ') || null;
    const now = new Date().toISOString();
    return db.transaction().execute(async (trx) => {
      const numbered = await deps.documents.issueOutgoing(trx, ctx, {
        organisationId: row.organisation_id,
        family: letter.family,
        issuerName: org.name,
        typeCode: letter.typeCode,
        typeName,
        subject: letter.subject,
        // the register's Nơi nhận (and edXML's To): the addressees and the other places, not "Như trên" / "Lưu"
        recipients: [...letter.addressees, ...letter.recipients.filter((r) => !/^(như trên|lưu\b)/iu.test(r.trim()))],
        answersDocumentId: row.answers_document_id,
        draftingUnit: null,
        place: letter.place,
        signerName: letter.signer.name,
        signerTitle: letter.signer.title ?? signerTitle,
        signerAuthority: letter.signer.authority,
        urgency: letter.urgency,
        confidentiality: letter.confidentiality,
        issueDate,
      });
      const issued: Letter = { ...letter, numberSymbol: numbered.numberSymbol, date: issueDate, draftMark: false };
      const stamps = issueStamps(issued, slots, { today: slots.today });
      const [y, m, d] = issueDate.split('-');
      const final = await signPdf(signedPdf, {
        p12,
        passphrase: input.passphrase,
        reason: `Cấp số ${numbered.numberSymbol} ngày ${d}/${m}/${y}`,
        visible: { ...slots.organisationSpace, kind: 'organisation' },
        stamps,
      }).catch(asAppError);
      const path = await storePdf(deps.files, row.organisation_id, final);
      const fileName = `${fileStem(issued)}.pdf`;
      const file = { fileName, contentType: 'application/pdf', data: final, createdBy: ctx.actor.userId };
      await deps.documents.attachFile(trx, {
        ...file,
        documentId: numbered.documentId,
        organisationId: row.organisation_id,
        kind: 'signed_letter',
      });
      const patch = {
        status: 'issued',
        issued_pdf_path: path,
        issued_at: now,
        document_id: numbered.documentId,
        letter_json: JSON.stringify(issued),
        updated_at: now,
      };
      if (!(await updateLetterIfStatus(trx, id, ['signed'], patch)))
        throw new AppError('CONFLICT', 'Văn bản đã được phát hành.');
      for (const recipient of recipients) {
        const arrivalId = await deps.documents.deliverArrival(trx, ctx, {
          organisationId: recipient.id,
          sourceKind: 'network',
          family: letter.family,
          issuerName: org.name,
          issuerParent: letter.issuer.parent,
          numberSymbol: numbered.numberSymbol,
          number: numbered.numberSymbol.match(/^\d+/)?.[0] ?? null,
          typeCode: letter.typeCode,
          typeName,
          place: letter.place,
          documentDate: issueDate,
          subject: letter.subject,
          recipients: letter.recipients,
          signerName: letter.signer.name,
          signerTitle: letter.signer.title,
          signerAuthority: letter.signer.authority,
          urgency: letter.urgency,
          confidentiality: letter.confidentiality,
          references: letter.references ?? [],
        });
        await deps.documents.attachFile(trx, {
          ...file,
          documentId: arrivalId,
          organisationId: recipient.id,
          kind: 'original',
        });
        await insertDelivery(trx, {
          id: randomUUID(),
          letter_id: id,
          organisation_id: row.organisation_id,
          recipient_id: recipient.id,
          document_id: arrivalId,
          status_code: '01',
          updated_at: now,
        });
      }
      await insertStep(trx, stepRow(row, ctx, 'clerk', 'issue', numbered.numberSymbol, now));
      await recordAudit(trx, ctx, {
        action: 'letter.issued',
        entityType: 'letter',
        entityId: id,
        organisationId: row.organisation_id,
        before: { status: 'signed' },
        after: {
          status: 'issued',
          numberSymbol: numbered.numberSymbol,
          documentId: numbered.documentId,
          recipients: recipients.length,
        },
      });
      return { numberSymbol: numbered.numberSymbol };
    });
  }

  return { preview, sign, issue };
}

export type SigningService = ReturnType<typeof createSigningService>;
