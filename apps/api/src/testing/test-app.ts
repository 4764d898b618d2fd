import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import request from 'supertest';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../app/create-app';
import { Environment, validateEnvironment } from '../config/environment';
import { dataSourceOptions } from '../database/data-source-options';
import { beforeAllTests } from './before-all-tests';
import { createTestDatabase, TestDatabase } from './test-database';

export interface TestApp {
  app: NestExpressApplication;
  env: Environment;
  database: TestDatabase;
  /** The owner's connection, for arranging data and asserting on it (bypasses row-level security). */
  owner: DataSource;
  http: () => ReturnType<typeof request>;
  close(): Promise<void>;
}

export async function createTestApp(overrides: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const env = validateEnvironment({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DEMO_SEED: 'false',
    PUBLIC_URL: 'http://localhost:3000',
    DATABASE_POOL_SIZE: '16',
    JOBS_ENABLED: 'false',
    MESSAGE_DELIVERY_ENABLED: 'false',
    DOCUMENTS_DIR: join(tmpdir(), `beside-test-documents-${randomUUID()}`),
    ...overrides,
  });
  const app = await createApp({ env, database: { url: database.url, kind: database.kind } });
  const owner = new DataSource(dataSourceOptions(database.url, 3));
  await owner.initialize();
  const server = app.getHttpServer();
  return {
    app,
    env,
    database,
    owner,
    http: () => request(server),
    close: async () => {
      await app.close();
      await owner.destroy();
      await database.drop();
    },
  };
}

/** The API on a fresh database for one test file, with what `arrange` makes for its tests (see beforeAllTests). */
export function useTestApp<Arranged extends object = object>(
  arrange?: (t: TestApp) => Promise<Arranged | void>,
  overrides: Record<string, string> = {},
): TestApp & Arranged {
  return beforeAllTests(() => createTestApp(overrides), arrange);
}
