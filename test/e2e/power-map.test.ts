import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openEnglishPage, screenshotOnFailure, signIn, takeScreenshot } from '../support/browser.ts';

interface MapNode {
  id: string;
  name: string;
  nameZh: string | null;
  department: string;
  buyingRole: string;
  attitude: string;
}
interface MapEdge {
  id: string;
  scope: string;
  kind: string;
  from: string;
  to: string;
}

/**
 * The power-map journey (SPEC §5): a rep opens the demo customer's map from the
 * account page, sees who the gap is about, adds a person in the side panel, draws a
 * relation by dragging from one card to another, and finds both saved after a reload.
 */
describe('power map in the browser', () => {
  const baseUrl = inject('baseUrl');
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let pageErrors: string[] = [];
  let accountId = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ context, page, pageErrors } = await openEnglishPage(browser, { viewport: { width: 1600, height: 1000 }, acceptDownloads: true }));
    await signIn(page, baseUrl, 'rep.west1@abreast.demo');
    const found = await page.request.get(`${baseUrl}/api/accounts?q=Jianghan`);
    accountId = ((await found.json()) as { items: { id: string }[] }).items[0]?.id ?? '';
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  const mapFromApi = async () =>
    (await (await page.request.get(`${baseUrl}/api/accounts/${accountId}/power-map`)).json()) as { nodes: MapNode[]; edges: MapEdge[] };
  const card = (id: string) => page.locator(`[data-testid="power-map-node"][data-contact-id="${id}"]`);
  const centre = async (locator: Locator) => {
    const box = await locator.boundingBox();
    if (!box) throw new Error('not on screen');
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  };

  it('opens the demo customer’s map from the account page, with badges and the gap’s people highlighted', async () => {
    screenshotOnFailure(page);
    expect(accountId).not.toBe('');
    const before = await mapFromApi();
    await page.goto(`${baseUrl}/accounts/${accountId}`);
    await page.getByTestId('account-power-map-link').click();
    await page.waitForURL(/\/power-map$/);
    await expect.poll(() => page.getByTestId('power-map-node').count(), { timeout: 30_000 }).toBe(before.nodes.length);

    // The seed-001 story: a coach, a figurehead and a hidden power are on the map.
    expect(await page.getByTestId('coach-badge').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-title-power="figurehead"]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-title-power="hidden_power"]').count()).toBeGreaterThan(0);
    expect(await page.locator('.react-flow__edge').count()).toBe(before.edges.length);

    const gap = page.locator('[data-testid^="gap-"]').first();
    await gap.click();
    await expect.poll(() => page.locator('.react-flow__node.pm-highlighted').count()).toBeGreaterThan(0);
    expect(await page.locator('.react-flow__node.pm-dimmed').count()).toBeGreaterThan(0);
    await gap.click();
    await expect.poll(() => page.locator('.react-flow__node.pm-dimmed').count()).toBe(0);
  });

  it('adds a person in the side panel and draws a relation by dragging, both kept after a reload', async () => {
    screenshotOnFailure(page);
    const before = await mapFromApi();
    const anchor = before.nodes.find((n) => n.department === 'logistics') ?? (before.nodes[0] as MapNode);
    // A name of this run's own, so that a rerun on the same data finds the right card.
    const name = `Lu Xiaoming ${Date.now().toString(36)}`;

    await page.getByTestId('power-map-add-person').click();
    const panel = page.getByRole('dialog');
    await panel.getByTestId('person-name').fill(name);
    await panel.getByTestId('person-nameZh').fill('陆晓明');
    await panel.getByTestId('person-title').fill('Warehouse Supervisor');
    await panel.getByTestId('person-department').fill(anchor.department);
    await panel.getByTestId('attitude-supporter').click();
    await panel.getByTestId('person-save').click();
    await expect.poll(() => page.getByTestId('power-map-node').count(), { timeout: 15_000 }).toBe(before.nodes.length + 1);
    const added = (await mapFromApi()).nodes.find((n) => n.name === name);
    expect(added).toMatchObject({ nameZh: '陆晓明', department: anchor.department, attitude: 'supporter' });
    const newCard = card(added?.id ?? '');
    await expect.poll(() => newCard.getAttribute('data-attitude')).toBe('supporter');

    // Everyone in view, then drag from the new card's dot onto the anchor's card, in steps as a hand would.
    await page.locator('.react-flow__controls-fitview').click();
    await page.waitForTimeout(400);
    const from = await centre(newCard.getByTestId('power-map-handle'));
    const to = await centre(card(anchor.id));
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let step = 1; step <= 12; step++)
      await page.mouse.move(from.x + ((to.x - from.x) * step) / 12, from.y + ((to.y - from.y) * step) / 12);
    await page.mouse.up();
    const dialog = page.getByTestId('relation-dialog');
    await dialog.getByTestId('relation-kind-ally').click();
    await dialog.getByTestId('relation-save').click();
    await expect.poll(() => page.locator('.react-flow__edge').count(), { timeout: 15_000 }).toBe(before.edges.length + 1);

    await page.reload();
    await expect.poll(() => page.getByTestId('power-map-node').count(), { timeout: 30_000 }).toBe(before.nodes.length + 1);
    await expect.poll(() => card(added?.id ?? '').textContent()).toContain(name);
    expect(await page.locator('.react-flow__edge').count()).toBe(before.edges.length + 1);
    const saved = await mapFromApi();
    expect(saved.edges).toContainEqual(expect.objectContaining({ scope: 'contact', kind: 'ally', from: added?.id, to: anchor.id }));
    expect(pageErrors).toEqual([]);
    await page.waitForTimeout(500);
    await takeScreenshot(page, 'power-map');
  });

  it('switches to the real-power layout and exports the map as a PNG', async () => {
    screenshotOnFailure(page);
    const cardTop = async () => (await page.getByTestId('power-map-node').first().boundingBox())?.y;
    await page.getByTestId('layout-power').click();
    await expect.poll(() => page.getByTestId('power-map-canvas').getAttribute('data-layout')).toBe('power');
    expect(await cardTop()).toBeDefined();

    const download = page.waitForEvent('download');
    await page.getByTestId('power-map-export').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^power-map-.*\.png$/);
    const bytes = readFileSync((await file.path()) as string);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // A blank canvas compresses to almost nothing; a drawn map with 9 cards does not.
    expect(bytes.length).toBeGreaterThan(20_000);
    await file.saveAs(`${process.cwd()}/test-results/power-map-export.png`);
  });
});
