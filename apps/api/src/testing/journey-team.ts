import { createJourney, createOrganisation, createServiceUser, createUser, sessionFor, type SignedIn, type TestUser } from './fixtures';
import type { TestApp } from './test-app';

/** One woman's journey with her advocate signed in, and two who must not reach it: a colleague not on it, and a manager elsewhere. */
export interface JourneyTeam {
  org: string;
  asha: TestUser;
  advocate: SignedIn;
  otherAdvocate: SignedIn;
  otherOrgManager: SignedIn;
  her: string;
  journey: string;
}

export async function journeyTeam(t: TestApp, journeyOpts: { status?: string } = {}): Promise<JourneyTeam> {
  const org = await createOrganisation(t);
  const asha = await createUser(t, org, 'advocate');
  const advocate = await sessionFor(t, asha);
  const otherAdvocate = await sessionFor(t, await createUser(t, org, 'advocate'));
  const otherOrgManager = await sessionFor(t, await createUser(t, await createOrganisation(t, 'Elsewhere'), 'manager'));
  const her = await createServiceUser(t, org);
  const journey = await createJourney(t, org, her, asha.id, journeyOpts);
  return { org, asha, advocate, otherAdvocate, otherOrgManager, her, journey };
}
