import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { provideRouter, Router } from '@angular/router';
import type { MemberOrganisationView } from '@beside/shared/contracts';
import { FlashNotice } from '@beside/web/core';
import { apiSpec, memberOrganisation } from '@beside/web/core/testing';
import { of } from 'rxjs';
import { AddOrganisationPage } from './add-organisation-page';
import { OrganisationPage } from './organisation-page';
import { OrganisationsPage } from './organisations-page';

const settle = async () => {
  for (let i = 0; i < 6; i++) await new Promise((r) => setTimeout(r));
};

function organisation(overrides: Partial<MemberOrganisationView> = {}): MemberOrganisationView {
  return memberOrganisation({
    settings: { messageSender: 'HWV', concernTriageHours: { high: 24 }, openingHours: null, servicesOffered: 'Housing advocacy' },
    admins: [{ accountId: 'a1', name: 'Hana Sato', email: 'hana@example.org', status: 'invited' }],
    ...overrides,
  });
}

function type(el: HTMLElement, selector: string, value: string): void {
  const input = el.querySelector(selector) as HTMLInputElement | HTMLTextAreaElement;
  if (!input) throw new Error(`no ${selector}`);
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

/** The text of an element as a reader hears it: each text node a word apart. */
function words(el: Element | null | undefined): string {
  if (!el) return '';
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  while (walker.nextNode()) parts.push(walker.currentNode.textContent ?? '');
  return parts.join(' ').replace(/\s+/g, ' ').replace(/ ,/g, ',').trim();
}

function click(el: HTMLElement, text: string): void {
  const button = [...el.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim().startsWith(text));
  if (!button) throw new Error(`no button ${text}: ${[...el.querySelectorAll('button')].map((b) => b.textContent?.trim()).join(' | ')}`);
  button.click();
}

describe('the network operator’s organisation pages', () => {
  const answer = { value: true };
  const asked: string[] = [];
  const api = apiSpec(provideRouter([]), {
    provide: MatDialog,
    useValue: {
      open: (_c: unknown, config: { data: { title: string } }) => {
        asked.push(config.data.title);
        return { afterClosed: () => of(answer.value) };
      },
    },
  });

  beforeEach(() => {
    asked.length = 0;
    answer.value = true;
  });

  it('should list each organisation with its status, whether it shares its figures, and its admins', async () => {
    TestBed.inject(FlashNotice).set('Harbour is added.');
    const fixture = TestBed.createComponent(OrganisationsPage);
    api.backend
      .expectOne('/api/network/organisations')
      .flush([
        organisation({ id: 'o2', name: 'Riverside', status: 'suspended', sharesNetworkFigures: false, admins: [{ accountId: 'a2', name: 'Ada', email: 'ada@example.org', status: 'active' }] }),
        organisation(),
      ]);
    await settle();
    fixture.detectChanges();
    const el: HTMLElement = fixture.nativeElement;
    expect(el.textContent).toContain('Harbour is added.');
    const items = [...el.querySelectorAll('.bs-organisation')].map(words);
    expect(items[0]).toContain('Harbour Women’s Voice');
    expect(items[0]).toContain('Active');
    expect(items[0]).toContain('Shares its figures');
    expect(items[0]).toContain('Hana Sato, hana@example.org Invited');
    expect(items[1]).toContain('Riverside');
    expect(items[1]).toContain('Suspended');
    expect(items[1]).toContain('Keeps its figures out');
    expect(items[1]).toContain('Ada, ada@example.org Active');
    expect(el.querySelector('a[href="/network/organisations/o1"]')).not.toBeNull();
  });

  it('should refuse an empty form without asking the API, naming each missing field', async () => {
    const fixture = TestBed.createComponent(AddOrganisationPage);
    fixture.detectChanges();
    const el: HTMLElement = fixture.nativeElement;
    el.querySelector('form')?.dispatchEvent(new Event('submit'));
    await settle();
    fixture.detectChanges();
    const summary = el.querySelector('bs-error-summary')?.textContent ?? '';
    expect(summary).toContain('Enter the name of the organisation');
    expect(summary).toContain('Enter the name of its first admin');
    expect(summary).toContain('Enter the email address of its first admin');
    api.backend.expectNone('/api/network/organisations');
  });

  it('should add an organisation with its first admin and settings, then open its page', async () => {
    const fixture = TestBed.createComponent(AddOrganisationPage);
    const router = TestBed.inject(Router);
    const navigate = jest.spyOn(router, 'navigate').mockResolvedValue(true);
    fixture.detectChanges();
    const el: HTMLElement = fixture.nativeElement;
    type(el, '#organisation-name', ' Harbour Women’s Voice ');
    type(el, '#first-admin-name', 'Hana Sato');
    type(el, '#first-admin-email', 'hana@example.org');
    type(el, '#new-organisation-message-sender', 'HWV');
    type(el, '#new-organisation-triage-high', '24');
    click(el, 'Add opening hours');
    fixture.detectChanges();
    click(el, 'Add the organisation');
    await settle();
    const req = api.backend.expectOne('/api/network/organisations');
    expect(req.request.method).toBe('POST');
    expect(req.request.headers.get('Idempotency-Key')).toBeTruthy();
    expect(req.request.body).toEqual({
      name: 'Harbour Women’s Voice',
      firstAdmin: { name: 'Hana Sato', email: 'hana@example.org' },
      settings: {
        messageSender: 'HWV',
        servicesOffered: null,
        openingHours: [{ days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], from: '09:00', until: '17:00' }],
        concernTriageHours: { high: 24 },
      },
    });
    req.flush(organisation(), { status: 201, statusText: 'Created' });
    await settle();
    expect(navigate).toHaveBeenCalledWith(['/network/organisations', 'o1']);
    expect(TestBed.inject(FlashNotice).take()).toBe('Harbour Women’s Voice is added. An invitation was sent to Hana Sato at hana@example.org.');
  });

  it('should put the API’s problem with a nested field on that field', async () => {
    const fixture = TestBed.createComponent(AddOrganisationPage);
    fixture.detectChanges();
    const el: HTMLElement = fixture.nativeElement;
    type(el, '#organisation-name', 'Harbour');
    type(el, '#first-admin-name', 'Hana Sato');
    type(el, '#first-admin-email', 'hana@example.org');
    click(el, 'Add the organisation');
    await settle();
    api.backend
      .expectOne('/api/network/organisations')
      .flush(
        { statusCode: 409, message: ['firstAdmin.email: This address already has an account in another organisation', 'name: Another member organisation is called Harbour'] },
        { status: 409, statusText: 'Conflict' },
      );
    await settle();
    fixture.detectChanges();
    const links = [...el.querySelectorAll('bs-error-summary a')].map((a) => `${a.getAttribute('href')} ${a.textContent?.trim()}`);
    expect(links).toEqual([
      '#organisation-name Another member organisation is called Harbour',
      '#first-admin-email This address already has an account in another organisation',
    ]);
  });

  describe('one organisation', () => {
    async function open(o = organisation()) {
      const fixture = TestBed.createComponent(OrganisationPage);
      fixture.componentRef.setInput('organisationId', 'o1');
      fixture.detectChanges();
      api.backend.expectOne('/api/network/organisations/o1').flush(o);
      await settle();
      fixture.detectChanges();
      await settle();
      fixture.detectChanges();
      return { fixture, el: fixture.nativeElement as HTMLElement };
    }

    it('should show its admins and settings on the form', async () => {
      const { el } = await open();
      expect(el.querySelector('h1')?.textContent).toContain('Harbour Women’s Voice');
      expect(el.textContent).toContain('has not set a password yet');
      expect((el.querySelector('#edit-organisation-name') as HTMLInputElement).value).toBe('Harbour Women’s Voice');
      expect((el.querySelector('#edit-organisation-message-sender') as HTMLInputElement).value).toBe('HWV');
      expect((el.querySelector('#edit-organisation-triage-high') as HTMLInputElement).value).toBe('24');
      expect((el.querySelector('#edit-organisation-services-offered') as HTMLTextAreaElement).value).toBe('Housing advocacy');
    });

    it('should rename it with the version read, and on a stale one show what is there now with the change on top', async () => {
      const { fixture, el } = await open();
      type(el, '#edit-organisation-name', 'Harbour Voice');
      click(el, 'Save name and settings');
      await settle();
      const first = api.backend.expectOne('/api/network/organisations/o1');
      expect(first.request.method).toBe('PATCH');
      expect(first.request.body).toEqual({ name: 'Harbour Voice', version: 3 });
      const now = organisation({ version: 4, settings: { ...organisation().settings, messageSender: 'Harbour' } });
      first.flush({ statusCode: 409, message: 'Someone changed this organisation meanwhile.', current: now }, { status: 409, statusText: 'Conflict' });
      await settle();
      fixture.detectChanges();
      expect(el.querySelector('bs-conflict-notice')?.textContent).toContain('Someone changed this organisation meanwhile.');
      expect((el.querySelector('#edit-organisation-name') as HTMLInputElement).value).toBe('Harbour Voice');
      expect((el.querySelector('#edit-organisation-message-sender') as HTMLInputElement).value).toBe('Harbour');

      click(el, 'Apply my change again');
      await settle();
      const again = api.backend.expectOne('/api/network/organisations/o1');
      expect(again.request.body).toEqual({ name: 'Harbour Voice', version: 4 });
      again.flush(organisation({ name: 'Harbour Voice', version: 5 }));
      await settle();
      fixture.detectChanges();
      expect(el.querySelector('bs-conflict-notice')).toBeNull();
      expect(el.querySelector('h1')?.textContent).toContain('Harbour Voice');
      expect(el.textContent).toContain('Saved.');
    });

    it('should suspend only with a reason and once confirmed, then offer to reinstate', async () => {
      const { fixture, el } = await open();
      click(el, 'Suspend Harbour');
      fixture.detectChanges();
      click(el, 'Suspend the organisation');
      await settle();
      fixture.detectChanges();
      expect(el.querySelector('bs-suspension-section bs-error-summary')?.textContent).toContain('Say why the organisation is suspended');

      type(el, '#suspension-reason', 'Its trustees asked for a pause');
      answer.value = false;
      click(el, 'Suspend the organisation');
      await settle();
      api.backend.expectNone('/api/network/organisations/o1/suspend');
      expect(asked).toEqual(['Suspend Harbour Women’s Voice?']);

      answer.value = true;
      click(el, 'Suspend the organisation');
      await settle();
      const req = api.backend.expectOne('/api/network/organisations/o1/suspend');
      expect(req.request.body).toEqual({ reason: 'Its trustees asked for a pause' });
      req.flush(organisation({ status: 'suspended', suspendedAt: '2026-12-07T09:00:00Z', suspensionReason: 'Its trustees asked for a pause', version: 4 }));
      await settle();
      fixture.detectChanges();
      const text = el.textContent?.replace(/\s+/g, ' ') ?? '';
      expect(text).toContain('is suspended. Its staff and the women it supports cannot sign in');
      expect(text).toContain('Reason: Its trustees asked for a pause');
      expect(text).toContain('Nothing has been deleted');

      click(el, 'Reinstate Harbour');
      await settle();
      api.backend.expectOne('/api/network/organisations/o1/reinstate').flush(organisation({ version: 5 }));
      await settle();
      fixture.detectChanges();
      expect(el.textContent).toContain('is reinstated');
      expect(asked).toContain('Reinstate Harbour Women’s Voice?');
    });

    it('should say why a reinstatement did not happen', async () => {
      const { fixture, el } = await open(organisation({ status: 'suspended', suspendedAt: '2026-12-07T09:00:00Z', suspensionReason: 'Pause' }));
      // The API refuses to invite an admin to a suspended organisation: the page does not offer it.
      expect(el.querySelector('#invite-admin-name')).toBeNull();
      expect(el.textContent).toContain('Reinstate the organisation before inviting another admin.');
      click(el, 'Reinstate Harbour');
      await settle();
      api.backend
        .expectOne('/api/network/organisations/o1/reinstate')
        .flush({ statusCode: 409, message: 'It is not suspended' }, { status: 409, statusText: 'Conflict' });
      await settle();
      fixture.detectChanges();
      expect(el.textContent).toContain('Not reinstated: It is not suspended');
    });

    it('should invite another admin and list them as invited', async () => {
      const { fixture, el } = await open();
      type(el, '#invite-admin-name', 'Lena Park');
      type(el, '#invite-admin-email', 'lena@example.org');
      click(el, 'Send invitation');
      await settle();
      const req = api.backend.expectOne('/api/network/organisations/o1/admins');
      expect(req.request.body).toEqual({ name: 'Lena Park', email: 'lena@example.org' });
      req.flush({ accountId: 'a2', name: 'Lena Park', email: 'lena@example.org', status: 'invited' }, { status: 201, statusText: 'Created' });
      await settle();
      fixture.detectChanges();
      expect(el.textContent).toContain('An invitation was sent to Lena Park at lena@example.org.');
      expect([...el.querySelectorAll('.bs-admins li')].map(words)).toEqual([
        'Hana Sato hana@example.org Invited has not set a password yet',
        'Lena Park lena@example.org Invited has not set a password yet',
      ]);
    });
  });
});
