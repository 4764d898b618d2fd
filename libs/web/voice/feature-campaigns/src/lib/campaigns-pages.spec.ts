import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { provideRouter, Router } from '@angular/router';
import type { CampaignActionView, CampaignView, FindingView } from '@beside/shared/contracts';
import { apiSpec, pageOf } from '@beside/web/core/testing';
import { of } from 'rxjs';
import { CampaignPage } from './campaign-page';
import { CampaignsPage } from './campaigns-page';
import { londonToday } from './campaign-words';
import { NewCampaignPage } from './new-campaign-page';

function action(overrides: Partial<CampaignActionView> = {}): CampaignActionView {
  return { id: 'a1', what: 'Write to the ICB', owner: 'Rosa Diaz', dueOn: '2026-01-10', status: 'planned', doneOn: null, ...overrides };
}

function campaign(overrides: Partial<CampaignView> = {}): CampaignView {
  return {
    id: 'c1',
    title: 'Care coordinators within a week',
    summary: 'Ask the integrated care board to fund more coordinators.',
    status: 'active',
    findingIds: ['f1'],
    findings: [{ id: 'f1', title: 'Waiting for a care coordinator' }],
    asks: [{ id: 'x1', words: 'A coordinator within a week of referral' }],
    targets: [{ id: 't1', name: 'North ICB', description: null }],
    actions: [action(), action({ id: 'a2', what: 'Meet the council', dueOn: '2099-01-01' })],
    outcomes: [],
    version: 3,
    ...overrides,
  };
}

const approved = (id: string, title: string): Partial<FindingView> => ({ id, title, status: 'approved', priority: 1 });

