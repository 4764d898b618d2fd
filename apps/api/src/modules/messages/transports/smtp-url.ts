/**
 * What is wrong with an SMTP_URL, or null: `smtp://` (STARTTLS, required unless the server is on this
 * machine) or `smtps://` (TLS from the first byte), user and password in the URL.
 */
export function smtpUrlProblem(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'SMTP_URL must be a URL such as smtps://user:password@smtp.example.org:465';
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') return 'SMTP_URL must start with smtp:// or smtps://';
  if (!url.hostname) return 'SMTP_URL must name the mail server';
  return null;
}
