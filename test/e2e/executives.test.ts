import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openEnglishPage, screenshotOnFailure, signIn as signInAs, takeScreenshot } from '../support/browser.ts';

interface Cockpit {
  pairings: { accountId: string; accountName: string }[];
  visits: { id: string; subject: string; check: { value: { flagged: boolean; issues: string[] } } }[];
}
interface SupportRequest {
  id: string;
  need: string;
  status: string;
}

/**
 * Executives and the front line (SPEC §6): the CEO plans a visit from the cockpit
 * without an agenda and is warned of 拍脑门; a rep asks Pricing for a quote from the
 * account page and the pricing manager accepts, answers and closes it in the
 * department's queue.
 */
describe('executives and support requests in the browser', () => {
  const baseUrl = inject('baseUrl');
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  /** The script errors of every page opened, one list per page. */
  const pageErrors: string[][] = [];

  /** Signs in and waits for the user's starting page: the back office lands on its support queue. */
  const signIn = async (email: string, home = /\/dashboard$/): Promise<Page> => {
    const opened = await openEnglishPage(browser, { viewport: { width: 1500, height: 1000 } });
    contexts.push(opened.context);
    pageErrors.push(opened.pageErrors);
    await signInAs(opened.page, baseUrl, email, home);
    return opened.page;
  };

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
  });

  it('warns the CEO of 拍脑门 when a visit is planned without an agenda', async () => {
    const page = await signIn('ceo@abreast.demo');
    screenshotOnFailure(page);
    const before = (await (await page.request.get(`${baseUrl}/api/cockpit`)).json()) as Cockpit;
    expect(before.pairings.length).toBeGreaterThan(0);

    await page.getByTestId('nav-cockpit').click();
    await page.waitForURL(/\/cockpit$/);
    await expect.poll(() => page.getByTestId('pairing-row').count(), { timeout: 30_000 }).toBe(before.pairings.length);
    await takeScreenshot(page, 'executive-cockpit');

    const subject = `Drop in on the chairman ${Date.now().toString(36)}`;
    await page.getByTestId('plan-visit').click();
    const dialog = page.getByTestId('plan-visit-modal');
    await dialog.getByTestId('plan-visit-subject').fill(subject);
    await dialog.getByTestId('plan-visit-objective').fill('Talk about next year’s volumes');
    await dialog.getByTestId('plan-visit-submit').click();

    const warning = page.getByTestId('unplanned-visit-warning');
    await warning.waitFor({ timeout: 15_000 });
    expect(await warning.getByTestId('visit-issue-no_agenda').count()).toBe(1);
    expect(await warning.getByTestId('visit-issue-no_objective').count()).toBe(0);
    expect(await warning.textContent()).toContain('拍脑门');
    await takeScreenshot(page, 'executive-unplanned-visit-warning');
    await page.getByTestId('plan-visit-done').click();

    const after = (await (await page.request.get(`${baseUrl}/api/cockpit`)).json()) as Cockpit;
    const planned = after.visits.find((v) => v.subject === subject);
    expect(planned?.check.value).toMatchObject({ flagged: true, issues: ['no_agenda'] });
    const row = page.locator(`[data-testid="visit-row"][data-visit-id="${planned?.id}"]`);
    await expect.poll(() => row.getAttribute('data-flagged')).toBe('true');
    expect(Number(await page.getByTestId('four-pats-unplanned_visit').first().getAttribute('data-count'))).toBeGreaterThan(0);
    expect(pageErrors.flat()).toEqual([]);
  });

  it('lets a rep ask Pricing for support and the pricing department close it', async () => {
    const rep = await signIn('rep.east1@abreast.demo');
    screenshotOnFailure(rep);
    const accounts = (await (await rep.request.get(`${baseUrl}/api/accounts?limit=1&sort=-revenue`)).json()) as { items: { id: string }[] };
    const accountId = accounts.items[0]?.id ?? '';
    expect(accountId).not.toBe('');

    const need = `Quote three volume scenarios for the Chengdu lane ${Date.now().toString(36)}`;
    await rep.goto(`${baseUrl}/accounts/${accountId}?tab=support`);
    await rep.getByTestId('raise-support-request').click();
    const form = rep.getByTestId('raise-request');
    await form.getByTestId('raise-request-department').click();
    await rep.getByRole('option', { name: 'Pricing', exact: true }).click();
    await form.getByTestId('raise-request-need').fill(need);
    await form.getByTestId('raise-request-submit').click();
    const raised = rep.locator('[data-testid="support-request"]', { hasText: need });
    await raised.waitFor({ timeout: 15_000 });
    expect(await raised.getAttribute('data-status')).toBe('open');
    // The rep sees it but cannot move another department's request.
    expect(await raised.getByTestId('support-close').count()).toBe(0);

    const pricing = await signIn('pricing@abreast.demo', /\/support$/);
    screenshotOnFailure(pricing);
    const card = pricing.locator('[data-testid="support-request"]', { hasText: need });
    await card.waitFor({ timeout: 15_000 });
    await card.getByTestId('support-accept').click();
    await expect.poll(() => card.getAttribute('data-status')).toBe('accepted');
    await card.getByTestId('support-answer-input').fill('CNY 1.82 / kg at 300 t a month; 1.75 above 500 t.');
    await card.getByTestId('support-send-answer').click();
    await expect.poll(() => card.getAttribute('data-status')).toBe('answered');
    await takeScreenshot(pricing, 'support-department-queue');
    await card.getByTestId('support-close').click();
    // Closed requests leave the queue of waiting ones.
    await expect.poll(() => card.count()).toBe(0);

    const mine = (await (await rep.request.get(`${baseUrl}/api/accounts/${accountId}/support-requests`)).json()) as { items: SupportRequest[] };
    expect(mine.items.find((r) => r.need === need)?.status).toBe('closed');
    await rep.reload();
    await expect.poll(() => raised.getAttribute('data-status'), { timeout: 15_000 }).toBe('closed');
    await takeScreenshot(rep, 'support-request-closed');
    expect(pageErrors.flat()).toEqual([]);
  });
});
