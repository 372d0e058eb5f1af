import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, screenshotOnFailure, takeScreenshot } from '../support/browser.ts';

interface DashboardItem {
  account: { id: string; name: string };
  signals: string[];
  reasons: { rule: string }[];
}

/**
 * The home page (SPEC §7): the South China manager signs in and lands on the
 * portfolio dashboard, finds the demo's dangerous account (Brightway) with the
 * reasons it is dangerous, opens it, and reads the dashboard in Chinese.
 */
describe('the portfolio dashboard is the home page', () => {
  const baseUrl = inject('baseUrl');
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];
  let brightway: DashboardItem;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1400, height: 950 } });
    // The journey starts in English, whatever the manager's saved preference; the switch to Chinese happens in the page.
    await context.addInitScript(() => window.localStorage.setItem('abreast.locale', 'en'));
    page = await context.newPage();
    page.on('pageerror', (err) => pageErrors.push(err.message));
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('lands on the dashboard after signing in', async () => {
    screenshotOnFailure(page);
    await page.goto(`${baseUrl}/login`);
    await page.getByLabel('Email').fill('manager.south@abreast.demo');
    await page.getByLabel('Password', { exact: true }).fill('abreast-demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/dashboard$/);
    await expect.poll(() => page.getByTestId('dashboard-title').textContent(), { timeout: 30_000 }).toBe('Portfolio dashboard');
    expect(await page.getByTestId('nav-dashboard').getAttribute('data-active')).toBe('true');
  });

  it('shows the region’s dangerous accounts, Brightway among them with its reasons', async () => {
    screenshotOnFailure(page);
    const data = (await (await page.request.get(`${baseUrl}/api/dashboard`)).json()) as {
      accounts: number;
      dangerous: { total: number; items: DashboardItem[] };
    };
    const found = data.dangerous.items.find((i) => i.account.name.includes('Brightway'));
    expect(found, 'the demo’s dangerous account is in the South China manager’s view').toBeDefined();
    brightway = found!;
    expect(brightway.signals.length).toBeGreaterThan(0);

    const card = page.getByTestId('dashboard-dangerous');
    await card.waitFor();
    expect(await card.getByTestId('dashboard-dangerous-count').textContent()).toBe(String(data.dangerous.total));
    expect(await page.getByTestId('dashboard-distribution-count').textContent()).toBe(String(data.accounts));
    const item = card.locator(`[data-testid="dashboard-dangerous-item"][data-account-id="${brightway.account.id}"]`);
    await item.getByTestId('why').click();
    const reasons = page.getByTestId('why-reasons').locator('li');
    await expect.poll(() => reasons.count()).toBe(brightway.reasons.length);
    expect(await page.getByTestId('why-reasons').textContent()).toContain('key contacts left');
    await takeScreenshot(page, 'dashboard-manager-dangerous-reasons');
    await page.keyboard.press('Escape');
  });

  it('opens the dangerous account’s page from the dashboard', async () => {
    screenshotOnFailure(page);
    await page
      .getByTestId('dashboard-dangerous')
      .getByTestId('dashboard-dangerous-link')
      .filter({ hasText: brightway.account.name })
      .click();
    await page.waitForURL((url) => url.pathname === `/accounts/${brightway.account.id}`);
    await expect.poll(() => page.locator('main').textContent(), { timeout: 15_000 }).toContain(brightway.account.name);
  });

  it('reads in Chinese after switching to 中文', async () => {
    screenshotOnFailure(page);
    await page.getByTestId('nav-dashboard').click();
    await page.waitForURL(/\/dashboard$/);
    await page.getByTestId('language-switch').getByText('中文').click();
    await expect.poll(() => page.getByTestId('dashboard-title').textContent()).toBe('客户组合仪表盘');
    await expect.poll(() => page.getByTestId('dashboard-dangerous').textContent()).toContain('危险客户');
    await takeScreenshot(page, 'dashboard-manager-zh');
    // Leave the demo manager's preference as the journey found it.
    await page.getByTestId('language-switch').getByText('EN').click();
    await expect.poll(() => page.getByTestId('dashboard-title').textContent()).toBe('Portfolio dashboard');
    expect(pageErrors).toEqual([]);
  });
});
