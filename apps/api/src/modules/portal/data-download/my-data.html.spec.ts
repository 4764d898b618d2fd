import { escapeHtml, MY_DATA_HTML_CSP } from './my-data.html';

describe('escapeHtml', () => {
  it('should turn every markup character into text', () => {
    expect(escapeHtml(`<img src=x onerror="a('b')">&\``)).toBe('&#60;img src=x onerror=&#34;a(&#39;b&#39;)&#34;&#62;&#38;&#96;');
  });

  it('should show a dash for nothing', () => {
    expect([escapeHtml(null), escapeHtml(undefined), escapeHtml('')]).toEqual(['—', '—', '—']);
  });
});

describe('MY_DATA_HTML_CSP', () => {
  it('should allow nothing but its own style', () => {
    expect(MY_DATA_HTML_CSP).toMatch(/^default-src 'none'; style-src 'sha256-[^']+'; img-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'$/);
  });
});
