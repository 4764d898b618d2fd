import { createJourney, createOrganisation, createServiceUser, createUser, newSession, sessionFor, type SignedIn, type TestUser } from './fixtures';
import type { TestApp } from './test-app';

/** One woman's journey in an organisation, with her advocate Asha signed in. */
interface AdvocatedJourney {
  org: string;
  asha: TestUser;
  advocate: SignedIn;
  her: string;
  journey: string;
}

/** Her journey with her advocate signed in, and two who must not reach it: a colleague not on it, and a manager elsewhere. */
export interface JourneyTeam extends AdvocatedJourney {
  otherAdvocate: SignedIn;
  otherOrgManager: SignedIn;
}

export async function journeyTeam(t: TestApp, journeyOpts: { status?: string } = {}): Promise<JourneyTeam> {
  const org = await createOrganisation(t);
  const asha = await createUser(t, org, 'advocate');
  const advocate = await sessionFor(t, asha);
  const otherAdvocate = await newSession(t, org, 'advocate');
  const otherOrgManager = await newSession(t, await createOrganisation(t, 'Elsewhere'), 'manager');
  const her = await createServiceUser(t, org);
  const journey = await createJourney(t, org, her, asha.id, journeyOpts);
  return { org, asha, advocate, otherAdvocate, otherOrgManager, her, journey };
}

/** A woman who uses her portal: her record (`her`), her own account, and her signed in (`she`). */
export interface Woman {
  her: string;
  herAccount: TestUser;
  she: SignedIn;
}

export async function womanWithAccount(t: TestApp, organisationId: string, opts: { name?: string } = {}): Promise<Woman> {
  const herAccount = await createUser(t, organisationId, 'service_user');
  const she = await sessionFor(t, herAccount);
  const her = await createServiceUser(t, organisationId, { accountId: herAccount.id, name: opts.name });
  return { her, herAccount, she };
}

/** Her journey seen from both sides: she signed in to her portal, her advocate Asha signed in to the staff app. */
export type HerJourney = AdvocatedJourney & Woman;

export async function herJourney(t: TestApp, opts: { name?: string } = {}): Promise<HerJourney> {
  const org = await createOrganisation(t);
  const asha = await createUser(t, org, 'advocate', { name: 'Asha Advocate' });
  const advocate = await sessionFor(t, asha);
  const woman = await womanWithAccount(t, org, opts);
  const journey = await createJourney(t, org, woman.her, asha.id);
  return { org, asha, advocate, ...woman, journey };
}
