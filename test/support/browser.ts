import { existsSync, mkdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { onTestFailed } from 'vitest';

export const resultsDir = fileURLToPath(new URL('../../test-results', import.meta.url));

/** Debian's chromium, never a browser downloaded by a test tool. */
export function findChromium(): string | null {
  const candidates = ['/usr/bin/chromium'];
  for (const dir of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    candidates.push(join(dir, 'chromium'), join(dir, 'chromium-browser'));
  }
  return candidates.find((path) => existsSync(path)) ?? null;
}

/** Headless chromium with the flags this machine needs: no sandbox as root, no calls home. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) {
    throw new Error(
      'Chromium was not found (looked for /usr/bin/chromium and chromium on PATH). Install it: `apt-get install -y chromium`.',
    );
  }
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** The password of every demo user. */
export const demoPassword = 'abreast-demo';

/**
 * A page in a fresh context that reads English whatever the user saved, and the
 * uncaught errors of its scripts (a journey ends by asserting there were none).
 */
export async function openEnglishPage(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; page: Page; pageErrors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, ...options });
  await context.addInitScript(() => window.localStorage.setItem('abreast.locale', 'en'));
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (err) => pageErrors.push(err.message));
  return { context, page, pageErrors };
}

/** Signs a demo user in through the login form and waits for their starting page. */
export async function signIn(page: Page, baseUrl: string, email: string, home: RegExp = /\/dashboard$/): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.locator('input[type="email"]').fill(email);
  await page.locator('input[type="password"]').fill(demoPassword);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL(home);
}

/** A file name from a test's name: lower-case letters and digits (any script) joined by dashes. */
export function screenshotName(name: string): string {
  let slug = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  // File systems allow 255 bytes, not characters; leave room for the extension.
  while (Buffer.byteLength(slug) > 200) slug = slug.slice(0, -1);
  return `${slug.replace(/-+$/, '') || 'screenshot'}.png`;
}

/** Save a full-page screenshot as test-results/<name>.png and return its path. */
export async function takeScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(resultsDir, { recursive: true });
  const path = join(resultsDir, screenshotName(name));
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Call inside a test: if it fails, what the page showed is kept in test-results/<test name>.png. */
export function screenshotOnFailure(page: Page): void {
  onTestFailed(async ({ task }) => {
    if (page.isClosed()) return;
    try {
      const path = await takeScreenshot(page, task.fullName);
      console.error(`screenshot of the failed test: ${path}`);
    } catch (err) {
      console.error(`could not take a screenshot of the failed test: ${(err as Error).message}`);
    }
  });
}
