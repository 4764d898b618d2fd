import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { artifactsDir, baseUrl } from './api';

/** Flags for a quiet, headless Chromium in containers and CI. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function chromiumPath(): string {
  const path = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `Chromium was not found at ${path}. Install it (Debian/Ubuntu: sudo apt-get install -y chromium) ` +
        'or set CHROME_PATH to a Chromium or Chrome executable.',
    );
  }
  return path;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
}

/**
 * Call in a describe: one Chromium for its tests, launched before them (ahead of the describe's own
 * beforeAll, which may open pages in it) and closed after them.
 */
export function chromiumForSuite(): { readonly browser: Browser } {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    get browser(): Browser {
      if (!browser) throw new Error('Chromium is launched before the suite: use it in a hook or a test.');
      return browser;
    },
  };
}

/** A fresh context (own cookies) pointed at the app under test; `phone` gives a small touch screen. */
export function newContext(browser: Browser, options: BrowserContextOptions & { phone?: boolean } = {}): Promise<BrowserContext> {
  const { phone, ...rest } = options;
  return browser.newContext({
    baseURL: baseUrl(),
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    ...(phone ? { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true } : { viewport: { width: 1280, height: 900 } }),
    ...rest,
  });
}

export interface AxeViolation {
  id: string;
  impact: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  help: string;
  helpUrl: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

let axeSource: string | null = null;

/**
 * Runs axe-core on the page against WCAG 2.x A/AA (up to 2.2) and returns the serious and
 * critical violations. The script is evaluated through the DevTools protocol, so the app's
 * Content-Security-Policy (no inline scripts) does not need loosening for tests.
 */
export async function runAxe(page: Page, options: { include?: string; tags?: string[] } = {}): Promise<AxeViolation[]> {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  // Material fades hints and errors in: measure contrast only once every animation has finished.
  await page.evaluate(async () => {
    for (let round = 0; round < 5; round++) {
      const running = document.getAnimations().filter((a) => a.playState === 'running' || a.pending);
      if (!running.length) return;
      await Promise.all(running.map((a) => a.finished.catch(() => undefined)));
    }
  });
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  if (!loaded) await page.evaluate(axeSource);
  const tags = options.tags ?? ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
  const violations: AxeViolation[] = await page.evaluate(
    async ({ include, tags }) => {
      const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
      const result = await axe.run(include ? { include: [include] } : document, { runOnly: { type: 'tag', values: tags } });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        helpUrl: v.helpUrl,
        nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
      }));
    },
    { include: options.include ?? null, tags },
  );
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Readable lines for a failing expectation: `expect(formatViolations(v)).toEqual([])`. */
export function formatViolations(violations: AxeViolation[]): string[] {
  return violations.map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** A fresh context's first page: see newContext. */
export async function newPage(browser: Browser, options: BrowserContextOptions & { phone?: boolean } = {}): Promise<Page> {
  return (await newContext(browser, options)).newPage();
}

/**
 * Fails the test, naming `what`, if axe-core finds a serious or critical violation on the page.
 * By default it first waits until no animation runs (a field error fades in: its contrast counts
 * once it is fully shown); `waitForAnimations: false` checks the page as it stands.
 */
export async function expectAccessible(page: Page, what: string, { waitForAnimations = true } = {}): Promise<void> {
  if (waitForAnimations) await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  const violations = await runAxe(page);
  expect({ what, violations: formatViolations(violations) }).toEqual({ what, violations: [] });
}

/** The two widths every screen is checked at: a laptop's and a small phone's. */
export const WIDE = { width: 1280, height: 900 };
export const NARROW = { width: 375, height: 740 };

/**
 * axe at 1280 px and then at 375 px (see expectAccessible), with a full-page screenshot of each for a
 * person to look at, `<suite>-<name>-<width>.png` in the artifacts folder; leaves the page 1280 px wide.
 */
export async function checkAtBothWidths(page: Page, suite: string, name: string): Promise<void> {
  for (const [width, size] of [['1280', WIDE], ['375', NARROW]] as const) {
    await page.setViewportSize(size);
    await expectAccessible(page, `${name} at ${width}`);
    await page.screenshot({ path: join(artifactsDir(), `${suite}-${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize(WIDE);
}