describe('campaign pages', () => {
  let fixture: ComponentFixture<unknown>;
  let sure = true;
  const api = apiSpec(provideRouter([]), { provide: MatDialog, useValue: { open: () => ({ afterClosed: () => of(sure) }) } });
  const page = pageOf(() => fixture);
  const settle = () => page.settle(3);
  const section = (heading: string) =>
    [...page.el().querySelectorAll('section')].find((s) => s.querySelector('h2')?.textContent?.trim() === heading) as HTMLElement;
  const buttonIn = (el: HTMLElement, name: string) => [...el.querySelectorAll('button')].find((b) => b.textContent?.trim() === name) as HTMLButtonElement;

  async function open(c = campaign()): Promise<void> {
    fixture = TestBed.createComponent(CampaignPage);
    fixture.componentRef.setInput('campaignId', c.id);
    fixture.detectChanges();
    api.backend.expectOne(`/api/campaigns/${c.id}`).flush(c);
    await settle();
  }

  beforeEach(() => {
    sure = true;
  });

  it('should list campaigns with the findings they follow and the next action due, overdue said in words', async () => {
    fixture = TestBed.createComponent(CampaignsPage);
    fixture.detectChanges();
    api.backend.expectOne('/api/campaigns').flush([campaign({ id: 'c2', title: 'Closed one', status: 'closed', actions: [] }), campaign()]);
    await settle();
    const rows = [...page.el().querySelectorAll('article')].map((a) => a.textContent?.replace(/\s+/g, ' ') ?? '');
    expect(rows[0]).toContain('Care coordinators within a week');
    expect(rows[0]).toContain('Follows: Waiting for a care coordinator');
    expect(rows[0]).toContain('Next action: Write to the ICB (Rosa Diaz), due 10 January 2026 overdue');
    expect(rows[1]).toContain('No action with a due date is planned.');
  });

  it('should show the actions with owner, due date and overdue, and add one inline with the campaign’s version', async () => {
    await open();
    const actions = section('Actions');
    expect(actions.textContent).toContain('Owner: Rosa Diaz');
    expect(actions.textContent).toContain('Due 10 January 2026');
    expect(actions.querySelectorAll('.bs-item__warning').length).toBe(1);
    buttonIn(actions, 'Add an action').click();
    await settle();
    buttonIn(actions, 'Add the action').click();
    await settle();
    expect(actions.querySelector('bs-error-summary')?.textContent).toContain('Say what the action is');
    expect(actions.querySelector('bs-error-summary a')?.getAttribute('href')).toBe('#actions-what');
    page.type('#actions-what', 'Ask for a meeting');
    page.type('#actions-owner', 'Amara');
    page.type('#actions-dueOn', '2026-12-20');
    buttonIn(actions, 'Add the action').click();
    await settle();
    const req = api.backend.expectOne('/api/campaigns/c1/actions');
    expect(req.request.body).toEqual({ what: 'Ask for a meeting', owner: 'Amara', dueOn: '2026-12-20', status: 'planned', doneOn: null, version: 3 });
    req.flush(campaign({ actions: [...campaign().actions, action({ id: 'a3', what: 'Ask for a meeting', owner: 'Amara', dueOn: '2026-12-20' })], version: 4 }));
    await settle();
    expect(section('Actions').textContent).toContain('Ask for a meeting');
    expect(buttonIn(section('Actions'), 'Add the action')).toBeUndefined();
  });

  it('should say plainly when someone else changed the campaign, show it as it is now, keep what she typed and send it again', async () => {
    await open();
    const asks = section('Asks');
    buttonIn(asks, 'Change').click();
    await settle();
    page.type('#asks-words', 'Within five days');
    buttonIn(asks, 'Save the ask').click();
    await settle();
    const req = api.backend.expectOne('/api/campaigns/c1/asks/x1');
    expect(req.request.body).toEqual({ words: 'Within five days', version: 3 });
    const theirs = campaign({ version: 4, targets: [{ id: 't2', name: 'The council', description: null }] });
    req.flush({ statusCode: 409, message: 'Someone else changed this campaign.', current: theirs }, { status: 409, statusText: 'Conflict' });
    await settle();
    expect(section('Asks').querySelector('[role="alert"]')?.textContent).toContain('Someone else changed this campaign. The page now shows the campaign as they left it');
    expect(section('Targets').textContent).toContain('The council');
    expect((page.el().querySelector('#asks-words') as HTMLTextAreaElement).value).toBe('Within five days');
    buttonIn(section('Asks'), 'Save my change again').click();
    await settle();
    expect(api.backend.expectOne('/api/campaigns/c1/asks/x1').request.body).toEqual({ words: 'Within five days', version: 4 });
  });

  it('should change the campaign’s status and findings with its version', async () => {
    await open();
    buttonIn(section('About the campaign'), 'Change the campaign').click();
    api.backend.expectOne('/api/findings').flush([approved('f1', 'Waiting for a care coordinator'), approved('f2', 'Housing')]);
    await settle();
    (page.el().querySelector('#campaign-finding-1-input') as HTMLInputElement).click();
    buttonIn(section('About the campaign'), 'Save the campaign').click();
    await settle();
    const req = api.backend.expectOne('/api/campaigns/c1');
    expect(req.request.method).toBe('PATCH');
    expect(req.request.body).toEqual({
      title: 'Care coordinators within a week',
      summary: 'Ask the integrated care board to fund more coordinators.',
      status: 'active',
      findingIds: ['f1', 'f2'],
      version: 3,
    });
    req.flush(campaign({ findings: [{ id: 'f1', title: 'Waiting for a care coordinator' }, { id: 'f2', title: 'Housing' }], version: 4 }));
    await settle();
    expect(section('About the campaign').querySelectorAll('li a').length).toBe(2);
  });

  it('should remove a target after she confirms, and not when she keeps it', async () => {
    await open();
    sure = false;
    buttonIn(section('Targets'), 'Remove').click();
    await settle();
    api.backend.expectNone('/api/campaigns/c1/targets/t1');
    sure = true;
    buttonIn(section('Targets'), 'Remove').click();
    await settle();
    const req = api.backend.expectOne('/api/campaigns/c1/targets/t1');
    expect(req.request.method).toBe('DELETE');
    expect(req.request.body).toEqual({ version: 3 });
    req.flush(campaign({ targets: [], version: 4 }));
    await settle();
    expect(section('Targets').textContent).toContain('No targets yet');
    expect(section('Targets').textContent).toContain('The target “North ICB” is removed.');
  });

  it('should record an outcome with its evidence', async () => {
    await open();
    const outcomes = section('Outcomes');
    buttonIn(outcomes, 'Add an outcome').click();
    await settle();
    page.type('#outcomes-what', 'The ICB funded two coordinators');
    page.type('#outcomes-achievedOn', londonToday());
    page.type('#outcomes-evidence', 'Board minutes, 3 December');
    buttonIn(outcomes, 'Add the outcome').click();
    await settle();
    const req = api.backend.expectOne('/api/campaigns/c1/outcomes');
    expect(req.request.body).toEqual({ what: 'The ICB funded two coordinators', achievedOn: londonToday(), evidence: 'Board minutes, 3 December', version: 3 });
    req.flush(campaign({ outcomes: [{ id: 'o1', what: 'The ICB funded two coordinators', achievedOn: '2026-12-03', evidence: 'Board minutes, 3 December' }], version: 4 }));
    await settle();
    expect(section('Outcomes').textContent).toContain('Evidence: Board minutes, 3 December');
  });

  it('should start a campaign that follows the approved findings she chooses', async () => {
    fixture = TestBed.createComponent(NewCampaignPage);
    fixture.detectChanges();
    api.backend.expectOne('/api/findings').flush([approved('f1', 'Waiting'), { ...approved('f2', 'Proposed one'), status: 'proposed' }]);
    await settle();
    expect(page.text()).not.toContain('Proposed one');
    page.button('Start the campaign').click();
    await settle();
    expect(page.el().querySelector('bs-error-summary')?.textContent).toContain('Choose at least one finding the campaign follows');
    page.type('#campaign-title', 'Care coordinators');
    page.type('#campaign-summary', 'More coordinators');
    (page.el().querySelector('#campaign-finding-0-input') as HTMLInputElement).click();
    page.button('Start the campaign').click();
    await settle();
    const req = api.backend.expectOne('/api/campaigns');
    expect(req.request.body).toEqual({ title: 'Care coordinators', summary: 'More coordinators', findingIds: ['f1'] });
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    req.flush(campaign());
    await settle();
    expect(navigate).toHaveBeenCalledWith(['/campaigns', 'c1']);
  });
});
