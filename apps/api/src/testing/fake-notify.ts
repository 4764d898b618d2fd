import { randomUUID } from 'node:crypto';
import { createServer, IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeText {
  id: string;
  phone_number: string;
  template_id: string;
  reference: string | null;
  personalisation: { body?: string };
  authorization: string;
}

/** A stand-in for GOV.UK Notify's API (the two calls Beside makes), on a loopback port, for tests. */
export class FakeNotify {
  readonly texts: FakeText[] = [];
  /** While set, every call answers this HTTP status. */
  failWith: number | null = null;
  private server: Server | null = null;

  /** A key of the shape Notify issues: a name, the service id and the secret. */
  static readonly API_KEY = `beside_test-${randomUUID()}-${randomUUID()}`;
  static readonly TEMPLATE_ID = randomUUID();

  async start(): Promise<string> {
    this.server = createServer(async (req, res) => {
      const send = (status: number, body: unknown) => {
        res.writeHead(status, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (this.failWith) return send(this.failWith, { errors: [{ error: 'ServiceUnavailable', message: 'down' }], status_code: this.failWith });
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (req.method === 'POST' && url.pathname === '/v2/notifications/sms') {
        const body = JSON.parse(await readBody(req));
        const text: FakeText = { id: randomUUID(), authorization: String(req.headers.authorization ?? ''), ...body };
        this.texts.push(text);
        return send(201, { id: text.id, reference: text.reference, content: { body: text.personalisation.body, from_number: 'Appts' }, uri: '', template: { id: text.template_id, version: 1, uri: '' } });
      }
      if (req.method === 'GET' && url.pathname === '/v2/notifications') {
        const reference = url.searchParams.get('reference');
        const found = this.texts.filter((t) => t.reference === reference);
        return send(200, { notifications: found.map((t) => ({ id: t.id, reference: t.reference, type: 'sms', status: 'delivered' })), links: { current: '' } });
      }
      send(404, { errors: [{ error: 'NotFound' }] });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = '';
    req.on('data', (chunk) => (data += chunk));
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });
}
