/** What is wrong with a GOV.UK Notify API key, or null: "name-<service id>-<secret>", the two last parts UUIDs. */
export function notifyApiKeyProblem(key: string): string | null {
  return /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(key)
    ? null
    : 'NOTIFY_API_KEY must be the whole key from GOV.UK Notify (its name, then the service id and the secret)';
}
