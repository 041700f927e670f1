/**
 * The incoming and outgoing registers (sổ đăng ký văn bản đến / đi): paginated lists, the printable
 * incoming register (NĐ 30 Phụ lục IV, via register-export.ts) and the numbering settings.
 */
import { checkOrganId } from '../../edxml/index.ts';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import { pageWindow } from '../../lib/http-schemas.ts';
import { recordAudit } from '../audit/audit.ports.ts';
import { findOrganisationsByIds } from '../organisations/organisations.ports.ts';
import type { DocumentWithRegister } from '../documents/documents.ports.ts';
import type { RequestContext } from '../tenancy/actor.ts';
import { assertCanWrite, canRead } from '../tenancy/scope.ts';
import { buildIncomingRegisterDocx, buildIncomingRegisterXlsx } from './register-export.ts';
import { presentPrintLine, presentRegister, presentRegisterEntry } from './registers.presenter.ts';
import {
  findSettings,
  findVisibleRegisters,
  listForPrint,
  listRegisterPage,
  upsertSettings,
} from './registers.repository.ts';
import type { PrintQuery, RegisterListQuery, SettingsBody } from './registers.schemas.ts';
import { resolveSettings } from './settings.ts';

const PRINT_MAX_ROWS = 20_000;
const SETTINGS_ROLES = ['school_admin', 'academy_admin', 'clerk'];

export function createRegistersService(db: Kysely<DB>) {
  /**
   * One register (book) of one organisation — the ordinary one unless `confidential` — newest first.
   * Registers are kept apart as on paper: the confidential book has its own numbers.
   */
  async function listRegister(ctx: RequestContext, direction: 'incoming' | 'outgoing', query: RegisterListQuery) {
    const window = pageWindow(query);
    const organisationId = query.organisationId ?? ctx.actor.organisationId;
    const registers = canRead(ctx.actor, organisationId)
      ? await findVisibleRegisters(db, ctx.actor, { direction, organisationId })
      : [];
    const register = registers.find((r) => r.confidential === (query.confidential ? 1 : 0));
    const filter = {
      direction,
      // The register's own organisation (its entries all belong to it): lets a date range use
      // (organisation_id, received_date) instead of walking the register from its newest entry.
      organisationId: register?.organisation_id,
      year: query.year,
      statuses: query.status?.split(','),
      from: query.from,
      to: query.to,
    };
    const { rows, total, totalCapped } = register
      ? await listRegisterPage(db, ctx.actor, register.id, filter, window)
      : { rows: [], total: 0, totalCapped: false };
    return {
      items: rows.map((row) => presentRegisterEntry(row as DocumentWithRegister, register!)),
      total,
      totalCapped,
      page: window.page,
      pageSize: window.pageSize,
      registers: registers.map(presentRegister),
    };
  }

  /** The printable incoming register of one organisation between two dates (XLSX or DOCX). */
  async function printIncoming(
    ctx: RequestContext,
    query: PrintQuery,
  ): Promise<{ fileName: string; contentType: string; data: Buffer }> {
    const organisationId = query.organisationId ?? ctx.actor.organisationId;
    if (!canRead(ctx.actor, organisationId)) throw notFound();
    if (query.from > query.to) throw new AppError('BAD_REQUEST', 'Ngày bắt đầu phải trước ngày kết thúc.');
    const org = (await findOrganisationsByIds(db, [organisationId]))[0];
    if (!org) throw notFound();
    const [register] = await findVisibleRegisters(db, ctx.actor, {
      direction: 'incoming',
      organisationId,
      confidential: query.confidential ?? false,
    });
    if (query.confidential && !register) throw notFound('Không tìm thấy sổ văn bản mật.');
    const rows = register
      ? await listForPrint(
          db,
          ctx.actor,
          register.id,
          { direction: 'incoming', from: query.from, to: query.to },
          PRINT_MAX_ROWS,
        )
      : [];
    const entries = rows.map((r) => presentPrintLine(r, query.from));
    const meta = {
      organisationName: org.name,
      from: query.from,
      to: query.to,
      ...(query.confidential ? { registerName: 'Sổ đăng ký văn bản đến mật' } : {}),
    };
    const format = query.format ?? 'xlsx';
    const data =
      format === 'docx'
        ? await buildIncomingRegisterDocx(meta, entries)
        : await buildIncomingRegisterXlsx(meta, entries);
    return {
      fileName: `so-van-ban-den_${query.from}_${query.to}.${format}`,
      contentType:
        format === 'docx'
          ? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
          : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      data,
    };
  }

  async function getSettings(ctx: RequestContext, organisationId: string | undefined) {
    const id = organisationId ?? ctx.actor.organisationId;
    if (!canRead(ctx.actor, id)) throw notFound();
    return resolveSettings(db, id);
  }

  async function updateSettings(ctx: RequestContext, input: SettingsBody) {
    const id = input.organisationId ?? ctx.actor.organisationId;
    assertCanWrite(ctx.actor, id);
    if (!SETTINGS_ROLES.includes(ctx.actor.role))
      throw new AppError('FORBIDDEN', 'Chỉ quản trị viên hoặc văn thư được thay đổi thiết lập đánh số.');
    const before = await findSettings(db, id);
    const row = {
      organisation_id: id,
      symbol_abbr: input.symbolAbbr !== undefined ? input.symbolAbbr : (before?.symbol_abbr ?? null),
      default_unit: input.defaultUnit !== undefined ? input.defaultUnit : (before?.default_unit ?? null),
      party_term_anchor:
        input.partyTermAnchor !== undefined ? input.partyTermAnchor : (before?.party_term_anchor ?? null),
      party_congress_date:
        input.partyCongressDate !== undefined ? input.partyCongressDate : (before?.party_congress_date ?? null),
      edxml_organ_id: input.edxmlOrganId !== undefined ? input.edxmlOrganId : (before?.edxml_organ_id ?? null),
      updated_by: ctx.actor.userId,
      updated_at: new Date().toISOString(),
    };
    checkPartyTerm(row.party_term_anchor, row.party_congress_date);
    if (row.edxml_organ_id) {
      const checked = checkOrganId(row.edxml_organ_id);
      if ('error' in checked) throw new AppError('BAD_REQUEST', checked.error);
    }
    await db.transaction().execute(async (trx) => {
      await upsertSettings(trx, row);
      await recordAudit(trx, ctx, {
        action: 'document_settings.updated',
        entityType: 'document_settings',
        entityId: id,
        organisationId: id,
        before: before ?? null,
        after: row,
      });
    });
    return resolveSettings(db, id);
  }

  return { listRegister, printIncoming, getSettings, updateSettings };
}

/** A committee term starts at its congress: the term start needs the congress date, not after it. */
function checkPartyTerm(anchor: string | null, congress: string | null): void {
  if (anchor && !congress)
    throw new AppError('BAD_REQUEST', 'Nhập ngày Đại hội đảng bộ mở đầu nhiệm kỳ cùng với ngày bắt đầu nhiệm kỳ.');
  if (!anchor && congress) throw new AppError('BAD_REQUEST', 'Nhập ngày bắt đầu nhiệm kỳ cùng với ngày Đại hội.');
  if (anchor && congress && congress > anchor)
    throw new AppError('BAD_REQUEST', 'Ngày Đại hội không thể sau ngày bắt đầu nhiệm kỳ mà Đại hội mở ra.');
}

export type RegistersService = ReturnType<typeof createRegistersService>;
