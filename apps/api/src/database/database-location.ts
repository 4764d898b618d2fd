import { EmbeddedPostgres } from './embedded-postgres';

export interface DatabaseLocation {
  url: string;
  kind: 'embedded' | 'external';
  stop(): Promise<void>;
}

/** DATABASE_URL set: that server. Unset: an embedded PostgreSQL in BESIDE_DATA_DIR. */
export async function locateDatabase(env: {
  DATABASE_URL?: string;
  BESIDE_DATA_DIR: string;
  DATABASE_POOL_SIZE: number;
}): Promise<DatabaseLocation> {
  if (env.DATABASE_URL) {
    return { url: env.DATABASE_URL, kind: 'external', stop: async () => undefined };
  }
  const embedded = await EmbeddedPostgres.start(env.BESIDE_DATA_DIR, env.DATABASE_POOL_SIZE + 4);
  return { url: embedded.url, kind: 'embedded', stop: () => embedded.stop() };
}
