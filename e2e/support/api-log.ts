import { readFileSync } from 'node:fs';

/** The log file e2e/run.mjs captures the API's stdout and stderr into. */
export function apiLogPath(): string {
  const path = process.env['E2E_API_LOG'];
  if (!path) throw new Error('E2E_API_LOG is not set: run the end-to-end suites with `npm run test:e2e`.');
  return path;
}

export function apiLogLines(): string[] {
  return readFileSync(apiLogPath(), 'utf8').split('\n').filter((l) => l.trim() !== '');
}

/** JSON (pino) log records; other lines (the start-up banner) are left out. */
export function apiLogRecords(): Record<string, unknown>[] {
  return apiLogLines().flatMap((line) => {
    if (!line.startsWith('{')) return [];
    try {
      return [JSON.parse(line) as Record<string, unknown>];
    } catch {
      return [];
    }
  });
}

/** "GET /api/journeys/:journeyId" for each "Mapped {/api/journeys/:journeyId, GET} route" line. */
export function mappedRoutes(): string[] {
  return apiLogRecords().flatMap((r) => {
    const m = /^Mapped \{(\S+), ([A-Z]+)\} route$/.exec(String(r['msg'] ?? ''));
    return m ? [`${m[2]} ${m[1]}`] : [];
  });
}

export interface BannerLogin {
  role: string;
  email: string;
  name: string;
}

/**
 * The start-up banner prints the demo logins on purpose (it is for the person who ran
 * `npm start`). Returns them, and the log without the banner: the part that must never
 * hold personal data.
 */
export function splitBanner(lines = apiLogLines()): { logins: BannerLogin[]; rest: string[] } {
  const logins: BannerLogin[] = [];
  const rest: string[] = [];
  let inBanner = false;
  for (const line of lines) {
    if (/^\s+Beside is running at /.test(line)) inBanner = true;
    if (!inBanner) {
      rest.push(line);
      continue;
    }
    const login = /^\s{4}(\w+)\s+(\S+@\S+)\s+(.+?)\s*$/.exec(line);
    if (login) logins.push({ role: login[1], email: login[2], name: login[3] });
    if (/npm run demo:code/.test(line) || (line.startsWith('{') && !/^\s/.test(line))) {
      inBanner = false;
      if (line.startsWith('{')) rest.push(line);
    }
  }
  return { logins, rest };
}
