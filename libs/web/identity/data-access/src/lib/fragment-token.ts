/**
 * Reads `#token=…` from a link and removes it from the address bar, so the token is not left
 * in history or shown over her shoulder. Tokens never travel in the query string.
 */
export function takeFragmentToken(location: Location, history: History): string | null {
  const params = new URLSearchParams(location.hash.replace(/^#/, ''));
  const token = params.get('token');
  if (token) history.replaceState(history.state, '', location.pathname + location.search);
  return token;
}
