import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { ReferralView } from '@beside/shared/contracts';
import { apiSpec, pageOf, referral } from '@beside/web/core/testing';
import { JourneyReferralsStore } from '@beside/web/referrals/data-access';
import { SendReferralForm } from './send-referral-form';

const SENT = referral({ reason: 'Evening peer group' });

describe('SendReferralForm', () => {
  let fixture: ComponentFixture<SendReferralForm>;
  const api = apiSpec(JourneyReferralsStore);
  const page = pageOf(() => fixture);
  const { el, text, settle } = page;
  const input = (id: string): HTMLInputElement => el().querySelector(`#${id}`) as HTMLInputElement;
  const tick = async (id: string): Promise<void> => {
    input(id).click();
    await settle();
  };
  const type = async (id: string, value: string): Promise<void> => {
    page.type(`#${id}`, value);
    await settle();
  };
  const submit = async (): Promise<void> => {
    (el().querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await settle();
  };
  const summary = (): string[] => [...el().querySelectorAll('bs-error-summary li')].map((li) => li.textContent?.trim() ?? '');

  beforeEach(async () => {
    const backend = api.backend;
    const store = TestBed.inject(JourneyReferralsStore);
    const loading = store.load('j1');
    backend.expectOne('/api/journeys/j1/referrals').flush([]);
    backend.expectOne('/api/referrals/destinations').flush([
      { organisationId: 'o2', name: "Harbour Women's Voice", servicesOffered: 'Evening peer groups and housing advice' },
      { organisationId: 'o3', name: 'Hillside', servicesOffered: null },
    ]);
    backend.expectOne('/api/journeys/j1/plan').flush({
      journeyId: 'j1',
      reviewDate: null,
      goals: [
        { id: 'g1', words: 'Find a peer group', steps: [] },
        { id: 'g2', words: 'Sort out my housing', steps: [] },
      ],
    });
    await loading;
    fixture = TestBed.createComponent(SendReferralForm);
    fixture.detectChanges();
    await settle();
  });

  it('should ask for her consent first and say plainly what never travels', () => {
    const words = text();
    expect(words.indexOf('1. Her consent')).toBeLessThan(words.indexOf('2. Where to, and why'));
    expect(words).toContain('Never shared: Staff-only notes, concerns and the audit history never travel with a referral.');
    expect(words).toContain('Evening peer groups and housing advice');
    expect(words).toContain('They have not said what they offer yet.');
    // Her goals are offered only once plan items are to travel.
    expect(words).not.toContain('Find a peer group');
  });

  it('should send nothing without her consent, a destination and a reason', async () => {
    await submit();
    expect(summary()).toEqual([
      'Choose at least one part she agreed to share',
      'Choose how she gave her consent',
      'Choose the organisation to refer her to',
      'Say why she is referred',
    ]);
    api.backend.expectNone('/api/journeys/j1/referrals');
  });

  it('should ask for the goals she chose when plan items travel', async () => {
    await tick('referral-part-plan_items-input');
    expect(text()).toContain('Find a peer group');
    await submit();
    expect(summary()).toContain('Choose the goals she agreed to share, or untick plan items');
  });

  it('should send only the parts and the goals she agreed to, and how and when she gave her consent', async () => {
    const sent: ReferralView[] = [];
    fixture.componentInstance.sent.subscribe((r) => sent.push(r));
    await tick('referral-part-profile-input');
    await tick('referral-part-plan_items-input');
    await tick('referral-goal-g1-input');
    await tick((el().querySelectorAll('#referral-how input[type="radio"]')[0] as HTMLInputElement).id);
    await type('referral-given-on', '2026-12-01');
    await tick((el().querySelectorAll('#referral-to input[type="radio"]')[0] as HTMLInputElement).id);
    await type('referral-reason', 'Evening peer group');
    await submit();
    const req = api.backend.expectOne('/api/journeys/j1/referrals');
    expect(req.request.body).toEqual({
      toOrganisationId: 'o2',
      reason: 'Evening peer group',
      consent: { parts: ['profile', 'plan_items'], goalIds: ['g1'], how: 'in_person', givenOn: '2026-12-01' },
    });
    expect(req.request.headers.get('Idempotency-Key')).toBeTruthy();
    req.flush(SENT, { status: 201, statusText: 'Created' });
    await settle();
    expect(sent.map((r) => r.reference)).toEqual(['RF-7K2M']);
  });

  it('should put the API’s word on her goals on the goals she chose', async () => {
    await tick('referral-part-plan_items-input');
    await tick('referral-goal-g2-input');
    await tick((el().querySelectorAll('#referral-how input[type="radio"]')[1] as HTMLInputElement).id);
    await tick((el().querySelectorAll('#referral-to input[type="radio"]')[0] as HTMLInputElement).id);
    await type('referral-reason', 'Housing advice');
    await submit();
    api.backend
      .expectOne('/api/journeys/j1/referrals')
      .flush({ statusCode: 400, message: ['consent.goalIds: 1 of these goals are not on her journey'] }, { status: 400, statusText: 'Bad Request' });
    await settle();
    expect(summary()).toEqual(['1 of these goals are not on her journey']);
    expect(el().querySelector('bs-error-summary a')?.getAttribute('href')).toBe('#referral-goals');
  });
});
