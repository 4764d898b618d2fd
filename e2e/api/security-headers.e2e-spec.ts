import { http } from '../support/api';

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name.toLowerCase(), values]),
  );
}

describe.each([
  ['the app shell', '/', 'text/html'],
  ['a deep link', '/caseload', 'text/html'],
  ['an API answer', '/api/health', 'application/json'],
  ['an API error', '/api/no-such-route', 'application/json'],
])('security headers on %s', (_label, path, accept) => {
  let headers: Headers;

  beforeAll(async () => {
    const res = await http(path, { headers: { Accept: accept } });
    await res.text();
    headers = res.headers;
  });

  it('should send a Content-Security-Policy that allows no inline or evaluated script', () => {
    const csp = directives(headers.get('content-security-policy') ?? '');
    const scriptSrc = csp.get('script-src') ?? csp.get('default-src');
    expect(scriptSrc).toBeDefined();
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toContain("'unsafe-eval'");
    expect(csp.get('object-src')).toEqual(["'none'"]);
  });

  it('should forbid framing', () => {
    const csp = directives(headers.get('content-security-policy') ?? '');
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('should forbid content sniffing and referrers, and not name the framework', () => {
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('referrer-policy')).toBe('no-referrer');
    expect(headers.get('x-powered-by')).toBeNull();
  });
});
