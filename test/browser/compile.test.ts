// The compile page in real headless Chromium: "Add a proposal" adds a row with htmx (same
// document, count one higher) and, without JavaScript, by submitting the form; three proposals
// derived from A/RES/68/160 compiled through the form; the result at desktop and phone widths.
// Screenshots for a person to look at: /tmp/h9-compile-form.png, -desktop.png, -phone.png
// (RESDIFF_SHOTS moves them). Runs the built server (dist/src/server/main.js): `npm run build` first.
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deriveProposal } from '../compile/derived.js';
import { requireProgram, skipWithout } from '../helpers/programs.js';
import { CHROMIUM_ARGS, DESKTOP, PHONE, startServer, stopServer, WAIT, type BuiltServer } from './builtServer.js';

const SHOTS = process.env.RESDIFF_SHOTS ?? '/tmp';

const FILE = 'A-RES-68-160.zh.txt';
const CUT_OP9 = '，并鼓励非政府组织积极为此作出贡献';
// Derived proposals (as in test/compile/derived.ts): the EU and the G77 collide on OP 4; the EU
// and CARICOM make the same cut in OP 9.
const PROPOSALS: [string, string][] = [
  ['EU', deriveProposal(FILE, [{ op: 'cut', id: 'op4', words: '包容、正义、' }, { op: 'cut', id: 'op9', words: CUT_OP9 }]).raw],
  ['G77', deriveProposal(FILE, [{ op: 'cut', id: 'op4', words: '正义、平等和公平、' }, { op: 'delete', id: 'op12' }]).raw],
  ['CARICOM', deriveProposal(FILE, [{ op: 'cut', id: 'op9', words: CUT_OP9 }, { op: 'insertAfter', id: 'pp8' }]).raw],
];

declare const window: any;
declare const document: any;
declare const getComputedStyle: any;

const rows = (page: Page) => page.evaluate(() => [document.querySelectorAll('#proposals .proposal-row').length, String(document.getElementById('proposal-rows').value)] as unknown[]);

describe.skipIf(skipWithout('the compile page in headless Chromium', ['chromium']))('compile page in headless Chromium', { timeout: 60_000 }, () => {
  let server: BuiltServer | undefined;
  let browser: Browser | undefined;
  let js: BrowserContext;
  let phone: BrowserContext;
  let noJs: BrowserContext;
  let dbDir = '';
  const errors: string[] = [];
  let share = '';

  beforeAll(async () => {
    dbDir = mkdtempSync(join(tmpdir(), 'resdiff-compile-browser-'));
    mkdirSync(SHOTS, { recursive: true });
    server = await startServer(join(dbDir, 'share.sqlite'), { RESDIFF_OFFLINE: '1' });
    browser = await chromium.launch({ executablePath: requireProgram('chromium'), args: CHROMIUM_ARGS, timeout: 30_000 });
    js = await browser.newContext({ viewport: DESKTOP });
    phone = await browser.newContext({ viewport: PHONE, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    noJs = await browser.newContext({ viewport: DESKTOP, javaScriptEnabled: false });
    for (const c of [js, phone, noJs]) c.setDefaultTimeout(10_000);
  }, 60_000);

  afterAll(async () => {
    await browser?.close().catch(() => {});
    if (server) await stopServer(server.child);
    if (dbDir) rmSync(dbDir, { recursive: true, force: true });
  }, 30_000);

  const track = (page: Page) => {
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console error on ${page.url()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`page error on ${page.url()}: ${e.message}`));
    return page;
  };

  it('adds a row with htmx, in the same document, and compiles three proposals', async () => {
    const page = track(await js.newPage());
    await page.goto(`${server!.origin}/compile`);
    await expect.poll(() => page.evaluate(() => typeof window.htmx === 'object' && window.htmx !== null), WAIT).toBe(true);
    await page.evaluate(() => (window.__marker = 'same'));
    expect(await rows(page)).toEqual([2, '2']);
    await page.fill('input[name=baseSymbol]', 'A/RES/68/160');
    await page.selectOption('select[name=baseLang]', 'zh');
    await page.fill('input[name=p0label]', PROPOSALS[0]![0]);
    await page.fill('textarea[name=p0text]', PROPOSALS[0]![1]);
    await page.fill('input[name=p1label]', PROPOSALS[1]![0]);
    await page.fill('textarea[name=p1text]', PROPOSALS[1]![1]);
    await page.click('button[value=add]');
    await expect.poll(() => rows(page), WAIT).toEqual([3, '3']);
    expect(await page.evaluate(() => window.__marker)).toBe('same');
    // The new row's label has the focus, to type the delegation at once.
    await expect.poll(() => page.evaluate(() => String(document.activeElement?.name)), WAIT).toBe('p2label');
    // The fields typed before are still there.
    expect(await page.inputValue('input[name=p1label]')).toBe('G77');
    await page.fill('input[name=p2label]', PROPOSALS[2]![0]);
    await page.fill('textarea[name=p2text]', PROPOSALS[2]![1]);
    // The new row and the add button in view; the textareas scrolled back to the top of their texts.
    await page.evaluate(() => {
      for (const t of document.querySelectorAll('textarea')) t.scrollTop = 0;
      document.querySelector('.add-row').scrollIntoView({ block: 'end' });
    });
    await page.screenshot({ path: join(SHOTS, 'h9-compile-form.png'), fullPage: false });
    await Promise.all([page.waitForURL(/\/compile\/[0-9a-f]{20}$/, WAIT), page.click('button[value=compile]')]);
    share = new URL(page.url()).pathname;
    await expect(page.locator('#op4 .collision').count()).resolves.toBe(1);
    await expect(page.locator('#op9 .proposal').count()).resolves.toBe(1);
    expect(await page.locator('#op9 .proposal .tag').allTextContents()).toEqual(['EU', 'CARICOM']);
    // The delegations' colours come from the stylesheet (the CSP allows no inline styles): EU and G77 differ.
    const colours = await page.evaluate(() => [...document.querySelectorAll('#op4 .proposal')].map((e: any) => getComputedStyle(e).borderLeftColor));
    expect(new Set(colours).size).toBe(2);
    await page.setViewportSize({ width: 1280, height: 1500 });
    await page.screenshot({ path: join(SHOTS, 'h9-compile-desktop.png') });
    expect(statSync(join(SHOTS, 'h9-compile-desktop.png')).size).toBeGreaterThan(10_000);
    await page.close();
  });

  it('reads at phone width without sideways scrolling', async () => {
    expect(share).not.toBe('');
    const page = track(await phone.newPage());
    await page.goto(`${server!.origin}${share}#op4`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'h9-compile-phone.png') });
    // The top too: the nav, the legend and the counts, wrapped.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(SHOTS, 'h9-compile-phone-top.png') });
    await page.close();
  });

  it('without JavaScript, "Add a proposal" submits the form and it comes back with one more row, fields kept', async () => {
    const page = await noJs.newPage();
    await page.goto(`${server!.origin}/compile`);
    await page.fill('input[name=p0label]', 'EU');
    await page.fill('input[name=baseSymbol]', 'A/RES/68/160');
    await Promise.all([page.waitForLoadState('load'), page.click('button[value=add]')]);
    await expect.poll(() => page.locator('#proposals .proposal-row').count(), WAIT).toBe(3);
    expect(await page.inputValue('input[name=p0label]')).toBe('EU');
    expect(await page.inputValue('input[name=baseSymbol]')).toBe('A/RES/68/160');
    await page.close();
  });

  it('no console errors', () => {
    expect(errors).toEqual([]);
  });
});
