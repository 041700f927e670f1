/**
 * Signing certificates, trust anchors and the verification of signed PDFs.
 *
 * Choice (issue 15): a PKCS#12 file is stored as uploaded — it is itself encrypted under its passphrase —
 * and the passphrase is never stored: it is checked on upload and asked again at every signing. A stolen
 * database therefore holds no usable key without the passphrase.
 *
 * Trust anchors are the PEM files named in TCT_TRUST_ANCHORS (the real chain, e.g. Ban Cơ yếu Chính phủ)
 * plus the rows of `trust_anchors` (the seed adds the demo CA there, marked "demo").
 */
import { randomUUID, type X509Certificate } from 'node:crypto';
import { AppError, notFound } from '../../lib/app-error.ts';
import {
  loadPkcs12,
  loadTrustAnchors,
  parsePemBundle,
  SignatureError,
  summarise,
  verifyPdfSignatures,
} from '../../signatures/index.ts';
import type { VerifyReport } from '../../signatures/index.ts';
import { recordAudit } from '../audit/audit.ports.ts';
import type { RequestContext } from '../tenancy/actor.ts';
import { assertCanWrite } from '../tenancy/scope.ts';
import { assertSchoolAdmin } from './letters.policy.ts';
import {
  findCertificate,
  findUsers,
  insertCertificate,
  insertTrustAnchor,
  listCertificates,
  listTrustAnchors,
  revokeCertificate,
} from './letters.repository.ts';
import { presentCertificate } from './letters.presenter.ts';
import type { UploadCertificateBody } from './letters.schemas.ts';
import type { LettersDeps } from './letters.service.ts';

export function presentReport(file: { id: string; fileName: string }, report: VerifyReport) {
  return {
    fileId: file.id,
    fileName: file.fileName,
    signatureCount: report.signatureCount,
    valid: report.valid,
    trusted: report.trusted,
    summary: report.summary,
    signatures: report.signatures.map((s) => ({
      index: s.index,
      signerName: s.signerName,
      subject: s.certificate?.subject ?? null,
      issuer: s.certificate?.issuer ?? null,
      signingTime: s.signingTime,
      reason: s.reason,
      status: s.status,
      changesAfterSigning: s.changesAfterSigning,
      chainTrusted: s.chainTrusted,
      trustAnchor: s.trustAnchor,
      problems: s.problems,
    })),
  };
}

export function createCertificatesService(deps: Pick<LettersDeps, 'db' | 'config' | 'documents'>) {
  const { db } = deps;

  async function trustAnchors(): Promise<X509Certificate[]> {
    const stored = (await listTrustAnchors(db)).flatMap((a) => parsePemBundle(a.pem));
    return [...loadTrustAnchors(deps.config.trustAnchorPaths), ...stored];
  }

  async function upload(ctx: RequestContext, input: UploadCertificateBody) {
    assertSchoolAdmin(ctx.actor);
    const organisationId = ctx.actor.organisationId;
    assertCanWrite(ctx.actor, organisationId);
    if (input.kind === 'personal') {
      const [person] = input.userId ? await findUsers(db, [input.userId]) : [];
      if (!person || person.organisation_id !== organisationId) throw notFound('Không tìm thấy cán bộ của đơn vị.');
    } else if (input.userId) throw new AppError('BAD_REQUEST', 'Chứng thư của cơ quan không gắn với cá nhân.');
    const p12 = Buffer.from(input.p12Base64, 'base64');
    let summary: ReturnType<typeof summarise>;
    try {
      summary = summarise(loadPkcs12(p12, input.passphrase).certificate);
    } catch (error) {
      if (error instanceof SignatureError) throw new AppError('BAD_REQUEST', error.message);
      throw error;
    }
    const now = new Date().toISOString();
    const row = {
      id: randomUUID(),
      organisation_id: organisationId,
      user_id: input.kind === 'personal' ? (input.userId ?? null) : null,
      kind: input.kind,
      p12_base64: p12.toString('base64'),
      subject: summary.subject,
      issuer: summary.issuer,
      serial: summary.serialNumber,
      valid_from: summary.validFrom,
      valid_to: summary.validTo,
      fingerprint: summary.fingerprint256,
      uploaded_by: ctx.actor.userId,
      created_at: now,
      revoked_at: null,
    };
    await db.transaction().execute(async (trx) => {
      await insertCertificate(trx, row);
      const { p12_base64: _secret, ...safe } = row;
      await recordAudit(trx, ctx, {
        action: 'certificate.uploaded',
        entityType: 'signing_certificate',
        entityId: row.id,
        organisationId,
        after: safe,
      });
    });
    return row.id;
  }

  async function list(ctx: RequestContext) {
    return { items: (await listCertificates(db, ctx.actor)).map(presentCertificate) };
  }

  async function revoke(ctx: RequestContext, id: string): Promise<void> {
    const cert = await findCertificate(db, ctx.actor, id);
    if (!cert) throw notFound('Không tìm thấy chứng thư số.');
    assertSchoolAdmin(ctx.actor);
    assertCanWrite(ctx.actor, cert.organisation_id);
    if (cert.revoked_at) throw new AppError('CONFLICT', 'Chứng thư số đã bị thu hồi.');
    const now = new Date().toISOString();
    await db.transaction().execute(async (trx) => {
      await revokeCertificate(trx, id, now);
      await recordAudit(trx, ctx, {
        action: 'certificate.revoked',
        entityType: 'signing_certificate',
        entityId: id,
        organisationId: cert.organisation_id,
        before: { revokedAt: null },
        after: { revokedAt: now },
      });
    });
  }

  async function anchors() {
    const rows = await listTrustAnchors(db);
    const fromConfig = loadTrustAnchors(deps.config.trustAnchorPaths).map((c, i) => ({
      id: `config-${i + 1}`,
      label: summarise(c).commonName ?? summarise(c).subject,
      source: 'TCT_TRUST_ANCHORS',
      confidence: 'verified',
      pem: c.toString(),
    }));
    return {
      items: [...fromConfig, ...rows].flatMap((a) =>
        parsePemBundle(a.pem).map((c) => ({
          id: a.id,
          label: a.label,
          source: a.source,
          confidence: a.confidence,
          uncertain: a.confidence !== 'verified',
          subject: summarise(c).subject,
          validTo: summarise(c).validTo,
        })),
      ),
    };
  }

  /** Seed: the demo CA as a trust anchor (marked demo, shown as "Chưa xác minh"). */
  async function addDemoAnchor(pem: string, label: string): Promise<void> {
    const row = {
      id: randomUUID(),
      label,
      pem,
      source: 'Tạo khi gieo dữ liệu mẫu (tct seed --demo)',
      confidence: 'demo',
      created_at: new Date().toISOString(),
    };
    await db.transaction().execute(async (trx) => {
      await insertTrustAnchor(trx, row);
      await recordAudit(trx, null, {
        action: 'trust_anchor.added',
        entityType: 'trust_anchor',
        entityId: row.id,
        organisationId: null,
        after: { label, source: row.source, confidence: row.confidence },
      });
    });
  }

  /** Signatures of every PDF of a document the caller may see (review page and document page). */
  async function documentSignatures(ctx: RequestContext, documentId: string) {
    const files = await deps.documents.readPdfFiles(db, ctx, documentId);
    const anchorsList = await trustAnchors();
    return {
      files: files.map((f) => presentReport(f, verifyPdfSignatures(f.data, { trustAnchors: anchorsList }))),
    };
  }

  return { upload, list, revoke, anchors, addDemoAnchor, documentSignatures, trustAnchors };
}

export type CertificatesService = ReturnType<typeof createCertificatesService>;
