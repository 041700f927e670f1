/**
 * The phone layout at 390 × 844: the navigation folds behind a "Menu" button (aria-expanded,
 * aria-controls), and no main page of any role scrolls sideways (document width ≤ viewport width; tables
 * scroll inside their own container). Every page visited is also saved as a screenshot at phone and
 * desktop size under test-results/screenshots/ (see README.md), for people to look at.
 *
 * The demo data (letter 2174-CV/HVCTQG presented to the Thái Nguyên director, its directive with the
 * schools' obligations) is seeded; the clerk's draft and the staff member's task are made through the API,
 * as the screens that make them are covered by their own tests.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { seedDemo } from '../../src/seed/seed-demo.ts';
import { modulesOf } from '../../src/testing/test-database.ts';
import { DEMO, DESKTOP, PHONE, logIn, saveScreenshot, startHarness, type Harness } from './harness.ts';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
  await seedDemo(h.database.db, h.database.dialect, modulesOf(h.database));
});

afterAll(async () => {
  await h?.close();
});

/** A JSON call from the page's session (cookie + CSRF token). */
async function callApi<T>(page: Page, method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const me = await page.request.get('/api/auth/me');
  const { csrfToken } = (await me.json()) as { csrfToken: string };
  const response = await page.request.fetch(path, {
    method,
    headers: { 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { data: JSON.stringify(body) }),
  });
  expect(response.status(), `${method} ${path}: ${await response.text()}`).toBeLessThan(300);
  return (await response.json()) as T;
}

type Items<T> = { items: T[] };

/** Open `path` and wait until the page has its heading and nothing is loading any more. */
async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.locator('main h1').first().waitFor();
  await expect.poll(() => page.locator('main .loading').count(), { timeout: 10_000 }).toBe(0);
}

/** How far the document is wider than the window (0 when nothing scrolls sideways), and what sticks out. */
async function overflow(page: Page): Promise<{ extra: number; culprits: string[] }> {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const culprits: string[] = [];
    // Inside a container that scrolls (a table's own .table-wrap) sticking out is fine.
    const scrolls = (element: Element) => /auto|scroll|hidden|clip/.test(getComputedStyle(element).overflowX);
    const contained = (element: Element): boolean => {
      // An absolutely positioned element escapes a scroller that is not its containing block: not contained.
      if (/absolute|fixed/.test(getComputedStyle(element).position)) return false;
      for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement)
        if (scrolls(parent)) return true;
      return false;
    };
    for (const element of Array.from(document.querySelectorAll('body *'))) {
      const box = element.getBoundingClientRect();
      if (box.width > 0 && box.right > width + 0.5 && culprits.length < 6 && !contained(element)) {
        const name = `${element.tagName.toLowerCase()}.${String(element.className).split(' ').join('.')}`;
        culprits.push(`${name} → ${Math.round(box.right)}px`);
      }
    }
    return { extra: document.documentElement.scrollWidth - width, culprits };
  });
}

