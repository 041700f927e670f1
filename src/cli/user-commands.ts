import { randomUUID } from 'node:crypto';
import { loadConfig } from '../config.ts';
import { openMigratedDatabase } from '../server.ts';
import { hashPassword, assertPasswordPolicy } from '../modules/auth/password.ts';
import { recordAudit } from '../modules/audit/audit.ports.ts';
import { ROLES, ROLE_LABELS, isAcademyRole, isRole } from '../modules/tenancy/actor.ts';
import type { AppError } from '../lib/app-error.ts';
import { parseOptions } from '../lib/cli-args.ts';

const USAGE = `Cách dùng: tct user add --email EMAIL --name "Họ và tên" --org MÃ_ĐƠN_VỊ --role VAI_TRÒ --password MẬT_KHẨU
  VAI_TRÒ: ${ROLES.map((r) => `${r} (${ROLE_LABELS[r]})`).join(', ')}
  MÃ_ĐƠN_VỊ: HVCTQG, TCT-2025-19 (Thái Nguyên), … (xem /mang-luoi)`;

export async function runUser(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'add') {
    console.error(USAGE);
    return 2;
  }
  const { values } = parseOptions(rest, {
    email: { type: 'string' },
    name: { type: 'string' },
    org: { type: 'string' },
    role: { type: 'string' },
    password: { type: 'string' },
  });
  const email = String(values.email ?? '')
    .trim()
    .toLowerCase();
  const name = String(values.name ?? '').trim();
  const orgCode = String(values.org ?? '').trim();
  const role = String(values.role ?? '');
  const password = String(values.password ?? '');
  const problems: string[] = [];
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) problems.push('--email không hợp lệ');
  if (name.length < 2) problems.push('--name bắt buộc');
  if (!orgCode) problems.push('--org bắt buộc');
  if (!isRole(role)) problems.push(`--role phải là một trong: ${ROLES.join(', ')}`);
  try {
    assertPasswordPolicy(password);
  } catch (e) {
    problems.push(`--password: ${(e as AppError).message}`);
  }
  if (problems.length) {
    console.error(`${problems.join('\n')}\n\n${USAGE}`);
    return 2;
  }
  const database = await openMigratedDatabase(loadConfig());
  try {
    const org = await database.db
      .selectFrom('organisations')
      .select(['id', 'kind', 'name'])
      .where('code', '=', orgCode)
      .executeTakeFirst();
    if (!org) {
      console.error(`Không có đơn vị mã "${orgCode}". Chạy "tct seed" để nạp mạng lưới trước.`);
      return 1;
    }
    if ((org.kind === 'academy') !== isAcademyRole(role as (typeof ROLES)[number])) {
      console.error('Vai trò không hợp với loại đơn vị (vai trò Học viện chỉ dành cho Học viện).');
      return 1;
    }
    if (await database.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst()) {
      console.error(`Email ${email} đã có tài khoản.`);
      return 1;
    }
    const now = new Date().toISOString();
    const row = {
      id: randomUUID(),
      organisation_id: org.id,
      unit_id: null,
      email,
      full_name: name.normalize('NFC'),
      title: null,
      role,
      password_hash: await hashPassword(password),
      active: 1,
      failed_logins: 0,
      locked_until: null,
      created_at: now,
      updated_at: now,
      last_login_at: null,
    };
    await database.db.transaction().execute(async (trx) => {
      await trx.insertInto('users').values(row).execute();
      await recordAudit(trx, null, {
        action: 'user.created',
        entityType: 'user',
        entityId: row.id,
        organisationId: org.id,
        after: { ...row, source: 'cli' },
      });
    });
    console.log(`Đã tạo tài khoản ${email} (${ROLE_LABELS[role as (typeof ROLES)[number]]}) tại ${org.name}.`);
    return 0;
  } finally {
    await database.destroy();
  }
}
