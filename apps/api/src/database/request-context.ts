import { createHash, createHmac } from 'node:crypto';
import { Client } from 'pg';

/**
 * The request context (organisation, user, role) that row-level security reads is sealed
 * (issue 14.12): with it the API sets beside.context_mac, a MAC under a key that only the API
 * (from SECRET_KEY) and the database's owner hold. beside_current_organisation(),
 * beside_current_user() and beside_current_role() answer only while the MAC matches, so SQL
 * sent as beside_app that sets another organisation with set_config sees no one's rows.
 */
export function contextKey(secretKey: string): Buffer {
  return createHmac('sha256', secretKey).update('beside-request-context').digest();
}

/** sha256(key || sha256(key || "organisation|user|role")), as beside_context_is_sealed() computes it. */
export function contextMac(key: Buffer, organisationId: string, userId: string, role: string): string {
  const payload = Buffer.from(`${organisationId}|${userId}|${role}`, 'utf8');
  const inner = createHash('sha256').update(Buffer.concat([key, payload])).digest();
  return createHash('sha256').update(Buffer.concat([key, inner])).digest('hex');
}

/** As the owner, at start-up: the database learns the key (kept in a table beside_app cannot read). */
export async function installContextKey(ownerUrl: string, secretKey: string): Promise<void> {
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO beside_context_key (one, key) VALUES (true, $1) ON CONFLICT (one) DO UPDATE SET key = EXCLUDED.key WHERE beside_context_key.key <> EXCLUDED.key`,
      [contextKey(secretKey)],
    );
  } finally {
    await client.end();
  }
}
