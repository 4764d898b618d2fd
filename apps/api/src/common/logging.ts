import type { Params } from 'nestjs-pino';
import { existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname } from 'node:path';
import pino from 'pino';
import { requestIdFor } from './request-id';

/** A log file larger than this at start-up is moved to `<file>.1` (one generation kept). */
const ROTATE_BYTES = 20 * 1024 * 1024;

const LEVEL_NAMES: Record<number, string> = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };

/**
 * One short line a person can read for one JSON log record, or null for a line that is not
 * one. It shows only fields the JSON record holds, which never hold personal data.
 */
export function consoleLine(json: string): string | null {
  let record: Record<string, unknown>;
  try {
    record = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return null;
  }
  const time = typeof record['time'] === 'number' ? new Date(record['time']).toISOString().slice(11, 19) : '--:--:--';
  const level = (LEVEL_NAMES[Number(record['level'])] ?? String(record['level'])).padEnd(5);
  const parts = [`${time} ${level}`];
  if (typeof record['context'] === 'string') parts.push(`[${record['context']}]`);
  parts.push(String(record['msg'] ?? ''));
  const req = record['req'] as { method?: string; path?: string } | undefined;
  const res = record['res'] as { statusCode?: number } | undefined;
  if (req?.method) parts.push(`${req.method} ${req.path ?? ''}${res?.statusCode ? ` ${res.statusCode}` : ''}`);
  if (typeof record['responseTime'] === 'number') parts.push(`${record['responseTime']} ms`);
  const err = record['err'] as { type?: string; message?: string } | undefined;
  if (err?.message) parts.push(`(${err.type ?? 'Error'}: ${err.message.split('\n')[0]})`);
  if (typeof record['requestId'] === 'string') parts.push(`request ${record['requestId']}`);
  return parts.filter((p) => p !== '').join(' ');
}

/** The full JSON log, appended to `file` (created with its folder; rotated once it grows large). */
function fileDestination(file: string): pino.DestinationStream {
  mkdirSync(dirname(file), { recursive: true });
  if (existsSync(file) && statSync(file).size > ROTATE_BYTES) renameSync(file, `${file}.1`);
  // Synchronous: the last lines before an exit are never lost (this is for development).
  return pino.destination({ dest: file, append: true, sync: true });
}

/** Readable lines on the console, for the records that reach it. */
const humanConsole: pino.DestinationStream = {
  write(line: string) {
    process.stdout.write(`${consoleLine(line) ?? line.trimEnd()}\n`);
  },
};

/**
 * JSON logs with the request id on every line. Bodies, cookies, query strings and
 * authorization headers are never logged: they can hold personal data or secrets.
 *
 * Without `logFile` (production, containers, the end-to-end runner) every record is a JSON
 * line on stdout. With it (`npm start` in development) every record goes to that file as
 * JSON, and the console shows only warnings and errors, one readable line each, so that the
 * start-up banner stays on screen.
 */
export function loggingParams(level: string, logFile?: string): Params {
  const options = {
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
  };
  if (!logFile || level === 'silent') return { pinoHttp: options };
  const streams = pino.multistream([
    { level: level as pino.Level, stream: fileDestination(logFile) },
    { level: 'warn', stream: humanConsole },
  ]);
  return { pinoHttp: [options, streams] };
}
