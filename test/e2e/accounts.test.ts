import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, screenshotOnFailure, takeScreenshot } from '../support/browser.ts';

// A key account manager of the demo company (East China).
const rep = { email: 'rep.east1@abreast.demo', password: 'abreast-demo' };

describe('a rep finds an account, edits it and finds the change saved', () => {
  const baseUrl = inject('baseUrl');
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    // The journey reads English labels, whatever the rep's saved preference.
    await context.addInitScript(() => window.localStorage.setItem('abreast.locale', 'en'));
    page = await context.newPage();
    page.on('pageerror', (err) => pageErrors.push(err.message));
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  const rows = () => page.getByTestId('account-row');

  it('signs in and lands on the accounts list', async () => {
    screenshotOnFailure(page);
    await page.goto(`${baseUrl}/accounts`);
    await page.getByLabel('Email').fill(rep.email);
    await page.getByLabel('Password', { exact: true }).fill(rep.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await rows().first().waitFor({ timeout: 30_000 });
    expect(new URL(page.url()).pathname).toBe('/accounts');
    expect(await rows().count()).toBeGreaterThan(0);
  });

  it('filters the list by the rep region and keeps the filter in the URL', async () => {
    screenshotOnFailure(page);
    const me = (await (await page.request.get(`${baseUrl}/api/me`)).json()) as { user: { regionId: string } };
    const regions = (await (await page.request.get(`${baseUrl}/api/regions`)).json()) as { items: { id: string; nameEn: string }[] };
    const region = regions.items.find((r) => r.id === me.user.regionId);
    expect(region, 'the demo rep has a region').toBeDefined();

    await page.getByTestId('filter-region').click();
    await page.getByRole('option', { name: region!.nameEn, exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('region') === region!.id);
    await expect
      .poll(async () => new Set(await page.locator('[data-testid=account-row] td:nth-child(3)').allTextContents()))
      .toEqual(new Set([region!.nameEn]));
  });

  let accountName = '';

  it('searches by name and opens the account', async () => {
    screenshotOnFailure(page);
    accountName = (await page.getByTestId('account-link').first().textContent())?.trim() ?? '';
    const term = accountName.split(/\s+/)[0] ?? accountName;
    await page.getByTestId('accounts-search').fill(term);
    await page.waitForURL((url) => url.searchParams.get('q') === term);
    await expect
      .poll(async () =>
        (await page.getByTestId('account-link').allTextContents()).every((name) => name.toLowerCase().includes(term.toLowerCase())),
      )
      .toBe(true);
    expect(new URL(page.url()).searchParams.get('region')).not.toBeNull();

    await page.getByTestId('account-link').filter({ hasText: accountName }).first().click();
    await page.getByTestId('account-name').waitFor();
    expect(await page.getByTestId('account-name').textContent()).toBe(accountName);
  });

  it('edits the collection cycle and the description, and the change survives a reload', async () => {
    screenshotOnFailure(page);
    const statusBefore = await page.getByTestId('detail-status').textContent();
    const industryBefore = await page.getByTestId('detail-industry').textContent();
    const description = `Peak-season review agreed with their logistics director (${Date.now()})`;

    await page.getByTestId('account-edit').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Collection cycle').fill('88');
    await dialog.getByLabel('Description').fill(description);
    await dialog.getByTestId('account-save').click();
    await page.getByText(`${accountName} was saved.`).waitFor();
    await dialog.waitFor({ state: 'hidden' });

    await page.reload();
    await page.getByTestId('account-name').waitFor();
    expect(await page.getByTestId('detail-collectionCycleDays').textContent()).toBe('88 days');
    expect(await page.getByTestId('detail-description').textContent()).toBe(description);
    // Only what was edited changed.
    expect(await page.getByTestId('detail-status').textContent()).toBe(statusBefore);
    expect(await page.getByTestId('detail-industry').textContent()).toBe(industryBefore);
    expect(pageErrors).toEqual([]);
    await takeScreenshot(page, 'accounts-edited-account');
  });
});
