import type { EntityManager } from 'typeorm';
import type { SecretBox } from '../../modules/identity/credentials/secrets';
import { seedDemoCasework } from './demo-casework';
import { demoTotpSecret } from './demo-totp';

export interface DemoPerson {
  key: string;
  role: 'admin' | 'manager' | 'advocate' | 'service_user' | 'network_admin' | 'panel_member';
  name: string;
  email: string;
}

/** Fictional people of the network around the first demo organisation (issue 17); any resemblance is accidental. */
export const NETWORK_PEOPLE: DemoPerson[] = [{ key: 'noor', role: 'network_admin', name: 'Noor Haddad', email: 'noor.network@demo.beside.test' }];
export const HARBOUR_PEOPLE: DemoPerson[] = [
  { key: 'hana', role: 'admin', name: 'Hana Sato', email: 'hana.admin@harbour.demo.beside.test' },
  { key: 'ines', role: 'manager', name: 'Ines Duarte', email: 'ines.manager@harbour.demo.beside.test' },
  { key: 'joy', role: 'advocate', name: 'Joy Adeyemi', email: 'joy.advocate@harbour.demo.beside.test' },
  { key: 'kezia', role: 'service_user', name: 'Kezia Brown', email: 'kezia@harbour.demo.beside.test' },
];

export const NETWORK_NAME = "Women's Mental Health Network (demo, fictional)";
export const HARBOUR_NAME = "Harbour Women's Voice (demo, fictional)";
const NORTHGATE_NAME = "Northgate Women's Collective (demo, fictional)";

/** An account of a demo person: staff with two-step sign-in already on (codes from `npm run demo:code`). */
export async function insertDemoPerson(em: EntityManager, organisationId: string, person: DemoPerson, passwordHash: string | null, box: SecretBox): Promise<string> {
  const staff = person.role !== 'service_user' && passwordHash !== null;
  const [row]: { id: string }[] = await em.query(
    `INSERT INTO user_account (organisation_id, role, email, display_name, password_hash, password_changed_at, status, mfa_secret, mfa_enabled_at)
     VALUES ($1, $2, $3, $4, $5, CASE WHEN $5::text IS NULL THEN NULL ELSE now() END, 'active', $6, $7) RETURNING id`,
    [organisationId, person.role, person.email, person.name, passwordHash, staff ? box.seal(demoTotpSecret(person.email)) : null, staff ? new Date() : null],
  );
  return row.id;
}

/**
 * The network around Riverside: its operator (Noor, in the network organisation, seeing no case content),
 * Harbour (a second member with its own staff and Kezia, so isolation and referrals can be tried), and
 * Northgate (a third member with a year of casework and no logins, so the pooled figures have three
 * organisations to pool and show numbers rather than only suppressed cells).
 */
export async function seedDemoNetwork(em: EntityManager, riversideId: string, passwordHash: string, box: SecretBox): Promise<void> {
  await em.query(`UPDATE organisation SET settings = settings || $2::jsonb WHERE id = $1`, [
    riversideId,
    JSON.stringify({ servicesOffered: 'One-to-one advocacy with GPs, mental health teams, housing and benefits; accompaniment to appointments.' }),
  ]);
  const [network]: { id: string }[] = await em.query(`INSERT INTO organisation (name, kind) VALUES ($1, 'network') RETURNING id`, [NETWORK_NAME]);
  for (const person of NETWORK_PEOPLE) await insertDemoPerson(em, network.id, person, passwordHash, box);

  const [harbour]: { id: string }[] = await em.query(`INSERT INTO organisation (name, settings) VALUES ($1, $2) RETURNING id`, [
    HARBOUR_NAME,
    JSON.stringify({
      servicesOffered: "Peer advocacy at Mental Health Act tribunals and hospital managers' hearings; a women-only drop-in on Thursdays.",
      messageSender: 'Appointments',
    }),
  ]);
  const ids: Record<string, string> = {};
  for (const person of HARBOUR_PEOPLE) ids[person.key] = await insertDemoPerson(em, harbour.id, person, passwordHash, box);
  const [kezia]: { id: string }[] = await em.query(
    `INSERT INTO service_user (organisation_id, account_id, name, pronouns, date_of_birth, safe_contact, created_by)
     VALUES ($1, $2, 'Kezia Brown', 'she/her', '1988-06-21', $3, $4) RETURNING id`,
    [harbour.id, ids['kezia'], JSON.stringify({ channels: ['email'], safeTimes: 'Weekday mornings', voicemail: false, codeWord: null }), ids['joy']],
  );
  const [journey]: { id: string }[] = await em.query(
    `INSERT INTO journey (organisation_id, service_user_id, status, referral_source, referral_date, referral_reason, primary_advocate_id, created_by)
     VALUES ($1, $2, 'active', 'self', current_date - 20, 'Wants support to prepare for her tribunal hearing.', $3, $3) RETURNING id`,
    [harbour.id, kezia.id, ids['joy']],
  );
  await em.query(
    `INSERT INTO goal (organisation_id, journey_id, service_user_id, words, category, status, created_by)
     VALUES ($1, $2, $3, 'I want to say in my own words why I am ready to go home.', 'rights', 'in_progress', $4)`,
    [harbour.id, journey.id, kezia.id, ids['kezia']],
  );
  await seedDemoCasework(em, harbour.id, ids['joy'], ids['ines']);

  const [northgate]: { id: string }[] = await em.query(`INSERT INTO organisation (name, settings) VALUES ($1, $2) RETURNING id`, [
    NORTHGATE_NAME,
    JSON.stringify({ servicesOffered: 'Advocacy for women leaving hospital, and support with benefits assessments.' }),
  ]);
  const staff = { manager: 'olu.manager@northgate.demo.beside.test', advocate: 'rhea.advocate@northgate.demo.beside.test' };
  // No password: nobody signs in to Northgate in the demo.
  const olu = await insertDemoPerson(em, northgate.id, { key: 'olu', role: 'manager', name: 'Olu Bankole', email: staff.manager }, null, box);
  const rhea = await insertDemoPerson(em, northgate.id, { key: 'rhea', role: 'advocate', name: 'Rhea Patel', email: staff.advocate }, null, box);
  await seedDemoCasework(em, northgate.id, rhea, olu);
}
