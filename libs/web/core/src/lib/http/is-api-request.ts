export function isApiRequest(url: string): boolean {
  return url.startsWith('/api/') || url.startsWith('api/');
}
