import type { Params } from 'nestjs-pino';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { requestIdFor } from './request-id';

/**
 * JSON logs with the request id on every line. Bodies, cookies, query strings and
 * authorization headers are never logged: they can hold personal data or secrets.
 */
export function loggingParams(level: string): Params {
  return {
    pinoHttp: {
      level,
      // The id was assigned by the first middleware (create-app.ts); reuse it.
      genReqId: (req: IncomingMessage & { id?: string }, res: ServerResponse) => {
        if (req.id) return req.id;
        const id = requestIdFor(req);
        res.setHeader('X-Request-Id', id);
        return id;
      },
      customAttributeKeys: { reqId: 'requestId' },
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          path: String(req.url).split('?')[0],
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      redact: { paths: ['req.headers', 'res.headers'], remove: true },
      autoLogging: { ignore: (req: IncomingMessage) => (req.url ?? '').startsWith('/api/health') },
    },
  };
}
