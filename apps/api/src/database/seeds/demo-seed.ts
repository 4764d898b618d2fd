import { DataSource } from 'typeorm';
import * as argon2 from 'argon2';
import { SecretBox } from '../../modules/identity/credentials/secrets';
import { dataSourceOptions } from '../data-source-options';
import { seedDemoCasework } from './demo-casework';
import { seedDemoChallenges } from './demo-challenges';
import { seedDemoRetention } from './demo-retention';
import { type DemoPerson, HARBOUR_NAME, HARBOUR_PEOPLE, insertDemoPerson, NETWORK_NAME, NETWORK_PEOPLE, seedDemoNetwork } from './demo-network';
import { seedNiaJourney } from './demo-nia';
import { seedDemoVoice } from './demo-voice';

/**
 * Nia's safe contact is already set up the way issue 16 asks (her safe times reviewed into windows, what she
 * agreed to be sent), so a newcomer sees her alerts and reminders arrive in the development inbox. Rosa's and
 * Lena's are as they were recorded before: their advocates are asked to turn her words into safe times.
 */
const NIA_SAFE_CONTACT = {
  channels: ['text', 'email'],
  safeTimes: 'Most days, 8 in the morning to 9 at night',
  safeWindows: [{ days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'], from: '08:00', until: '21:00' }],
  safeWindowsReviewed: true,
  voicemailAllowed: false,
  codeWord: null,
  // Ofcom keeps 07700 900000–900999 for drama: never a real person's number.
  textNumber: '+447700900123',
  messageConsent: { invitation: ['email'], reminder: ['email'], message_alert: ['email'] },
  reminderLeadHours: 24,
};

export const DEMO_PASSWORD = 'walk beside me, demo 2026';

export interface DemoLogin {
  organisation: string;
  role: string;
  name: string;
  email: string;
  twoStep: boolean;
}

const RIVERSIDE_NAME = "Riverside Women's Advocacy (demo, fictional)";

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
  // Issue 18: a second manager reviews quotes before they are published; Wren sits on the lived-experience panel.
  { key: 'iris', role: 'manager', name: 'Iris Thornton', email: 'iris.manager@demo.beside.test' },
  { key: 'wren', role: 'panel_member', name: 'Wren Ellis', email: 'wren.panel@demo.beside.test' },
];

const EVERYONE: [organisation: string, people: DemoPerson[]][] = [
  [RIVERSIDE_NAME, PEOPLE],
  [HARBOUR_NAME, HARBOUR_PEOPLE],
  [NETWORK_NAME, NETWORK_PEOPLE],
];

function demoLogins(emails?: string[]): DemoLogin[] {
  return EVERYONE.flatMap(([organisation, people]) =>
    people
      .filter((p) => !emails || emails.includes(p.email))
      .map((p) => ({ organisation, role: p.role, name: p.name, email: p.email, twoStep: p.role !== 'service_user' })),
  );
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
        const all = demoLogins().map((l) => l.email);
        const existing: { email: string }[] = await em.query(`SELECT email FROM user_account WHERE email = ANY($1)`, [all]);
        return existing.length ? demoLogins(existing.map((e) => e.email)) : null;
      }
      const box = new SecretBox(secretKey);
      const passwordHash = await argon2.hash(DEMO_PASSWORD, { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 });
      const [org]: { id: string }[] = await em.query(
        `INSERT INTO organisation (name) VALUES ($1) RETURNING id`,
        [RIVERSIDE_NAME],
      );
      const ids: Record<string, string> = {};
      for (const p of PEOPLE) ids[p.key] = await insertDemoPerson(em, org.id, p, passwordHash, box);
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
            JSON.stringify(key === 'nia' ? NIA_SAFE_CONTACT : { channels: ['text'], safeTimes: 'Weekdays 10:00–14:00', voicemail: false, codeWord: null }),
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
      const journeyIds: Record<string, string> = {};
      for (const [key, status, primary, secondary, source, reason] of journeys) {
        const [row]: { id: string }[] = await em.query(
          `INSERT INTO journey (organisation_id, service_user_id, status, referral_source, referral_date, referral_reason,
                                primary_advocate_id, secondary_advocate_id, created_by)
           VALUES ($1, $2, $3, $4, current_date - 30, $5, $6, $7, $6) RETURNING id`,
          [org.id, serviceUsers[key], status, source, reason, ids[primary], secondary ? ids[secondary] : null],
        );
        journeyIds[key] = row.id;
      }
      // Nia is the README's portal persona: her portal shows three months of her journey with Amara.
      await seedNiaJourney(em, { organisationId: org.id, journeyId: journeyIds['nia'], serviceUserId: serviceUsers['nia'], niaId: ids['nia'], amaraId: ids['amara'] });
      await seedDemoCasework(em, org.id, ids['cleo'], ids['manager']);
      await seedDemoRetention(em, org.id, ids['cleo']);
      await seedDemoChallenges(em, [
        {
          organisationId: org.id,
          journeyId: journeyIds['rosa'],
          advocateId: ids['amara'],
          typeKey: 'benefits_appeal',
          bodyChallenged: 'Department for Work and Pensions',
          herWords: 'My PIP was stopped after an assessment that got my mental health wrong. I want it looked at again.',
          eventDaysAgo: 24,
          startedDaysAgo: 3,
        },
        {
          organisationId: org.id,
          journeyId: journeyIds['lena'],
          advocateId: ids['bea'],
          typeKey: 'housing_review',
          bodyChallenged: 'Riverside Council housing department',
          herWords: 'They said I made myself homeless when I left hospital. I did not, and I want them to think again.',
          eventDaysAgo: 11,
          startedDaysAgo: 2,
        },
      ]);
      await seedDemoNetwork(em, org.id, passwordHash, box);
      await seedDemoVoice(em, { organisationId: org.id, managerId: ids['manager'], reviewerId: ids['iris'], panelMemberId: ids['wren'] });
      return demoLogins();
    });
  } finally {
    await ds.destroy();
  }
}
