import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openEnglishPage, screenshotOnFailure, signIn, takeScreenshot } from '../support/browser.ts';

interface Week {
  week: { firstDay: string };
  visits: { account: { id: string; name: string }; density: { value: { shortfall: number; target: number } }; due: { value: boolean } }[];
  benchmark: { progress: { value: { achieved: number; target: number } } } | null;
}

const shiftDay = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The rep's week (SPEC §7): the demo's South China rep, who owns the dangerous
 * Brightway account, opens My week, finds it due a visit by the high-density target
 * with the reasons, steps back a week and forward again, and opens the account.
 */
describe('a rep plans the week', () => {
  const baseUrl = inject('baseUrl');
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let pageErrors: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ context, page, pageErrors } = await openEnglishPage(browser));
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('sees a dangerous account due a visit, with why, and opens it', async () => {
    screenshotOnFailure(page);
    await signIn(page, baseUrl, 'rep.south1@abreast.demo');

    const week = (await (await page.request.get(`${baseUrl}/api/my-week`)).json()) as Week;
    const due = week.visits.find((v) => v.due.value);
    expect(due, 'the demo rep has a dangerous account due a visit').toBeDefined();

    await page.getByTestId('nav-my-week').click();
    await page.waitForURL(/\/my-week$/);
    const row = page.locator(`[data-testid="visit-due-row"][data-account-id="${due!.account.id}"]`);
    await row.waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('visit-due-row').count()).toBe(week.visits.length);
    expect(await row.getAttribute('data-due')).toBe('true');
    expect((await row.getByTestId('visit-due-shortfall').textContent())?.trim()).toBe(String(due!.density.value.shortfall));
    const shortfall = row.locator('[data-rule="my_week_visit_due"]');
    expect(await shortfall.textContent()).toContain(`high-density target of ${due!.density.value.target} a month`);
    expect(await page.getByTestId('summary-visits-due').textContent()).toBe(String(week.visits.filter((v) => v.due.value).length));
    const progress = week.benchmark!.progress.value;
    expect(await page.getByTestId('benchmark-progress').getAttribute('data-achieved')).toBe(String(progress.achieved));
    expect(await page.getByTestId('summary-benchmark').textContent()).toBe(`${progress.achieved} / ${progress.target}`);
    await takeScreenshot(page, 'my-week');

    // A week back and forward again: the week lives in the address.
    await page.getByTestId('week-previous').click();
    await page.waitForURL((url) => url.searchParams.get('week') === shiftDay(week.week.firstDay, -7));
    await expect.poll(() => page.getByTestId('my-week').getAttribute('data-first-day')).toBe(shiftDay(week.week.firstDay, -7));
    await page.getByTestId('week-this').click();
    await expect.poll(() => page.getByTestId('my-week').getAttribute('data-first-day')).toBe(week.week.firstDay);

    await row.getByTestId('visit-due-account').click();
    await page.waitForURL((url) => url.pathname === `/accounts/${due!.account.id}`);
    await expect.poll(() => page.getByTestId('account-name').textContent(), { timeout: 15_000 }).toContain(due!.account.name);
    expect(pageErrors).toEqual([]);
  });
});