/** At phone size: no sideways scrolling; then both screenshots (phone, then desktop). */
async function checkPage(page: Page, path: string, name: string): Promise<void> {
  await page.setViewportSize(PHONE);
  await open(page, path);
  const measured = await overflow(page);
  // Soft: one run reports every page that scrolls sideways, not only the first.
  expect
    .soft(measured.extra, `${path} scrolls sideways by ${measured.extra}px at 390px: ${measured.culprits.join(', ')}`)
    .toBeLessThanOrEqual(0);
  expect.soft(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await saveScreenshot(page, `${name}-phone`);
  await page.setViewportSize(DESKTOP);
  await page.locator('main h1').first().waitFor();
  await saveScreenshot(page, `${name}-desktop`);
  await page.setViewportSize(PHONE);
}

async function signIn(email: string): Promise<Page> {
  const { page } = await h.newPage({ viewport: PHONE });
  await logIn(page, email);
  return page;
}

describe('phone layout (390 × 844)', () => {
  test('the menu button opens and closes the navigation', async () => {
    const page = await signIn(DEMO.thaiNguyenClerk);
    const nav = page.getByRole('navigation', { name: 'Điều hướng chính', includeHidden: true });
    const menu = page.getByRole('button', { name: 'Menu' });
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await menu.getAttribute('aria-controls')).toBe(await nav.getAttribute('id'));
    expect(await nav.isVisible()).toBe(false);
    const box = await menu.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);

    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await nav.waitFor({ state: 'visible' });
    await nav.getByRole('link', { name: 'Văn bản đến', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Văn bản đến' }).waitFor();
    // The menu folds again once the user has chosen where to go.
    await nav.waitFor({ state: 'hidden' });
    expect(await menu.getAttribute('aria-expanded')).toBe('false');

    // At desktop size the navigation is always there and the button is not.
    await page.setViewportSize(DESKTOP);
    await nav.waitFor({ state: 'visible' });
    expect(await menu.isVisible()).toBe(false);
  });

  test('the clerk: home, register, review (scan behind a toggle), people, network, training', async () => {
    const page = await signIn(DEMO.thaiNguyenClerk);
    const draft = await callApi<{ id: string }>(page, 'POST', '/api/intake/text', {
      text: 'HỌC VIỆN CHÍNH TRỊ QUỐC GIA HỒ CHÍ MINH\nSố: 1234-CV/HVCTQG\nHà Nội, ngày 02 tháng 3 năm 2026\nV/v kiểm tra bố cục trên điện thoại của Trường Chính trị tỉnh Thái Nguyên\nKính gửi: Trường Chính trị tỉnh Thái Nguyên',
    });
    await checkPage(page, '/', 'clerk-home');
    await checkPage(page, '/van-ban-den', 'clerk-register');
    await checkPage(page, '/van-ban-den?tab=cho-vao-so', 'clerk-register-pending');

    await checkPage(page, `/van-ban-den/${draft.id}/vao-so`, 'clerk-review');
    const toggle = page.getByRole('button', { name: 'Xem bản gốc' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('#review-page-body').isVisible()).toBe(false);
    await toggle.click();
    await page.locator('#review-page-body').waitFor({ state: 'visible' });
    expect(await page.getByRole('button', { name: 'Ẩn bản gốc' }).getAttribute('aria-expanded')).toBe('true');
    const register = await page.getByRole('button', { name: 'Vào sổ và cấp số đến' }).boundingBox();
    expect(register?.height ?? 0).toBeGreaterThanOrEqual(44);

    await checkPage(page, '/can-bo', 'clerk-people');
    await checkPage(page, '/mang-luoi', 'clerk-network');
    await checkPage(page, '/dao-tao', 'clerk-training');
    await checkPage(page, '/nhiem-vu-chi-dao', 'clerk-obligations');
  });

  test("the director: desk and direction form; the staff member: my tasks and a task; the obligation's answer", async () => {
    const leader = await signIn(DEMO.thaiNguyenLeader);
    const desk = await callApi<{ awaiting: { id: string }[] }>(leader, 'GET', '/api/desk');
    const letter = desk.awaiting[0];
    expect(letter, 'the demo letter waits on the desk').toBeDefined();
    await checkPage(leader, '/ban-lam-viec', 'leader-desk');
    await checkPage(leader, `/ban-lam-viec/van-ban/${letter?.id}`, 'leader-direction');

    const people = await callApi<Items<{ id: string; email: string }>>(leader, 'GET', '/api/people?pageSize=100');
    const staff = people.items.find((p) => p.email === DEMO.thaiNguyenStaff);
    await callApi(leader, 'POST', `/api/documents/${letter?.id}/direction`, {
      note: 'Giao đồng chí Thu chủ trì, báo cáo trước hạn.',
      assignments: [{ title: 'Chuẩn bị báo cáo về công tác trường chính trị', lead: { userId: staff?.id } }],
    });

    const worker = await signIn(DEMO.thaiNguyenStaff);
    const mine = await callApi<Items<{ id: string }>>(worker, 'GET', '/api/tasks/mine');
    expect(mine.items.length).toBeGreaterThan(0);
    await checkPage(worker, '/', 'staff-home');
    await checkPage(worker, '/viec-cua-toi', 'staff-my-tasks');
    await checkPage(worker, `/viec-cua-toi/${mine.items[0]?.id}`, 'staff-task');
    const actions = worker.locator('main button:visible');
    for (const button of await actions.all()) {
      const box = await button.boundingBox();
      expect(box?.height ?? 0, `button "${await button.textContent()}" is a 44px target`).toBeGreaterThanOrEqual(44);
    }

    const obligations = await callApi<Items<{ id: string }>>(leader, 'GET', '/api/obligations');
    expect(obligations.items.length).toBeGreaterThan(0);
    await checkPage(leader, `/nhiem-vu-chi-dao/${obligations.items[0]?.id}`, 'leader-obligation');
  });

  test('the Academy: home, directives, a directive dashboard, network, people, training compliance', async () => {
    const page = await signIn(DEMO.academyAdmin);
    const directives = await callApi<Items<{ id: string }>>(page, 'GET', '/api/directives');
    expect(directives.items.length).toBeGreaterThan(0);
    await checkPage(page, '/', 'academy-home');
    await checkPage(page, '/chi-dao', 'academy-directives');
    await checkPage(page, `/chi-dao/${directives.items[0]?.id}/theo-doi`, 'academy-directive-dashboard');
    await checkPage(page, '/mang-luoi', 'academy-network');
    await checkPage(page, '/can-bo', 'academy-people');
    await checkPage(page, '/tuan-thu-dao-tao', 'academy-training-compliance');
  });
});
