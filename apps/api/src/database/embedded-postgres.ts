import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/**
 * PostgreSQL for machines that have none: PGlite (PostgreSQL compiled to WebAssembly)
 * served on a loopback port, so the app reaches it through the same `pg` driver and
 * the same migrations as a real server.
 */
export class EmbeddedPostgres {
  private constructor(
    private readonly db: PGlite,
    private readonly server: PGLiteSocketServer,
    readonly url: string,
    readonly dataDir: string,
  ) {}

  static async start(dataDir: string, maxConnections = 20): Promise<EmbeddedPostgres> {
    const location = dataDir === 'memory' ? 'memory://' : resolve(dataDir);
    if (location !== 'memory://') mkdirSync(location, { recursive: true });
    const db = await PGlite.create(location);
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections });
    await server.start();
    const port = await listeningPort(server);
    return new EmbeddedPostgres(db, server, `postgres://postgres@127.0.0.1:${port}/postgres`, location);
  }

  async stop(): Promise<void> {
    await this.server.stop();
    await this.db.close();
  }
}

async function listeningPort(server: PGLiteSocketServer): Promise<number> {
  // The server keeps its net.Server private; its address is the only way to learn the OS-chosen port.
  const inner = (server as unknown as { server?: { address(): { port: number } | string | null } }).server;
  const address = inner?.address();
  if (address && typeof address === 'object') return address.port;
  throw new Error('Embedded PostgreSQL did not report its port');
}
