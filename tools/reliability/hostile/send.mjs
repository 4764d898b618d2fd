// Sends one hostile case as a signed-in person (or nobody) and judges the answer.

// What must never appear in an answer: stack frames, file paths, driver and SQL errors.
const LEAKS = [
  /\n\s+at\s/,
  /\bat [\w.<>]+ \(/,
  /\.(ts|js|mjs):\d+/,
  /node_modules/,
  /\/work\/|\/home\/|\/tmp\//,
  /dist\/apps/,
  /QueryFailedError|TypeError|RangeError|ReferenceError|SyntaxError:/,
  /Maximum call stack/i,
  /relation "|column "|violates .* constraint|syntax error at or near|invalid input syntax|invalid byte sequence|duplicate key value/i,
  /typeorm|class-transformer|class-validator|body-parser|raw-body/i,
  /"stack"/,
];

/**
 * @param {string} baseUrl
 * @param {{ cookie?: string | null, csrfToken?: string | null } | null} session null for nobody
 * @param {any} c a hostile case (openapi-cases.mjs)
 * @returns {Promise<{ status: number, ms: number, problems: string[], text: string }>}
 */
export async function send(baseUrl, session, c) {
  /** @type {Record<string, string>} */
  const headers = { Accept: 'application/json' };
  if (session?.cookie) headers.Cookie = session.cookie;
  if (c.cookie) headers.Cookie = c.cookie;
  if (c.csrf && session?.csrfToken && c.method !== 'GET') headers['X-CSRF-Token'] = session.csrfToken;
  if (c.body !== undefined && c.contentType) headers['Content-Type'] = c.contentType;
  Object.assign(headers, c.headers);
  const t0 = performance.now();
  let res;
  try {
    res = await fetch(`${baseUrl}${c.path}`, {
      method: c.method,
      headers,
      body: c.body === undefined ? undefined : new Uint8Array(c.body),
      redirect: 'manual',
      signal: AbortSignal.timeout(30_000),
    });
  } catch (error) {
    return { status: 0, ms: performance.now() - t0, problems: [`no answer: ${error.cause?.code ?? error.name} ${error.message}`], text: '' };
  }
  const text = await res.text();
  const ms = performance.now() - t0;
  const problems = [];
  const status = res.status;
  if (status >= 500) problems.push(`${status}`);
  else if (c.expect === 'reject' && status < 400) problems.push(`accepted (${status}) where a 4xx was due`);
  if (status >= 400) {
    let body = null;
    try {
      body = JSON.parse(text);
    } catch {
      problems.push(`${status} answer is not JSON: ${text.slice(0, 80)}`);
    }
    if (body) {
      if (body.statusCode !== status) problems.push(`statusCode ${body.statusCode} ≠ ${status}`);
      if (typeof body.error !== 'string' || !body.error) problems.push('no error name');
      if (!(typeof body.message === 'string' || (Array.isArray(body.message) && body.message.every((m) => typeof m === 'string'))) || !body.message.length) {
        problems.push('no clear message');
      }
      if (typeof body.requestId !== 'string' || !body.requestId) problems.push('no requestId');
    }
  }
  if (c.forbidEcho && text.includes(c.forbidEcho)) problems.push('echoes a forged request id');
  // The answer may quote the hostile input back (a field's name); look for leaks outside it.
  const answer = c.echo ? text.split(c.echo).join('') : text;
  for (const leak of LEAKS) if (leak.test(answer)) problems.push(`leaks internal detail (${leak})`);
  return { status, ms, problems, text };
}

/** Runs `work(item)` over items with at most `concurrency` at a time, in order of start. */
export async function pool(items, concurrency, work) {
  let next = 0;
  const runners = Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      await work(items[i], i);
    }
  });
  await Promise.all(runners);
}
