import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reporterFor } from '../../reports/index.js';
import { assess } from '../../src/assess/index.js';
import { ROOT } from '../helpers/detector-modules.js';
import { CASES, goldenContext, goldenReport } from './golden.js';

/**
 * The HTML report in real headless Chromium (Debian `chromium` + playwright-core): no console errors, no
 * network requests, the filter narrows the findings table, sorting works; a screenshot is written to
 * test-results/report.png. Without Chromium the test skips with a message, except under CI=true.
 */

const CHROMIUM = process.env.PIISCAN_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const available = existsSync(CHROMIUM);
const inCI = process.env.CI === 'true';

if (!available && !inCI) {
  console.warn(`\n[html.browser.test] SKIPPED: no Chromium at ${CHROMIUM}. Install it with: apt-get install -y chromium fonts-noto-cjk\n`);
}

describe.skipIf(!available && !inCI)('HTML report in headless Chromium', () => {
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];
  const requests: string[] = [];
  let htmlBytes = 0;

  beforeAll(async () => {
    if (!available) throw new Error(`CI=true but no Chromium at ${CHROMIUM}: .ci/run installs it (apt-get install chromium fonts-noto-cjk)`);
    // Both golden inputs in one report: the bundled fixtures plus the Chinese school list and account export.
    const { report: files, cwd } = await goldenReport(CASES[0]);
    const { report: extra } = await goldenReport(CASES[1]);
    const merged = assess(
      {
        ...files,
        scan: {
          ...files.scan,
          targets: [...files.scan.targets, ...extra.scan.targets],
          stats: { ...files.scan.stats, files: files.scan.stats.files + extra.scan.stats.files, findings: files.scan.stats.findings + extra.scan.stats.findings },
        },
        findings: [...files.findings, ...extra.findings],
        assets: [...files.assets, ...extra.assets],
      },
      CASES[1].assessment,
    );
    const html = reporterFor('html')!.render(merged, goldenContext(cwd));
    htmlBytes = Buffer.byteLength(html);
    const file = join(mkdtempSync(join(tmpdir(), 'piiscan-html-')), 'report.html');
    writeFileSync(file, html);

    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => consoleErrors.push(String(e)));
    page.on('request', (r) => {
      if (!/^(file|data):/.test(r.url())) requests.push(r.url());
    });
    // Anything that is not the file itself or inline data is refused and recorded.
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (/^(file|data):/.test(url)) return route.continue();
      requests.push(url);
      return route.abort();
    });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  const visibleRows = () => page.locator('#findings-table tbody tr:not([hidden])');

  it('opens with no console errors and no network requests', async () => {
    await expect(page.title()).resolves.toMatch(/piiscan report/);
    expect(htmlBytes).toBeGreaterThan(10_000);
    expect(consoleErrors).toEqual([]);
    expect(requests).toEqual([]);
  });

  it('would notice a network request (control)', async () => {
    const seen: string[] = [];
    const probe = await browser.newPage();
    await probe.route('**/*', (route) => {
      seen.push(route.request().url());
      return route.abort();
    });
    await probe.setContent('<img src="http://127.0.0.1:9/pixel.png">');
    await probe.close();
    expect(seen).toEqual(['http://127.0.0.1:9/pixel.png']);
  });

  it('shows the risk overview and minimisation', async () => {
    await expect(page.locator('#summary .card').count()).resolves.toBeGreaterThanOrEqual(5);
    await expect(page.locator('#summary svg.chart').count()).resolves.toBe(2);
    await expect(page.locator('table.heat tbody tr').count()).resolves.toBeGreaterThan(5);
    await expect(page.locator('#minimisation-table tbody tr').count()).resolves.toBeGreaterThan(10);
    await expect(page.locator('#assets details.asset[open] svg.stack').count()).resolves.toBe(1);
  });

  it('the filter narrows the findings table', async () => {
    const total = await visibleRows().count();
    expect(total).toBeGreaterThan(50);
    await page.fill('#findings-table-filter', 'cn.resident_id');
    const narrowed = await visibleRows().allInnerTexts();
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.length).toBeLessThan(total);
    for (const t of narrowed) expect(t).toContain('cn.resident_id');
    await expect(page.locator('[data-count="findings-table"]').innerText()).resolves.toBe(`${narrowed.length} of ${total} shown`);
    // Words must all match, in any order; Chinese too.
    await page.fill('#findings-table-filter', '学生名单 resident');
    await expect(visibleRows().count()).resolves.toBe(2);
    await page.fill('#findings-table-filter', '');
    await page.selectOption('select[data-filter="findings-table"][data-field="sensitivity"]', 'internal');
    const internal = await visibleRows().allInnerTexts();
    expect(internal.length).toBeGreaterThan(0);
    for (const t of internal) expect(t).toContain('internal');
    await page.selectOption('select[data-filter="findings-table"][data-field="sensitivity"]', '');
    await expect(visibleRows().count()).resolves.toBe(total);
  });

  it('sorts by a column', async () => {
    const header = page.locator('#findings-table thead th', { hasText: 'Confidence' });
    await header.locator('button').click();
    await expect(header.getAttribute('aria-sort')).resolves.toBe('ascending');
    const conf = async () => (await page.locator('#findings-table tbody tr td:nth-child(5)').allInnerTexts()).map(Number);
    const asc = await conf();
    expect(asc).toEqual([...asc].sort((a, b) => a - b));
    await header.locator('button').click();
    const desc = await conf();
    expect(desc).toEqual([...asc].sort((a, b) => b - a));
  });

  it('writes a screenshot', async () => {
    const dir = join(ROOT, 'test-results');
    mkdirSync(dir, { recursive: true });
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: join(dir, 'report.png'), fullPage: false });
    await page.screenshot({ path: join(dir, 'report-full.png'), fullPage: true });
    expect(existsSync(join(dir, 'report.png'))).toBe(true);
    expect(consoleErrors).toEqual([]);
    expect(requests).toEqual([]);
  });
});
