/**
 * End-to-end harness: builds the web app when dist/web is missing or older than web/, starts the
 * real API server in-process over a fresh migrated and seeded test database on a random port,
 * and drives Debian's Chromium through playwright-core (never a downloaded browser).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Locator, type Page, type Response } from 'playwright-core';
import { buildApp } from '../../src/app.ts';
import { createTestDatabase, type TestDatabase } from '../../src/testing/test-database.ts';

export const DEMO_PASSWORD = 'TctDemo2026!';

export const DEMO = {
  academyAdmin: 'admin@hvctqg.vn',
  thaiNguyenClerk: 'vanthu@tct-thainguyen.vn',
  thaiNguyenLeader: 'hieutruong@tct-thainguyen.vn',
  thaiNguyenStaff: 'canbo@tct-thainguyen.vn',
  thaiNguyenAdmin: 'quantri@tct-thainguyen.vn',
  vinhLongClerk: 'vanthu@tct-vinhlong.vn',
  vinhLongAdmin: 'quantri@tct-vinhlong.vn',
} as const;

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const webDir = join(repoRoot, 'web');
const builtIndex = join(repoRoot, 'dist', 'web', 'index.html');

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function newestModification(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestModification(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Build dist/web unless it exists and is newer than every file under web/ (set E2E_SKIP_BUILD=1 to never build). */
export function ensureWebBuilt(): void {
  const stale =
    !existsSync(builtIndex) ||
    (process.env.E2E_SKIP_BUILD !== '1' && statSync(builtIndex).mtimeMs < newestModification(webDir));
  if (!stale) return;
  // vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
  execFileSync('npx', ['vite', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], {
    cwd: repoRoot,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}

export type Harness = {
  baseUrl: string;
  app: FastifyInstance;
  database: TestDatabase;
  browser: Browser;
  /** A fresh browser context (own cookies) with Vietnamese locale and Vietnam time zone. */
  newPage: (opts?: { viewport?: Viewport }) => Promise<{ context: BrowserContext; page: Page }>;
  organisationIdByCode: (code: string) => Promise<string>;
  close: () => Promise<void>;
};

/** `demo: 'year'` seeds what `npm start` gives an empty database (accounts, 2174, the recent year). */
export async function startHarness(opts: { demo?: 'accounts' | 'year' } = {}): Promise<Harness> {
  ensureWebBuilt();
  const database = await createTestDatabase({ demo: opts.demo ?? 'accounts' });
  const app = await buildApp({ config: database.config, database, logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const contexts: BrowserContext[] = [];
  // Anything the Content-Security-Policy blocks is a bug: the app must work under the strict policy.
  const cspViolations: string[] = [];

  return {
    baseUrl,
    app,
    database,
    browser,
    async newPage(opts = {}) {
      const context = await browser.newContext({
        baseURL: baseUrl,
        locale: 'vi-VN',
        timezoneId: 'Asia/Ho_Chi_Minh',
        // A plain viewport, not Chromium's mobile emulation: that zooms an overflowing page out to fit, which
        // would hide the very sideways scrolling the phone test measures.
        viewport: opts.viewport ?? DESKTOP,
      });
      contexts.push(context);
      const page = await context.newPage();
      page.on('console', (message) => {
        if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
          cspViolations.push(`${page.url()}: ${message.text()}`);
      });
      page.setDefaultTimeout(15_000);
      return { context, page };
    },
    async organisationIdByCode(code) {
      const row = await database.db
        .selectFrom('organisations')
        .select('id')
        .where('code', '=', code)
        .executeTakeFirstOrThrow();
      return row.id;
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close().catch(() => undefined);
      await app.close();
      await database.cleanup();
      expect(cspViolations, 'blocked by Content-Security-Policy').toEqual([]);
    },
  };
}

export type Viewport = { width: number; height: number };
/** The size every browser test runs at unless it asks otherwise. */
export const DESKTOP: Viewport = { width: 1360, height: 900 };
/** A common phone (iPhone 12–15 class) in portrait. */
export const PHONE: Viewport = { width: 390, height: 844 };

/** Where the e2e suite leaves screenshots for people to look at (gitignored; named in README.md). */
export const SCREENSHOT_DIR = join(repoRoot, 'test-results', 'screenshots');

/** Save a full-page screenshot as test-results/screenshots/NAME.png. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** Log in through the login form and wait for the home page. */
export async function logIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/dang-nhap');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  // Attached rather than visible: on a phone the navigation is folded behind the "Menu" button.
  await page.getByRole('navigation', { name: 'Điều hướng chính', includeHidden: true }).waitFor({ state: 'attached' });
}

/** Wait for the API response to a GET whose path starts with `pathPrefix`. */
export function waitForApi(page: Page, pathPrefix: string): Promise<Response> {
  return page.waitForResponse(
    (response) => new URL(response.url()).pathname.startsWith(pathPrefix) && response.request().method() === 'GET',
  );
}

/*
 * Waiting assertions on what the page shows (playwright-core has no `expect`; these poll with
 * vitest's expect.poll so a failure prints the last text seen).
 */
const POLL = { timeout: 10_000, interval: 100 };

function visibleText(locator: Locator): () => Promise<string> {
  return () =>
    locator
      .first()
      // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText() is the text as rendered, which is what is asserted.
      .innerText({ timeout: 500 })
      .then((t) => t.replace(/\s+/g, ' ').trim())
      .catch(() => '');
}

/** The (first) element's text equals `expected` (whitespace collapsed), or matches the RegExp. */
export async function expectText(locator: Locator, expected: string | RegExp): Promise<void> {
  if (typeof expected === 'string') await expect.poll(visibleText(locator), POLL).toBe(expected);
  else await expect.poll(visibleText(locator), POLL).toMatch(expected);
}

/** The (first) element's text contains `expected`. */
export async function expectContains(locator: Locator, expected: string): Promise<void> {
  await expect.poll(visibleText(locator), POLL).toContain(expected);
}

/** The (first) element exists and its text does not contain `unexpected`. */
export async function expectNotContains(locator: Locator, unexpected: string): Promise<void> {
  await locator.first().waitFor();
  await expect.poll(visibleText(locator), POLL).not.toContain(unexpected);
}

export async function expectCount(locator: Locator, count: number): Promise<void> {
  await expect.poll(() => locator.count(), POLL).toBe(count);
}
