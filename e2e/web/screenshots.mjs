// Screenshots and axe-core checks of every web page, with the API mocked by Playwright routes.
// Usage: node e2e/web/screenshots.mjs   (after `nx build web --configuration=production`)
// Writes PNGs to /tmp/shots (or SHOTS_DIR) and exits non-zero on serious/critical axe violations.
import { createServer } from 'node:http';
import { readFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const root = resolve(import.meta.dirname, '../..');
const distDir = join(root, 'dist/apps/web/browser');
const outDir = process.env.SHOTS_DIR ?? '/tmp/shots';
const axePath = require.resolve('axe-core/axe.min.js', { paths: [root] });
const QRCode = require(require.resolve('qrcode', { paths: [root] }));

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.ico': 'image/x-icon', '.png': 'image/png' };

function serveStatic() {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = join(distDir, path);
    if (!file.startsWith(distDir) || !existsSync(file) || path === '/') file = join(distDir, 'index.html');
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

// ---- API fixtures ----------------------------------------------------------------------------
const soon = (s) => new Date(Date.now() + s * 1000).toISOString();
const user = (role, mfaEnabled = true) => ({
  id: 'u1',
  displayName: role === 'service_user' ? 'Jo Smith' : 'Amara Okafor',
  role,
  organisationId: 'o1',
  mfaEnabled,
});
const session = (role, stage = 'full', { mfaEnabled = true, idleSeconds = 900 } = {}) => ({
  signedIn: stage === 'full',
  stage,
  csrfToken: 'csrf-token',
  user: user(role, mfaEnabled),
  idleExpiresAt: soon(idleSeconds),
  absoluteExpiresAt: soon(8 * 3600),
  idleTimeoutSeconds: idleSeconds,
});
const SIGNED_OUT = {
  signedIn: false, stage: null, csrfToken: null, user: null, idleExpiresAt: null, absoluteExpiresAt: null, idleTimeoutSeconds: 900,
};
const error = (statusCode, error, message) => ({ statusCode, error, message, requestId: 'req-demo-1' });
const account = (role, mfaEnabled = true) => ({
  id: 'u1', email: role === 'service_user' ? 'jo@example.test' : 'amara.advocate@demo.beside.test',
  displayName: user(role).displayName, role, status: 'active', mfaEnabled, createdAt: '2026-01-05T10:00:00Z', version: 3,
});
const SESSIONS = [
  { id: 's1', current: true, createdAt: soon(-3600), lastSeenAt: soon(-10), ip: '10.0.0.1', userAgent: 'Mozilla/5.0 (Windows NT 10.0) Chrome/140.0 Safari/537.36' },
  { id: 's2', current: false, createdAt: soon(-86400 * 3), lastSeenAt: soon(-86400), ip: '10.0.0.2', userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) Safari/604.1' },
];
const CASELOAD = {
  items: [
    { id: 'j1', serviceUserName: 'Jo Smith', status: 'active', referralDate: '2026-03-02', primaryAdvocateName: 'Amara Okafor', nextAppointmentAt: '2026-12-03T10:30:00Z' },
    { id: 'j2', serviceUserName: 'Priya Shah', status: 'referred', referralDate: '2026-10-20', primaryAdvocateName: 'Amara Okafor', nextAppointmentAt: null },
    { id: 'j3', serviceUserName: 'Ngozi Adeyemi-Wallace', status: 'closing', referralDate: '2025-11-14', primaryAdvocateName: 'Amara Okafor', nextAppointmentAt: '2026-12-10T14:00:00Z' },
    { id: 'j4', serviceUserName: 'Kasia Nowak', status: 'closed', referralDate: '2025-06-01', primaryAdvocateName: 'Amara Okafor', nextAppointmentAt: null },
  ],
  nextCursor: 'next',
};
const RECOVERY = { recoveryCodes: ['k7pq-2mxd-9wfa', 'b3rt-8hsn-4cvl', 'z9ue-6jdk-1qmo', 'p4wy-7gbc-3xan', 'h2lf-5rzt-8sei', 'm6dc-9vkp-2ywu', 'q1sa-4ntg-7bjh', 'e8ox-3fml-6rkz'] };

/** Routes: 'METHOD /api/path' → { status, body, headers } or a function of the request. */
function mockApi(page, routes) {
  return page.route('**/api/**', async (route) => {
    const req = route.request();
    const path = new URL(req.url()).pathname;
    const key = `${req.method()} ${path}`;
    let answer = routes[key];
    if (typeof answer === 'function') answer = answer(req);
    if (!answer) answer = { status: 404, body: error(404, 'Not Found', 'Not found') };
    await route.fulfill({
      status: answer.status ?? 200,
      headers: { 'content-type': 'application/json', ...(answer.headers ?? {}) },
      body: answer.status === 204 ? '' : JSON.stringify(answer.body ?? {}),
    });
  });
}

// ---- Scenarios -------------------------------------------------------------------------------
const DESKTOP = { width: 1280, height: 900 };
const PHONE_S = { width: 320, height: 640 };
const PHONE_M = { width: 375, height: 740 };

async function qr() {
  return QRCode.toDataURL('otpauth://totp/Beside:amara?secret=JBSWY3DPEHPK3PXPJBSWY3DP&issuer=Beside', { margin: 1, width: 200 });
}

function scenarios(qrCode) {
  const signedOut = { 'GET /api/auth/session': { body: SIGNED_OUT } };
  const staff = (role = 'advocate') => ({
    'GET /api/auth/session': { body: session(role) },
    'GET /api/account': { body: account(role) },
    'GET /api/account/sessions': { body: SESSIONS },
    'GET /api/journeys': { body: CASELOAD },
  });
  const her = {
    'GET /api/auth/session': { body: session('service_user') },
    'GET /api/account': { body: account('service_user') },
    'GET /api/account/sessions': { body: SESSIONS },
  };
  return [
    { name: 'sign-in', url: '/sign-in', api: signedOut, title: 'Sign in', viewports: [DESKTOP, PHONE_S, PHONE_M] },
    {
      name: 'sign-in-errors', url: '/sign-in', api: signedOut, viewports: [DESKTOP, PHONE_S],
      act: async (page) => { await page.getByRole('button', { name: 'Sign in' }).click(); await page.waitForSelector('.bs-error-summary'); },
      check: async (page) => (await page.evaluate(() => document.activeElement?.classList.contains('bs-error-summary'))) || 'error summary not focused',
    },
    {
      name: 'sign-in-wrong-password', url: '/sign-in', viewports: [DESKTOP],
      api: { ...signedOut, 'POST /api/auth/sign-in': { status: 401, body: error(401, 'Unauthorized', 'Your email or password is not right.') } },
      act: async (page) => {
        await page.getByLabel('Email address').fill('amara@demo.beside.test');
        await page.locator('#sign-in-password').fill('wrong password here');
        await page.getByRole('button', { name: 'Sign in' }).click();
        await page.waitForSelector('.bs-error-summary');
      },
    },
    {
      name: 'sign-in-too-many', url: '/sign-in', viewports: [DESKTOP],
      api: {
        ...signedOut,
        'POST /api/auth/sign-in': { status: 429, headers: { 'Retry-After': '600' }, body: error(429, 'Too Many Requests', 'Too many attempts. Please wait 600 seconds and try again.') },
      },
      act: async (page) => {
        await page.getByLabel('Email address').fill('amara@demo.beside.test');
        await page.locator('#sign-in-password').fill('x');
        await page.getByRole('button', { name: 'Sign in' }).click();
        await page.waitForSelector('.bs-error-summary');
      },
    },
    {
      name: 'sign-in-to-challenge', url: '/sign-in', viewports: [DESKTOP], title: 'Enter your sign-in code',
      api: {
        'GET /api/auth/session': { body: SIGNED_OUT },
        'POST /api/auth/sign-in': { body: session('advocate', 'mfa_challenge') },
      },
      act: async (page) => {
        await page.getByLabel('Email address').fill('amara@demo.beside.test');
        await page.locator('#sign-in-password').fill('correct horse battery staple');
        await page.getByRole('button', { name: 'Sign in' }).click();
        await page.waitForURL('**/two-factor');
        await page.waitForTimeout(150);
      },
      check: async (page) => (await page.evaluate(() => document.activeElement?.tagName)) === 'H1' || 'focus not on h1 after navigation',
    },
    { name: 'two-factor', url: '/two-factor', api: { 'GET /api/auth/session': { body: session('advocate', 'mfa_challenge') } }, viewports: [DESKTOP, PHONE_S] },
    {
      name: 'two-factor-wrong-code', url: '/two-factor', viewports: [DESKTOP],
      api: {
        'GET /api/auth/session': { body: session('advocate', 'mfa_challenge') },
        'POST /api/auth/mfa/challenge': { status: 401, body: error(401, 'Unauthorized', 'That code is not right. Check your app and try again.') },
      },
      act: async (page) => {
        await page.getByLabel('Code').fill('123456');
        await page.getByRole('button', { name: 'Continue' }).click();
        await page.waitForSelector('.bs-error-summary');
      },
    },
    {
      name: 'two-factor-set-up', url: '/two-factor/set-up', viewports: [DESKTOP, PHONE_S], title: 'Set up two-step sign-in',
      api: {
        'GET /api/auth/session': { body: session('advocate', 'mfa_enrolment', { mfaEnabled: false }) },
        'POST /api/auth/mfa/enrolment': { body: { qrCode, secret: 'JBSWY3DPEHPK3PXPJBSWY3DP', otpauthUrl: 'otpauth://…' } },
      },
      act: async (page) => page.waitForSelector('img.bs-qr'),
    },
    {
      name: 'two-factor-recovery-codes', url: '/two-factor/set-up', viewports: [DESKTOP, PHONE_S],
      api: {
        'GET /api/auth/session': { body: session('advocate', 'mfa_enrolment', { mfaEnabled: false }) },
        'POST /api/auth/mfa/enrolment': { body: { qrCode, secret: 'JBSWY3DPEHPK3PXPJBSWY3DP', otpauthUrl: 'otpauth://…' } },
        'POST /api/auth/mfa/enrolment/confirm': { body: RECOVERY },
      },
      act: async (page) => {
        await page.getByLabel('Code').fill('123456');
        await page.getByRole('button', { name: 'Turn on two-step sign-in' }).click();
        await page.waitForSelector('bs-recovery-codes');
        await page.getByRole('button', { name: 'Continue' }).click();
        await page.waitForSelector('.bs-error-summary');
      },
    },
    { name: 'account-advocate', url: '/account', api: staff(), title: 'Your account – Beside', viewports: [DESKTOP, PHONE_S], act: (p) => p.waitForSelector('bs-sessions-list li') },
    {
      name: 'account-password-errors', url: '/account', api: {
        ...staff(),
        'POST /api/account/password': { status: 400, body: error(400, 'Bad Request', ['newPassword: This is one of the most common passwords. Choose one that is harder to guess.']) },
      }, viewports: [DESKTOP],
      act: async (page) => {
        await page.locator('#current-password').fill('old password');
        await page.locator('#new-password').fill('password123');
        await page.getByRole('button', { name: 'Change password' }).click();
        await page.waitForSelector('.bs-error-summary');
      },
    },
    { name: 'caseload', url: '/caseload', api: staff(), title: 'Caseload – Beside', viewports: [DESKTOP, PHONE_S], act: (p) => p.waitForSelector('table') },
    { name: 'caseload-empty', url: '/caseload', api: { ...staff(), 'GET /api/journeys': { body: { items: [], nextCursor: null } } }, viewports: [DESKTOP], act: (p) => p.waitForSelector('.bs-empty') },
    { name: 'admin-home', url: '/', api: staff('admin'), viewports: [DESKTOP], expectPath: '/account' },
    { name: 'my', url: '/', api: her, title: 'My plan', viewports: [DESKTOP, PHONE_S, PHONE_M], expectPath: '/my' },
    { name: 'my-account', url: '/my/account', api: her, viewports: [DESKTOP, PHONE_S], act: (p) => p.waitForSelector('bs-sessions-list li') },
    { name: 'staff-cannot-open-my', url: '/my', api: staff(), viewports: [DESKTOP], expectPath: '/caseload' },
    { name: 'her-cannot-open-caseload', url: '/caseload', api: her, viewports: [DESKTOP], expectPath: '/my' },
    {
      name: 'invitation', url: '/invitation#token=abcdefghijklmnopqrstuvwxyz', viewports: [DESKTOP, PHONE_S], title: 'Set up your account',
      api: { ...signedOut, 'POST /api/auth/invitation': { body: { displayName: 'Jo Smith', role: 'service_user', organisationName: 'Womenspace Advocacy', passwordMinLength: 15 } } },
      act: (p) => p.waitForSelector('bs-password-field'),
      check: async (page) => !page.url().includes('token') || `token left in URL: ${page.url()}`,
    },
    {
      name: 'invitation-invalid', url: '/invitation#token=abcdefghijklmnopqrstuvwxyz', viewports: [DESKTOP],
      api: { ...signedOut, 'POST /api/auth/invitation': { status: 404, body: error(404, 'Not Found', 'This link is not valid.') } },
      act: (p) => p.getByText('does not work').waitFor(),
    },
    {
      name: 'invitation-accepted', url: '/invitation#token=abcdefghijklmnopqrstuvwxyz', viewports: [DESKTOP],
      api: {
        ...signedOut,
        'POST /api/auth/invitation': { body: { displayName: 'Jo Smith', role: 'service_user', organisationName: 'Womenspace Advocacy', passwordMinLength: 15 } },
        'POST /api/auth/invitation/accept': { status: 204 },
      },
      act: async (page) => {
        await page.locator('#invitation-password').fill('four random words together');
        await page.getByRole('button', { name: 'Set password' }).click();
        await page.waitForURL('**/sign-in');
        await page.getByText('Your password is set').waitFor();
      },
    },
    { name: 'password-reset', url: '/password-reset', api: signedOut, title: 'Reset your password', viewports: [DESKTOP] },
    {
      name: 'password-reset-sent', url: '/password-reset', viewports: [DESKTOP],
      api: { ...signedOut, 'POST /api/auth/password-reset': { status: 202, body: { message: 'If that address has an account, we have sent it a link.' } } },
      act: async (page) => {
        await page.getByLabel('Email address').fill('jo@example.test');
        await page.getByRole('button', { name: 'Send reset link' }).click();
        await page.getByText('we have sent it a link').waitFor();
      },
    },
    {
      name: 'password-reset-complete', url: '/password-reset/complete#token=abcdefghijklmnopqrstuvwxyz', viewports: [DESKTOP, PHONE_S], api: signedOut,
      check: async (page) => !page.url().includes('token') || `token left in URL: ${page.url()}`,
    },
    {
      name: 'status', url: '/status', viewports: [DESKTOP], title: 'Service status',
      api: { ...signedOut, 'GET /api/status': { body: { service: 'beside', version: '0.1.0', database: 'embedded', databaseVersion: 'PostgreSQL 17.5', migrations: 4, time: new Date().toISOString() } } },
      act: (p) => p.getByText('Beside is working').waitFor(),
    },
    {
      name: 'session-timeout', url: '/caseload', viewports: [DESKTOP, PHONE_S],
      api: { ...staff(), 'GET /api/auth/session': { body: session('advocate', 'full', { idleSeconds: 100 }) } },
      act: (p) => p.waitForSelector('dialog[open]'),
    },
    { name: 'not-found', url: '/no-such-page', api: signedOut, title: 'Page not found', viewports: [DESKTOP] },
    {
      name: 'quick-exit-escape', url: '/my', api: her, viewports: [DESKTOP], skipShot: true, skipAxe: true,
      act: async (page) => {
        await page.waitForSelector('bs-my-plan-page');
        await page.keyboard.press('Escape');
        await page.keyboard.press('Escape');
        await page.waitForURL('https://www.bbc.co.uk/weather');
      },
    },
  ];
}

// ---- Run -------------------------------------------------------------------------------------
const server = await serveStatic();
const base = `http://127.0.0.1:${server.address().port}`;
await mkdir(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

let serious = 0;
const failures = [];
const list = scenarios(await qr());
const only = process.argv[2];
for (const s of list.filter((x) => !only || x.name.includes(only))) {
  for (const viewport of s.viewports) {
    const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const consoleErrors = [];
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    page.on('pageerror', (e) => consoleErrors.push(e.message));
    await context.route('https://www.bbc.co.uk/**', (r) => r.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title>' }));
    await mockApi(page, s.api);
    const label = `${s.name}@${viewport.width}`;
    try {
      await page.goto(base + s.url, { waitUntil: 'networkidle' });
      await page.waitForSelector('h1', { timeout: 5000 }).catch(() => undefined);
      if (s.act) await s.act(page);
      await page.waitForTimeout(250);
      if (s.expectPath && new URL(page.url()).pathname !== s.expectPath) failures.push(`${label}: at ${page.url()}, expected ${s.expectPath}`);
      if (s.title && (await page.title()) !== s.title) failures.push(`${label}: title "${await page.title()}", expected "${s.title}"`);
      if (s.check) {
        const result = await s.check(page);
        if (result !== true) failures.push(`${label}: ${result}`);
      }
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
      if (overflow && !s.skipShot) failures.push(`${label}: page scrolls sideways`);
      if (!s.skipShot) await page.screenshot({ path: join(outDir, `${label}.png`), fullPage: true });
      if (!s.skipAxe) {
        await page.addScriptTag({ path: axePath });
        const result = await page.evaluate(() =>
          /** @type {any} */ (window).axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }),
        );
        const bad = result.violations.filter((v) => ['serious', 'critical'].includes(v.impact));
        serious += bad.length;
        const summary = result.violations.map((v) => `${v.impact}:${v.id}(${v.nodes.length})`).join(' ') || 'no violations';
        console.log(`${label.padEnd(34)} ${await page.title()} | axe: ${summary}`);
        for (const v of result.violations) {
          for (const n of v.nodes.slice(0, 3)) console.log(`    ${v.id}: ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`);
        }
      } else {
        console.log(`${label.padEnd(34)} ok (${page.url()})`);
      }
      if (consoleErrors.length) console.log(`    console: ${consoleErrors.slice(0, 3).join(' | ')}`);
    } catch (e) {
      failures.push(`${label}: ${e.message.split('\n')[0]}`);
      await page.screenshot({ path: join(outDir, `${label}-FAILED.png`), fullPage: true }).catch(() => undefined);
    }
    await context.close();
  }
}
await browser.close();
server.close();
console.log(`\nserious/critical axe violations: ${serious}`);
if (failures.length) console.log(`failures:\n  ${failures.join('\n  ')}`);
process.exit(serious || failures.length ? 1 : 0);
