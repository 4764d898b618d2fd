// `npm run bench:web -- [--skip-build] [--preset mobile|desktop|both] [--page sign-in|caseload|'my plan'] [--no-docs]`: builds the API and the web
// app for production, measures the web app's initial JavaScript (gzip), starts the API
// (serving the web app) against DATABASE_URL (filled by seed:scale), and runs Lighthouse
// (performance and accessibility) on the sign-in page, an advocate's caseload and a service
// user's "my plan", driving /usr/bin/chromium headless. Results: tmp/perf/bench-web.json,
// docs/performance/bench-web.json and the table between the bench-web markers in
// docs/PERFORMANCE.md (a one-page run writes only tmp/perf/bench-web.json). BENCH_WEB_DEBUG=1 also
// prints each page's layout shifts, long tasks and main-thread work in full.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { mustRun, root } from '../run.mjs';
import { buildApi, peakRssMb, startApi, stopApi, workDir } from './lib/api-process.mjs';
import { signIn } from './lib/sign-in.mjs';
import { findFixtures, peopleOf } from './paths.mjs';
import { updateDoc } from './report.mjs';

const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const TARGETS = { initialJsKbGzip: 300, performance: 90, accessibility: 100 };
const flag = (name) => process.argv.includes(`--${name}`);
const option = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? fallback : process.argv[i + 1];
};
const presets = option('preset', 'both') === 'both' ? ['mobile', 'desktop'] : [option('preset', 'both')];
// One page only (e.g. `--page 'my plan'`) to check a change quickly; the docs keep the full table.
const onlyPage = option('page', null);
const say = (m) => console.log(`[bench:web] ${m}`);
const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error('npm run bench:web needs DATABASE_URL: a database filled by `npm run seed:scale`');
  process.exit(2);
}

async function build() {
  if (flag('skip-build')) return;
  const hasFlock = spawnSync('sh', ['-c', 'command -v flock'], { stdio: 'ignore' }).status === 0;
  const nx = ['nx', 'run-many', '-t', 'build', '-p', 'api', 'web', '--configuration=production', '--outputStyle=static'];
  if (hasFlock) await mustRun('flock', ['/tmp/beside-e2e.lock', ...nx]);
  else await mustRun(nx[0], nx.slice(1));
}

/** The scripts index.html loads at once (entry points and module preloads), gzip-sized. */
function initialJavaScript(webDir) {
  const html = readFileSync(join(webDir, 'index.html'), 'utf8');
  const initial = new Set(
    [...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g), ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g)].map((m) => m[1]),
  );
  const files = [...initial].map((f) => {
    const body = readFileSync(join(webDir, f));
    return { file: f, bytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length };
  });
  const all = readdirSync(webDir).filter((f) => f.endsWith('.js'));
  return {
    files,
    kbGzip: Math.round(files.reduce((t, f) => t + f.gzipBytes, 0) / 102.4) / 10,
    kbRaw: Math.round(files.reduce((t, f) => t + f.bytes, 0) / 102.4) / 10,
    lazyChunks: all.length - files.length,
  };
}

async function audit(url, headers, preset) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS });
  try {
    const config = preset === 'desktop' ? (await import('lighthouse/core/config/desktop-config.js')).default : undefined;
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'], extraHeaders: headers },
      config,
    );
    const { lhr } = result;
    // BENCH_WEB_DEBUG=1: what shifted and what kept the main thread busy, in full.
    if (process.env.BENCH_WEB_DEBUG) {
      for (const id of ['layout-shifts', 'long-tasks', 'bootup-time', 'mainthread-work-breakdown']) {
        console.error(id, JSON.stringify(/** @type {any} */ (lhr.audits[id]?.details)?.items ?? [], null, 1));
      }
    }
    const failedA11y = Object.values(lhr.audits)
      .filter((a) => lhr.categories.accessibility.auditRefs.some((r) => r.id === a.id && r.weight > 0) && a.score !== null && a.score < 1)
      .map((a) => a.id);
    return {
      finalUrl: lhr.finalDisplayedUrl,
      performance: Math.round(lhr.categories.performance.score * 100),
      accessibility: Math.round(lhr.categories.accessibility.score * 100),
      fcpMs: Math.round(lhr.audits['first-contentful-paint'].numericValue),
      lcpMs: Math.round(lhr.audits['largest-contentful-paint'].numericValue),
      tbtMs: Math.round(lhr.audits['total-blocking-time'].numericValue),
      cls: Math.round(lhr.audits['cumulative-layout-shift'].numericValue * 1000) / 1000,
      failedA11y,
      // What moved, for a page with a layout shift to explain.
      shifted: (/** @type {any} */ (lhr.audits['layout-shifts']?.details)?.items ?? [])
        .slice(0, 3)
        .map((i) => i.node?.snippet ?? i.node?.selector ?? null)
        .filter(Boolean),
    };
  } finally {
    await chrome.kill();
  }
}

