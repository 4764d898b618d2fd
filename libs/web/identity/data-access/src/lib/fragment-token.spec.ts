import { takeFragmentToken } from './fragment-token';

describe('takeFragmentToken', () => {
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('should read the token from the fragment and remove it from the address bar', () => {
    window.history.replaceState(null, '', '/invitation#token=abc123');
    expect(takeFragmentToken(window.location, window.history)).toBe('abc123');
    expect(window.location.href).not.toContain('abc123');
    expect(window.location.pathname).toBe('/invitation');
  });

  it('should ignore a token in the query string', () => {
    window.history.replaceState(null, '', '/invitation?token=abc123');
    expect(takeFragmentToken(window.location, window.history)).toBeNull();
  });
});
