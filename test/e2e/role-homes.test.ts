/**
 * Role homes on a freshly seeded app (issue 10 item 4, issue 16 item 6): the harness seeds what `npm start`
 * gives an empty database (accounts, the 2174 letter, the recent year); every demo account logs in and
 * its first screen shows its queues with real items — the clerk's letters waiting to be registered, the
 * leader's letters waiting for direction, the staff member's tasks by deadline, the Academy's directives
 * behind schedule — the same items the server lists, and items that open their page.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_ACCOUNTS } from '../../src/seed/seed-demo.ts';
import { RECENT_DIRECTIVE_SYMBOL } from '../../src/seed/demo-year/directive.ts';
import { expectContains, logIn, PHONE, saveScreenshot, startHarness, type Harness } from './harness.ts';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness({ demo: 'year' });
}, 180_000);

afterAll(async () => {
  await harness?.close();
});

/** The queue each role must find on its home, with at least one item. */
const MAIN_QUEUE: Record<string, string> = {
  clerk: 'Chờ vào sổ',
  leader: 'Chờ cho ý kiến',
  staff: 'Việc của tôi đang xử lý',
  school_admin: 'Việc của tôi đang xử lý',
  academy_admin: 'Chỉ đạo chậm tiến độ',
  academy_staff: 'Chỉ đạo chậm tiến độ',
};

type HomeCard = { label: string; value: string; items?: { title: string; href?: string }[] };

async function homeCards(page: Page): Promise<HomeCard[]> {
  const res = await page.request.get('/api/home');
  expect(res.status()).toBe(200);
  return ((await res.json()) as { cards: HomeCard[] }).cards;
}

describe('each demo role finds its work on the home page', () => {
  for (const account of DEMO_ACCOUNTS) {
    test(`${account.email} (${account.role})`, async () => {
      const { page } = await harness.newPage();
      await logIn(page, account.email);
      const label = MAIN_QUEUE[account.role]!;
      const queue = page.getByRole('region', { name: label });
      await queue.waitFor();
      const cards = await homeCards(page);
      const card = cards.find((c) => c.label === label)!;
      expect(card.items?.length ?? 0, `${label} has items`).toBeGreaterThan(0);
      // The page shows the server's items: the first one by its words, all of them as rows.
      await expectContains(queue, card.items![0]!.title);
      expect(await queue.locator('.home-queue__item').count()).toBe(card.items!.length);
      expect(Number(await queue.locator('.home-queue__count').textContent())).toBeGreaterThanOrEqual(
        card.items!.length,
      );
      // Every queue the server sent is on the page.
      for (const c of cards.filter((x) => x.items)) await page.getByRole('region', { name: c.label }).waitFor();
      await saveScreenshot(page, `home-${account.role}-${account.email.split('@')[1]!.split('.')[0]}`);

      // The first item opens its page (a letter, a task, a directive's follow-up).
      await queue.locator('.home-queue__item a').first().click();
      await page.waitForURL((url) => url.pathname === card.items![0]!.href!.split('?')[0]);
      await page.getByRole('heading', { level: 1 }).waitFor();
    });
  }

  test('the clerk sees the letters waiting, the letters not presented and what falls due this week', async () => {
    const { page } = await harness.newPage();
    await logIn(page, 'vanthu@tct-thainguyen.vn');
    const org = await harness.organisationIdByCode(DEMO_ACCOUNTS.find((a) => a.role === 'clerk')!.organisationCode);
    const oldestWaiting = await harness.database.db
      .selectFrom('documents')
      .select(['number_symbol'])
      .where('organisation_id', '=', org)
      .where('direction', '=', 'incoming')
      .where('status', 'in', ['draft', 'arrived'])
      .orderBy('created_at')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    await expectContains(page.getByRole('region', { name: 'Chờ vào sổ' }), oldestWaiting.number_symbol!);
    const unpresented = page.getByRole('region', { name: 'Đã vào sổ, chưa trình' });
    await expectContains(unpresented, 'Số đến');
    await expectContains(page.getByRole('region', { name: /Sắp đến hạn trong đơn vị/ }), 'Hạn');
  });

  test('the Academy sees its recent directive behind schedule and a placeholder for reports', async () => {
    const { page } = await harness.newPage();
    await logIn(page, 'chuyenvien@hvctqg.vn');
    await expectContains(page.getByRole('region', { name: 'Chỉ đạo chậm tiến độ' }), RECENT_DIRECTIVE_SYMBOL);
    await expectContains(page.locator('.home-cards'), 'Báo cáo định kỳ đến hạn');
  });

  test('on a phone the queues stack and nothing scrolls sideways', async () => {
    const { page } = await harness.newPage({ viewport: PHONE });
    await logIn(page, 'hieutruong@tct-thainguyen.vn');
    await page.getByRole('region', { name: 'Chờ cho ý kiến' }).waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(PHONE.width);
    await saveScreenshot(page, 'home-leader-phone');
  });
});
