/** A plain sentence for a long Retry-After; short waits are already in the API's message. */
export function retryAfterText(seconds: number | null): string | null {
  if (seconds === null || seconds < 120) return null;
  return `That is about ${Math.ceil(seconds / 60)} minutes.`;
}
