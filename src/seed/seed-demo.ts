/**
 * Demo accounts (and, through `demoSeeders`, demo data of other capabilities). Only for
 * `tct seed --demo` and the first start of an empty database; never run against production data.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../db/types.ts';
import type { Dialect } from '../db/database.ts';
import { hashPassword } from '../modules/auth/password.ts';
import { recordAudit } from '../modules/audit/audit.ports.ts';
import { ROLE_LABELS, type Role } from '../modules/tenancy/actor.ts';
import type { Modules } from '../modules/index.ts';
import { ACADEMY_CODE, schoolCode } from '../network/seed-data.ts';
import { seedDemoDirective } from './seed-demo-directive.ts';
import { seedDemoLetters } from './seed-demo-letters.ts';
import { seedDemoStandard } from './seed-demo-standard.ts';

export const DEMO_PASSWORD = 'TctDemo2026!';

export type DemoAccount = {
  email: string;
  fullName: string;
  role: Role;
  organisationCode: string;
  unitName: string | null;
  /** Job title (chức danh); the role's name when absent. */
  title?: string;
};

export const THAI_NGUYEN_CODE = schoolCode('2025', '19');
export const VINH_LONG_CODE = schoolCode('2025', '86');

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    email: 'admin@hvctqg.vn',
    fullName: 'Nguyễn Văn Quản',
    role: 'academy_admin',
    organisationCode: ACADEMY_CODE,
    unitName: 'Văn phòng',
  },
  {
    email: 'chuyenvien@hvctqg.vn',
    fullName: 'Trần Thị Hà',
    role: 'academy_staff',
    organisationCode: ACADEMY_CODE,
    unitName: 'Vụ Các trường chính trị',
  },
  {
    email: 'quantri@tct-thainguyen.vn',
    fullName: 'Lê Văn Minh',
    role: 'school_admin',
    organisationCode: THAI_NGUYEN_CODE,
    unitName: 'Phòng Tổ chức - Hành chính - Thông tin - Tư liệu',
  },
  {
    email: 'vanthu@tct-thainguyen.vn',
    fullName: 'Hoàng Thị Lan',
    role: 'clerk',
    organisationCode: THAI_NGUYEN_CODE,
    unitName: 'Phòng Tổ chức - Hành chính - Thông tin - Tư liệu',
  },
  {
    email: 'hieutruong@tct-thainguyen.vn',
    fullName: 'Phạm Quốc Hùng',
    title: 'Hiệu trưởng',
    role: 'leader',
    organisationCode: THAI_NGUYEN_CODE,
    unitName: 'Ban Giám hiệu',
  },
  {
    email: 'canbo@tct-thainguyen.vn',
    fullName: 'Đỗ Thị Thu',
    role: 'staff',
    organisationCode: THAI_NGUYEN_CODE,
    unitName: 'Phòng Quản lý đào tạo và Nghiên cứu khoa học',
  },
  {
    email: 'truongphong@tct-thainguyen.vn',
    fullName: 'Nguyễn Thị Hằng',
    role: 'staff',
    organisationCode: THAI_NGUYEN_CODE,
    unitName: 'Phòng Quản lý đào tạo và Nghiên cứu khoa học',
  },
  {
    email: 'quantri@tct-vinhlong.vn',
    fullName: 'Võ Thanh Tâm',
    role: 'school_admin',
    organisationCode: VINH_LONG_CODE,
    unitName: 'Phòng Tổ chức - Hành chính - Thông tin - Tư liệu',
  },
  {
    email: 'vanthu@tct-vinhlong.vn',
    fullName: 'Huỳnh Thị Mai',
    role: 'clerk',
    organisationCode: VINH_LONG_CODE,
    unitName: 'Phòng Tổ chức - Hành chính - Thông tin - Tư liệu',
  },
  {
    email: 'hieutruong@tct-vinhlong.vn',
    fullName: 'Nguyễn Hữu Phước',
    title: 'Hiệu trưởng',
    role: 'leader',
    organisationCode: VINH_LONG_CODE,
    unitName: 'Ban Giám hiệu',
  },
  {
    email: 'canbo@tct-vinhlong.vn',
    fullName: 'Trương Minh Khoa',
    role: 'staff',
    organisationCode: VINH_LONG_CODE,
    unitName: 'Khoa Xây dựng Đảng',
  },
];

/** A capability's demo data; `modules` gives it the same services and ports the app uses. */
export type DemoSeeder = (db: Kysely<DB>, dialect: Dialect, modules: Modules) => Promise<void>;
/** Demo data of each capability, in dependency order. */
export const demoSeeders: DemoSeeder[] = [seedDemoDirective, seedDemoStandard, seedDemoLetters];

export async function seedDemoAccounts(db: Kysely<DB>): Promise<DemoAccount[]> {
  const hash = await hashPassword(DEMO_PASSWORD);
  const now = new Date().toISOString();
  const createdAccounts: DemoAccount[] = [];
  await db.transaction().execute(async (trx) => {
    for (const account of DEMO_ACCOUNTS) {
      if (await trx.selectFrom('users').select('id').where('email', '=', account.email).executeTakeFirst()) continue;
      const org = await trx
        .selectFrom('organisations')
        .select('id')
        .where('code', '=', account.organisationCode)
        .executeTakeFirstOrThrow();
      const unit = account.unitName
        ? await trx
            .selectFrom('org_units')
            .select('id')
            .where('organisation_id', '=', org.id)
            .where('name', '=', account.unitName)
            .executeTakeFirst()
        : undefined;
      const row = {
        id: randomUUID(),
        organisation_id: org.id,
        unit_id: unit?.id ?? null,
        email: account.email,
        full_name: account.fullName,
        title: account.title ?? ROLE_LABELS[account.role],
        role: account.role,
        password_hash: hash,
        active: 1,
        failed_logins: 0,
        locked_until: null,
        created_at: now,
        updated_at: now,
        last_login_at: null,
      };
      await trx.insertInto('users').values(row).execute();
      await recordAudit(trx, null, {
        action: 'user.created',
        entityType: 'user',
        entityId: row.id,
        organisationId: org.id,
        after: { ...row, source: 'demo' },
      });
      createdAccounts.push(account);
    }
  });
  return createdAccounts;
}

export async function seedDemo(db: Kysely<DB>, dialect: Dialect, modules: Modules): Promise<DemoAccount[]> {
  const accounts = await seedDemoAccounts(db);
  for (const seeder of demoSeeders) await seeder(db, dialect, modules);
  return accounts;
}