function render(r) {
  const mark = (ok) => (ok ? '' : ' ✗');
  const lines = [
    `Run ${r.date} on ${r.machine}; Lighthouse ${r.lighthouse} (presets: ${r.presets.join(', ')}; each with its own simulated throttling — mobile: slow 4G and a 4× slower CPU) driving ${CHROMIUM} headless; data: ${r.data}.`,
    '',
    `Initial JavaScript (index.html's scripts and module preloads): **${r.initialJs.kbGzip} KB gzip** (${r.initialJs.kbRaw} KB raw, ${r.initialJs.files.length} files; target ≤ ${TARGETS.initialJsKbGzip} KB)${mark(r.initialJs.kbGzip <= TARGETS.initialJsKbGzip)}; ${r.initialJs.lazyChunks} lazy chunks load with their routes.`,
    '',
    '| Page | As | Preset | Performance (≥ 90) | Accessibility (100) | FCP ms | LCP ms | TBT ms | CLS | Accessibility audits failed |',
    '|---|---|---|---:|---:|---:|---:|---:|---:|---|',
    ...r.pages.map(
      (p) =>
        `| ${p.name} | ${p.as} | ${p.preset} | ${p.performance}${mark(p.performance >= TARGETS.performance)} | ${p.accessibility}${mark(p.accessibility >= TARGETS.accessibility)} | ${p.fcpMs} | ${p.lcpMs} | ${p.tbtMs} | ${p.cls} | ${p.failedA11y.join(', ') || '–'} |`,
    ),
    '',
    `API peak RSS while serving: ${r.apiPeakRssMb} MB.`,
  ];
  return lines.join('\n');
}

async function main() {
  await build();
  const webDir = join(workDir, 'web');
  rmSync(webDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  cpSync(join(root, 'dist/apps/web/browser'), webDir, { recursive: true });
  const apiMain = await buildApi({ skipBuild: true });
  const initialJs = initialJavaScript(webDir);
  say(`initial JavaScript ${initialJs.kbGzip} KB gzip in ${initialJs.files.length} files; ${initialJs.lazyChunks} lazy chunks`);

  const api = await startApi(apiMain, { databaseUrl, env: { WEB_DIST_DIR: webDir }, logName: 'api-web' });
  const origin = api.url.replace('127.0.0.1', 'localhost');
  const pages = [];
  let rss = null;
  try {
    const people = peopleOf(await findFixtures(databaseUrl));
    const advocate = await signIn(api.url, people.advocate.email, { staff: true });
    const her = await signIn(api.url, people.serviceUser.email, { staff: false });
    for (const preset of presets) {
      for (const [name, as, path, session] of /** @type {[string, string, string, { cookie: string } | null][]} */ ([
        ['sign-in', 'nobody', '/sign-in', null],
        ['caseload', 'advocate', '/caseload', advocate],
        ['my plan', 'service user', '/my', her],
      ])) {
        if (onlyPage && name !== onlyPage) continue;
        const result = await audit(`${origin}${path}`, session ? { Cookie: session.cookie } : {}, preset);
        pages.push({ name, as, preset, ...result });
        say(`${name} (${preset}): performance ${result.performance}, accessibility ${result.accessibility} (${result.finalUrl})`);
      }
    }
  } finally {
    rss = peakRssMb(api.child);
    await stopApi(api.child);
  }
  const report = {
    date: new Date().toISOString(),
    machine: `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB`,
    lighthouse: JSON.parse(readFileSync(join(root, 'node_modules/lighthouse/package.json'), 'utf8')).version,
    presets,
    data: new URL(databaseUrl).pathname.slice(1),
    initialJs,
    pages,
    apiPeakRssMb: rss,
    targets: TARGETS,
  };
  writeFileSync(join(workDir, 'bench-web.json'), JSON.stringify(report, null, 2));
  if (!flag('no-docs') && !onlyPage) {
    mkdirSync(join(root, 'docs/performance'), { recursive: true });
    writeFileSync(join(root, 'docs/performance/bench-web.json'), `${JSON.stringify(report, null, 2)}\n`);
    updateDoc(join(root, 'docs/PERFORMANCE.md'), 'bench-web', render(report));
  }
  console.log(`\n${render(report)}`);
}

main().catch((error) => {
  console.error(`[bench:web] failed: ${error.stack ?? error.message}`);
  process.exit(1);
});
