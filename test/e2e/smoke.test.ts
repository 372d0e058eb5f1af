import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, screenshotOnFailure, takeScreenshot } from '../support/browser.ts';

describe('smoke: the app serves its web page and its API', () => {
  const baseUrl = inject('baseUrl');
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
    page.on('pageerror', (err) => pageErrors.push(err.message));
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('answers /api/health', async () => {
    const res = await page.request.get(`${baseUrl}/api/health`);
    expect(res.status()).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });

  it('renders the web app and offers a signed-out visitor the sign-in form', async () => {
    screenshotOnFailure(page);
    const res = await page.goto(baseUrl, { waitUntil: 'load' });
    expect(res?.status()).toBe(200);
    await expect.poll(() => page.title()).toContain('Abreast');
    await page.locator('input[type="email"]').waitFor({ state: 'visible', timeout: 30_000 });
    expect(await page.locator('#root').textContent()).not.toBe('');
    expect(pageErrors).toEqual([]);
    await takeScreenshot(page, 'smoke-sign-in');
  });
});
