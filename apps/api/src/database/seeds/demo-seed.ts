import { DataSource } from 'typeorm';
import * as argon2 from 'argon2';
import { SecretBox } from '../../modules/identity/secrets';
import { dataSourceOptions } from '../data-source-options';
import { seedDemoCasework } from './demo-casework';
import { demoTotpSecret } from './demo-totp';

export const DEMO_PASSWORD = 'walk beside me, demo 2026';

export interface DemoLogin {
  role: string;
  name: string;
  email: string;
  twoStep: boolean;
}

interface DemoPerson {
  key: string;
  role: 'admin' | 'manager' | 'advocate' | 'service_user';
  name: string;
  email: string;
}

// Fictional people; any resemblance is accidental.
const PEOPLE: DemoPerson[] = [
  { key: 'admin', role: 'admin', name: 'Ada Okafor', email: 'ada.admin@demo.beside.test' },
  { key: 'manager', role: 'manager', name: 'Maya Lindqvist', email: 'maya.manager@demo.beside.test' },
  { key: 'amara', role: 'advocate', name: 'Amara Hughes', email: 'amara.advocate@demo.beside.test' },
  { key: 'bea', role: 'advocate', name: 'Bea Moreno', email: 'bea.advocate@demo.beside.test' },
  { key: 'cleo', role: 'advocate', name: 'Cleo Mensah', email: 'cleo.advocate@demo.beside.test' },
  { key: 'nia', role: 'service_user', name: 'Nia Campbell', email: 'nia@demo.beside.test' },
  { key: 'rosa', role: 'service_user', name: 'Rosa Almeida', email: 'rosa@demo.beside.test' },
  { key: 'lena', role: 'service_user', name: 'Lena Novak', email: 'lena@demo.beside.test' },
];

function demoLogins(people: DemoPerson[]): DemoLogin[] {
  return people.map((p) => ({ role: p.role, name: p.name, email: p.email, twoStep: p.role !== 'service_user' }));
}

/** Seeds the fictional demo organisation when the database has no organisation yet. Runs as the owner. */
export async function seedDemoIfEmpty(url: string, secretKey: string): Promise<DemoLogin[] | null> {
  const ds = new DataSource(dataSourceOptions(url, 2));
  await ds.initialize();
  try {
    return await ds.transaction(async (em) => {
      const [{ count }]: { count: string }[] = await em.query(`SELECT count(*) FROM organisation`);
      if (Number(count) > 0) {
        // Seeded on an earlier start: show the logins again if the demo people are still there.
        const existing: { email: string }[] = await em.query(`SELECT email FROM user_account WHERE email = ANY($1)`, [PEOPLE.map((p) => p.email)]);
        return existing.length ? demoLogins(PEOPLE.filter((p) => existing.some((e) => e.email === p.email))) : null;
      }
      const box = new SecretBox(secretKey);
      const passwordHash = await argon2.hash(DEMO_PASSWORD, { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 });
      const [org]: { id: string }[] = await em.query(
        `INSERT INTO organisation (name) VALUES ('Riverside Women''s Advocacy (demo, fictional)') RETURNING id`,
      );
      const ids: Record<string, string> = {};
      for (const p of PEOPLE) {
        const staff = p.role !== 'service_user';
        const [row]: { id: string }[] = await em.query(
          `INSERT INTO user_account (organisation_id, role, email, display_name, password_hash, password_changed_at, status,
                                     mfa_secret, mfa_enabled_at)
           VALUES ($1, $2, $3, $4, $5, now(), 'active', $6, $7) RETURNING id`,
          [org.id, p.role, p.email, p.name, passwordHash, staff ? box.seal(demoTotpSecret(p.email)) : null, staff ? new Date() : null],
        );
        ids[p.key] = row.id;
      }
      const serviceUsers: Record<string, string> = {};
      const profiles: [string, string | null, string, string][] = [
        ['nia', 'Nia', 'she/her', '1991-04-12'],
        ['rosa', null, 'she/her', '1984-09-30'],
        ['lena', 'Len', 'they/them', '1999-01-05'],
      ];
      for (const [key, preferred, pronouns, dob] of profiles) {
        const person = PEOPLE.find((p) => p.key === key);
        const [row]: { id: string }[] = await em.query(
          `INSERT INTO service_user (organisation_id, account_id, name, preferred_name, pronouns, date_of_birth, safe_contact, created_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
          [
            org.id,
            ids[key],
            person?.name,
            preferred,
            pronouns,
            dob,
            JSON.stringify({ channels: ['text'], safeTimes: 'Weekdays 10:00–14:00', voicemail: false, codeWord: null }),
            ids['amara'],
          ],
        );
        serviceUsers[key] = row.id;
      }
      const journeys: [string, string, string, string | null, string, string][] = [
        ['nia', 'active', 'amara', null, 'gp', 'Feels her psychiatrist does not listen; wants to ask about talking therapies.'],
        ['rosa', 'referred', 'amara', 'bea', 'self', 'Housing repairs ignored; worried about a benefits assessment.'],
        ['lena', 'active', 'bea', null, 'mental_health_team', 'Discharged from hospital; needs support at care-plan meetings.'],
      ];
      for (const [key, status, primary, secondary, source, reason] of journeys) {
        await em.query(
          `INSERT INTO journey (organisation_id, service_user_id, status, referral_source, referral_date, referral_reason,
                                primary_advocate_id, secondary_advocate_id, created_by)
           VALUES ($1, $2, $3, $4, current_date - 30, $5, $6, $7, $6)`,
          [org.id, serviceUsers[key], status, source, reason, ids[primary], secondary ? ids[secondary] : null],
        );
      }
      await seedDemoCasework(em, org.id, ids['cleo'], ids['manager']);
      return demoLogins(PEOPLE);
    });
  } finally {
    await ds.destroy();
  }
}
