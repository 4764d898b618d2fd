import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import express from 'express';
import helmet from 'helmet';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Logger } from 'nestjs-pino';
import { Environment } from '../config/environment';
import { AppModule, AppOptions } from './app.module';
import { appDatabaseUrl } from '../database/app-login';
import { installContextKey } from '../database/request-context';
import { requestIdFor } from '../common/request-id';
import { rejectHostileInput, requireJsonBody } from '../common/hostile-input';
import { documentIdempotencyKey } from '../modules/idempotency/openapi';
import { trackRequestIntent } from '../common/request-intent';

/** Before the body parser: the request id, so that even a body it rejects is answered with one. */
function assignRequestId(req: express.Request, res: express.Response, next: express.NextFunction): void {
  const id = requestIdFor(req);
  (req as express.Request & { id: string }).id = id;
  res.setHeader('X-Request-Id', id);
  next();
}

/** API answers hold personal data: no browser or proxy cache may keep them (a route may still say otherwise). */
function noStoreForApi(req: express.Request, res: express.Response, next: express.NextFunction): void {
  if (req.path.startsWith('/api/')) res.setHeader('Cache-Control', 'no-store');
  next();
}

/** The JSON parser's own failures, in the one error shape. */
function unreadableBody(err: { status?: number; type?: string }, req: express.Request, res: express.Response, next: express.NextFunction): void {
  if (!err) return next();
  const statusCode = typeof err.status === 'number' && err.status >= 400 && err.status < 500 ? err.status : 400;
  const message =
    err.type === 'entity.too.large'
      ? `The request body is too large (the limit is ${BODY_LIMIT})`
      : err.type === 'encoding.unsupported' || err.type === 'charset.unsupported'
        ? 'The request body must be UTF-8 JSON'
        : 'The request body is not valid JSON';
  res.status(statusCode).json({
    statusCode,
    error: statusCode === 413 ? 'Payload Too Large' : statusCode === 415 ? 'Unsupported Media Type' : 'Bad Request',
    message,
    requestId: (req as express.Request & { id?: string }).id ?? '',
  });
}

export const BODY_LIMIT = '100kb';

function flattenErrors(errors: ValidationError[], parent = ''): string[] {
  return errors.flatMap((e) => {
    const path = parent ? `${parent}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((m) => (m.startsWith(e.property) ? m.replace(e.property, path) : `${path}: ${m}`));
    return [...own, ...flattenErrors(e.children ?? [], path)];
  });
}

export async function createApp(options: AppOptions): Promise<NestExpressApplication> {
  // The pool serves through a login that is only a member of beside_app (database/app-login.ts).
  // And the database learns the key that seals each request's context (database/request-context.ts).
  await installContextKey(options.database.url, options.env.SECRET_KEY);
  const database = { ...options.database, url: await appDatabaseUrl(options.env, options.database) };
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register({ ...options, database }), {
    bufferLogs: true,
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  configureApp(app, options.env);
  await app.init();
  return app;
}

export function configureApp(app: NestExpressApplication, env: Environment): void {
  const production = env.NODE_ENV === 'production';
  app.set('trust proxy', env.TRUST_PROXY);
  app.disable('x-powered-by');
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // Angular and Material set element styles at run time.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          upgradeInsecureRequests: production ? [] : null,
        },
      },
      hsts: production ? { maxAge: 31536000, includeSubDomains: true } : false,
      referrerPolicy: { policy: 'no-referrer' },
      // As frame-ancestors 'none', for browsers that only know the older header.
      frameguard: { action: 'deny' },
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.use(assignRequestId);
  app.use(noStoreForApi);
  app.use(cookieParser());
  app.use(requireJsonBody);
  app.use(express.json({ limit: BODY_LIMIT, strict: true }));
  app.use(unreadableBody);
  app.use(rejectHostileInput);
  app.use(trackRequestIntent);
  app.setGlobalPrefix('api');
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      forbidUnknownValues: true,
      transform: true,
      stopAtFirstError: false,
      exceptionFactory: (errors) => new BadRequestException(flattenErrors(errors)),
    }),
  );
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Beside API')
      .setDescription('Advocacy case management for user-led women\'s mental health services')
      .setVersion('0.1.0')
      .addCookieAuth('__Host-beside_session')
      .addApiKey({ type: 'apiKey', in: 'header', name: 'X-CSRF-Token' }, 'csrf')
      .build(),
  );
  documentIdempotencyKey(document);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json', useGlobalPrefix: false });
  serveWebApp(app, env);
}

/** In production the API serves the built web app, so both share one origin. */
function serveWebApp(app: NestExpressApplication, env: Environment): void {
  const dir = resolve(env.WEB_DIST_DIR ?? join(process.cwd(), 'dist/apps/web/browser'));
  const index = join(dir, 'index.html');
  if (!existsSync(index)) return;
  // The web app's files only, gzipped (a third of their size): never the API's answers, which can
  // carry secrets (the CSRF token) beside what a request reflects, so their size never leaks them.
  app.use(compression({ filter: (req, res) => !req.path.startsWith('/api') && compression.filter(req, res) }));
  app.use(
    express.static(dir, {
      index: false,
      setHeaders: (res, path) => {
        res.setHeader('Cache-Control', /-[A-Za-z0-9]{8}\.(js|css)$/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    }),
  );
  app.use((req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (req.method !== 'GET' || req.path.startsWith('/api') || !req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
