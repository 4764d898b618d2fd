import { chromiumForSuite, formatViolations, newContext, runAxe } from '../support/browser';

// The built app in a real browser, under the production Content-Security-Policy: it must
// start without a single blocked script or style and without console errors.
describe('the built web app in Chromium', () => {
  const chromium = chromiumForSuite();

  it.each([
    ['a desktop screen', false],
    ['a small phone', true],
  ])('should start on %s with no CSP violation, console error or serious accessibility problem', async (_label, phone) => {
    const context = await newContext(chromium.browser, { phone });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
    });

    const res = await page.goto('/', { waitUntil: 'networkidle' });
    expect(res?.status()).toBe(200);
    await page.waitForFunction(() => (document.querySelector('bs-root')?.children.length ?? 0) > 0);
    expect(await page.title()).not.toBe('');
    expect(formatViolations(await runAxe(page))).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
