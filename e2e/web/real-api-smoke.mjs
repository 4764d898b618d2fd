// A quick walk through the built web app against a running API (not part of the test suite).
// Usage: BESIDE_API=http://localhost:3000 node e2e/web/real-api-smoke.mjs
// Serves dist/apps/web/browser and proxies /api to BESIDE_API, then signs in as a demo advocate
// (with the demo two-step code) and as a demo service user.
import { createServer, request } from 'node:http';
import { readFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { demoTotpSecret } from '../../tools/api-code.mjs';

const require = createRequire(import.meta.url);
const root = resolve(import.meta.dirname, '../..');
const distDir = join(root, 'dist/apps/web/browser');
const api = new URL(process.env.BESIDE_API ?? 'http://localhost:3000');
const outDir = process.env.SHOTS_DIR ?? '/tmp/shots';
const { authenticator } = require(require.resolve('otplib', { paths: [root] }));
const PASSWORD = process.env.DEMO_PASSWORD ?? 'walk beside me, demo 2026';
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.ico': 'image/x-icon' };

const server = createServer(async (req, res) => {
  if (req.url.startsWith('/api/')) {
    const upstream = request(
      { hostname: api.hostname, port: api.port, path: req.url, method: req.method, // Keep the browser's Host: the API accepts an Origin that matches it (as the dev-server proxy does).
        headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
    return;
  }
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  let file = join(distDir, path);
  if (!file.startsWith(distDir) || !existsSync(file) || path === '/') file = join(distDir, 'index.html');
  res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
  res.end(await readFile(file));
});
await new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(undefined)));
const base = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`;
await mkdir(outDir, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const failures = [];
const step = async (name, fn) => {
  try {
    await fn();
    console.log(`ok   ${name}`);
  } catch (e) {
    failures.push(name);
    console.log(`FAIL ${name}: ${e.message.split('\n')[0]}`);
  }
};

async function signIn(page, email) {
  await page.goto(`${base}/sign-in`);
  await page.getByLabel('Email address').fill(email);
  await page.locator('#sign-in-password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

{
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  if (process.env.DEBUG) {
    page.on('response', async (r) => r.url().includes('/api/') && console.log('    ', r.status(), r.request().method(), r.url(), (await r.text().catch(() => '')).slice(0, 160)));
  }
  const email = 'amara.advocate@demo.beside.test';
  await step('advocate signs in and is asked for her code', async () => {
    await signIn(page, email);
    await page.waitForURL('**/two-factor');
  });
  await step('advocate enters her code and lands on the caseload', async () => {
    await page.getByLabel('Code').fill(authenticator.generate(demoTotpSecret(email)));
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL('**/caseload');
    await page.waitForSelector('table, .bs-empty');
    await page.screenshot({ path: join(outDir, 'real-caseload@1280.png'), fullPage: true });
  });
  await step('account page shows her details and sessions', async () => {
    await page.getByRole('link', { name: 'Account' }).click();
    await page.getByText(email).waitFor();
    await page.waitForSelector('bs-sessions-list li');
    await page.screenshot({ path: join(outDir, 'real-account@1280.png'), fullPage: true });
  });
  await step('a wrong current password is shown on its field', async () => {
    await page.locator('#current-password').fill('not my password at all');
    await page.locator('#new-password').fill('another long password for the demo');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.waitForSelector('.bs-error-summary a[href="#current-password"]');
  });
  await step('sign out goes back to sign-in', async () => {
    await page.getByRole('button', { name: 'Sign out' }).first().click();
    await page.waitForURL('**/sign-in');
    await page.getByText('You have signed out.').waitFor();
  });
  await context.close();
}
{
  const context = await browser.newContext({ viewport: { width: 375, height: 740 } });
  const page = await context.newPage();
  await step('service user signs in and lands on her page', async () => {
    await signIn(page, 'nia@demo.beside.test');
    await page.waitForURL('**/my');
    if ((await page.title()) !== 'My plan') throw new Error(`title ${await page.title()}`);
    await page.screenshot({ path: join(outDir, 'real-my@375.png'), fullPage: true });
  });
  await step('her staff-only page is out of reach', async () => {
    await page.goto(`${base}/caseload`);
    await page.waitForURL('**/my');
  });
  await context.close();
}
{
  const context = await browser.newContext();
  const page = await context.newPage();
  await step('status page shows the database', async () => {
    await page.goto(`${base}/status`);
    await page.getByText('Beside is working').waitFor();
  });
  await context.close();
}
await browser.close();
server.close();
process.exit(failures.length ? 1 : 0);
