import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { BUYING_STAGES, type BuyingStage, SALES_STAGES } from '../../src/domain/deals/stages.ts';
import { launchBrowser, openEnglishPage, screenshotOnFailure, signIn, takeScreenshot } from '../support/browser.ts';

// The English names of our sales stages are their ids in words (customer_contact: Customer contact).
const stageLabel = (stage: string) => stage.replaceAll('_', ' ').replace(/^./, (c) => c.toUpperCase());

interface BoardDeal {
  id: string;
  accountId: string;
  name: string;
  stage: string;
  version: number;
  outcome: string;
  judgements: { buyingStage: { value: BuyingStage | null } | null; alignment: { mismatch: boolean } | null };
}

/**
 * The dual-track board (SPEC §4, seed 002): the regional manager drags a solution
 * deal to a sales stage the customer has not reached, sees it flagged out of step on
 * the board and on the deal page, and asks "what if I give a discount now?".
 */
describe('deals on the dual-track board', () => {
  const baseUrl = inject('baseUrl');
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let pageErrors: string[] = [];
  let deal: BoardDeal;
  let target = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ context, page, pageErrors } = await openEnglishPage(browser, { viewport: { width: 1500, height: 950 } }));
    await signIn(page, baseUrl, 'manager.east@abreast.demo');
  });
  afterAll(async () => {
    // Leave the demo deal where the journey found it, for whoever comes next.
    if (deal) {
      const now = (await (await page.request.get(`${baseUrl}/api/accounts/${deal.accountId}/deals/${deal.id}`)).json()) as BoardDeal;
      if (now.stage !== deal.stage) {
        await page.request.post(`${baseUrl}/api/accounts/${deal.accountId}/deals/${deal.id}/stage`, {
          data: { stage: deal.stage, version: now.version },
        });
      }
    }
    await context?.close();
    await browser?.close();
  });

  it('drags a deal to a stage out of step with its customer and sees the mismatch', async () => {
    screenshotOnFailure(page);
    const board = (await (await page.request.get(`${baseUrl}/api/deals?kind=solution`)).json()) as { items: BoardDeal[] };
    // An open demo deal in step with a customer whose stage is known, early enough to be pushed two stages ahead.
    const found = board.items.find((d) => {
      const at = d.judgements.buyingStage?.value;
      return d.outcome === 'open' && at && !d.judgements.alignment?.mismatch && BUYING_STAGES.indexOf(at) + 2 < SALES_STAGES.length;
    });
    expect(found, 'the demo company has an open solution deal in step with its customer').toBeDefined();
    deal = found as BoardDeal;
    const customerAt = BUYING_STAGES.indexOf(deal.judgements.buyingStage?.value as BuyingStage);
    target = SALES_STAGES[customerAt + 2] as string;

    await page.getByTestId('nav-deals').click();
    await page.waitForURL(/\/deals$/);
    const card = page.getByTestId(`deal-card-${deal.id}`);
    await card.waitFor();
    expect(await card.getAttribute('data-mismatch')).toBe('false');
    expect(await page.getByTestId(`customer-chip-${deal.id}`).count()).toBe(1);

    await card.dragTo(page.getByTestId(`sales-column-${target}`));

    const moved = page.getByTestId(`sales-column-${target}`).getByTestId(`deal-card-${deal.id}`);
    await expect.poll(() => moved.getAttribute('data-mismatch'), { timeout: 15_000 }).toBe('true');
    const badge = moved.getByTestId('mismatch-badge');
    expect(await badge.textContent()).toMatch(/Ahead of the customer by 2/);
    // The customer's own mark stays where the signals put it, now in red.
    const chip = page.getByTestId(`customer-lane-${deal.judgements.buyingStage?.value}`).getByTestId(`customer-chip-${deal.id}`);
    expect(await chip.count()).toBe(1);
    await expect.poll(() => page.getByText(/is now out of step with the customer/).count()).toBeGreaterThan(0);
    await takeScreenshot(page, 'deals-board-out-of-step');
  });

  it('says on the deal page what to do about it, and answers "what if I do this now?" without logging', async () => {
    screenshotOnFailure(page);
    await page.getByTestId(`deal-card-${deal.id}`).getByTestId('deal-card-link').click();
    await page.waitForURL(new RegExp(`/deals/${deal.id}$`));
    const warning = page.getByTestId('warning-mismatch');
    await warning.waitFor();
    expect(await warning.textContent()).toMatch(/pushing too early/i);
    expect(await page.getByTestId('deal-stage').textContent()).not.toBe('');

    const logged = await page.getByTestId('action-row').count();
    await page.getByTestId('action-select').click();
    await page.getByRole('option', { name: 'Price concession' }).click();
    await page.getByTestId('action-dry-run').click();
    const result = page.getByTestId('action-check-result');
    await result.waitFor();
    expect(await result.textContent()).toMatch(/not logged/);
    expect(await page.getByTestId('action-row').count()).toBe(logged);
    await takeScreenshot(page, 'deals-page-out-of-step');
    expect(pageErrors).toEqual([]);
  });

  it('moves the deal back in step from the deal page and the warning goes', async () => {
    screenshotOnFailure(page);
    await page.getByTestId('sales-stage-select').click();
    await page.getByRole('option', { name: new RegExp(`^${stageLabel(deal.stage)}$`) }).click();
    await expect.poll(() => page.getByTestId('warning-mismatch').count(), { timeout: 15_000 }).toBe(0);
    expect(await page.getByTestId('alignment-badge').first().textContent()).toMatch(/In step/);
  });
});
