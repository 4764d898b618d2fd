import { withLinks } from './message-words';

describe('withLinks', () => {
  it('should make web addresses links and keep the rest as text', () => {
    expect(withLinks('Set your password:\nhttp://localhost:3000/invitation#token=abc\nThe link works for 3 days.')).toEqual([
      { text: 'Set your password:\n' },
      { href: 'http://localhost:3000/invitation#token=abc' },
      { text: '\nThe link works for 3 days.' },
    ]);
  });

  it('should leave text without an address as it is, markup included', () => {
    expect(withLinks('<b>hello</b>')).toEqual([{ text: '<b>hello</b>' }]);
  });
});
