import { findHostileInput, MAX_INPUT_DEPTH, requireJsonBody } from './hostile-input';

describe('findHostileInput', () => {
  it('should let ordinary requests through, including emoji, accents and right-to-left text', () => {
    expect(findHostileInput({ words: 'Café 👩🏽‍⚕️ مرحبا', safeContact: { channels: ['text'], codeWord: null }, version: 2 }, 'body')).toBeNull();
    expect(findHostileInput(undefined, 'body')).toBeNull();
    expect(findHostileInput({ limit: '10', status: ['open', 'closed'] }, 'query')).toBeNull();
  });

  it('should refuse text that cannot be stored, naming the field', () => {
    expect(findHostileInput({ words: 'a\u0000b' }, 'body')).toMatch(/^words contains a character that cannot be stored/);
    expect(findHostileInput({ safeContact: { safeTimes: 'x\ud800' } }, 'body')).toMatch(/^safeContact\.safeTimes contains/);
    expect(findHostileInput({ q: '\udfff' }, 'query')).toMatch(/^q contains/);
    expect(findHostileInput({ ['a\u0000']: 1 }, 'body')).toMatch(/field name/);
  });

  it('should refuse the prototype names anywhere', () => {
    expect(findHostileInput(JSON.parse('{"__proto__":{"isAdmin":true}}'), 'body')).toBe('__proto__ is not an allowed field name');
    expect(findHostileInput(JSON.parse('{"safeContact":{"constructor":{"prototype":1}}}'), 'body')).toBe('safeContact.constructor is not an allowed field name');
    expect(findHostileInput(JSON.parse('[{"prototype":1}]'), 'body')).toMatch(/prototype is not an allowed field name/);
  });

  it('should refuse nesting deeper than the limit without overflowing the stack', () => {
    const deep = JSON.parse('['.repeat(100_000) + ']'.repeat(100_000));
    expect(findHostileInput(deep, 'body')).toBe(`body is nested too deeply (at most ${MAX_INPUT_DEPTH} levels)`);
    let ok: unknown = 1;
    for (let i = 0; i < MAX_INPUT_DEPTH; i++) ok = { a: ok };
    expect(findHostileInput(ok, 'body')).toBeNull();
  });
});

describe('requireJsonBody', () => {
  function run(method: string, headers: Record<string, string>, type: string | false) {
    const req = { method, headers, is: () => type } as unknown as Parameters<typeof requireJsonBody>[0];
    const sent: { status?: number; body?: unknown } = {};
    const res = { status: (s: number) => ((sent.status = s), res), json: (b: unknown) => ((sent.body = b), res) } as unknown as Parameters<typeof requireJsonBody>[1];
    let passed = false;
    requireJsonBody(req, res, () => (passed = true));
    return { passed, ...sent };
  }

  it('should pass JSON bodies, writes without a body and reads', () => {
    expect(run('POST', { 'content-length': '2', 'content-type': 'application/json' }, 'application/json').passed).toBe(true);
    expect(run('POST', { 'content-length': '0' }, false).passed).toBe(true);
    expect(run('POST', {}, false).passed).toBe(true);
    expect(run('GET', { 'content-length': '5', 'content-type': 'text/plain' }, false).passed).toBe(true);
  });

  it('should refuse a write whose body is not JSON with 415', () => {
    const answer = run('POST', { 'content-length': '9', 'content-type': 'multipart/form-data; boundary=b' }, false);
    expect(answer.passed).toBe(false);
    expect(answer.status).toBe(415);
    expect(answer.body).toMatchObject({ statusCode: 415, error: 'Unsupported Media Type' });
    expect(run('PATCH', { 'transfer-encoding': 'chunked' }, false).status).toBe(415);
  });
});
