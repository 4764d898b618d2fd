import { findHostileInput, MAX_INPUT_DEPTH } from './hostile-input';

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
