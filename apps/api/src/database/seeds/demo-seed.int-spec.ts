import { DataSource } from 'typeorm';
import { createTestDatabase, TestDatabase } from '../../testing/test-database';
import { dataSourceOptions } from '../data-source-options';
import { seedDemoIfEmpty } from './demo-seed';

describe('demo seed', () => {
  let db: TestDatabase;
  let owner: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    owner = new DataSource(dataSourceOptions(db.url, 2));
    await owner.initialize();
  });
  afterAll(async () => {
    await owner?.destroy();
    await db?.drop();
  });

  it('should seed a fictional organisation with a year of casework once, and only show the logins again after that', async () => {
    const logins = await seedDemoIfEmpty(db.url, 'x'.repeat(40));
    expect(logins?.map((l) => l.email)).toContain('maya.manager@demo.beside.test');
    const [counts] = await owner.query(
      `SELECT (SELECT count(*)::int FROM journey) AS journeys, (SELECT count(*)::int FROM accompaniment) AS accompaniments,
              (SELECT count(*)::int FROM concern) AS concerns, (SELECT count(*)::int FROM goal WHERE achieved_at IS NOT NULL) AS achieved,
              (SELECT count(DISTINCT support_level)::int FROM accompaniment) AS levels`,
    );
    expect(counts.journeys).toBe(13);
    expect(counts.accompaniments).toBeGreaterThan(50);
    expect(counts.concerns).toBe(4);
    expect(counts.achieved).toBeGreaterThan(0);
    expect(counts.levels).toBe(4);
    expect(await seedDemoIfEmpty(db.url, 'x'.repeat(40))).toHaveLength(logins?.length ?? -1);
    const [{ n }] = await owner.query(`SELECT count(*)::int AS n FROM journey`);
    expect(n).toBe(13);
  });
});
