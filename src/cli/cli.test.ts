/** The `tct` command line against a temporary SQLite data directory (these commands are SQLite-only or engine-agnostic). */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import SQLite from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const dataDir = mkdtempSync(join(tmpdir(), 'tct-cli-'));
const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'silent' };
const tct = (...args: string[]) => run('node', ['bin/tct.js', ...args], { env, cwd: process.cwd() });
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('tct CLI', () => {
  it('migrates, seeds the network, adds a user, backs up and restores', async () => {
    expect((await tct('migrate')).stdout).toContain('Đã cập nhật cấu trúc CSDL');
    expect((await tct('seed')).stdout).toMatch(/Mạng lưới: \d+ đơn vị/);
    const added = await tct(
      'user',
      'add',
      '--email',
      'giamdoc@hvctqg.vn',
      '--name',
      'Nguyễn Văn Giám',
      '--org',
      'HVCTQG',
      '--role',
      'academy_admin',
      '--password',
      'MatKhau2026x',
    );
    expect(added.stdout).toContain('Đã tạo tài khoản giamdoc@hvctqg.vn');
    await expect(
      tct(
        'user',
        'add',
        '--email',
        'x@y.vn',
        '--name',
        'X Y',
        '--org',
        'KHONG-CO',
        '--role',
        'staff',
        '--password',
        'MatKhau2026x',
      ),
    ).rejects.toMatchObject({ stderr: expect.stringContaining('Không có đơn vị mã "KHONG-CO"') });
    await expect(tct('user', 'add', '--email', 'sai')).rejects.toMatchObject({ code: 2 });

    const backupFile = join(dataDir, 'sao-luu.db');
    expect((await tct('backup', backupFile)).stdout).toContain('Đã sao lưu');
    expect(existsSync(backupFile)).toBe(true);
    // change the live database, then restore: the change is gone
    const live = new SQLite(join(dataDir, 'tct.db'));
    live.prepare("update users set full_name = 'Đã đổi' where email = 'giamdoc@hvctqg.vn'").run();
    live.close();
    expect((await tct('restore', backupFile)).stdout).toContain('Đã khôi phục');
    const restored = new SQLite(join(dataDir, 'tct.db'), { readonly: true });
    expect(
      (restored.prepare("select full_name from users where email = 'giamdoc@hvctqg.vn'").get() as { full_name: string })
        .full_name,
    ).toBe('Nguyễn Văn Giám');
    restored.close();
    await expect(tct('restore', join(dataDir, 'khong-ton-tai.db'))).rejects.toMatchObject({ code: 2 });
  });

  it('prints usage for an unknown command with a non-zero exit', async () => {
    await expect(tct('khong-co-lenh')).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('Cách dùng: tct'),
    });
  });
});
