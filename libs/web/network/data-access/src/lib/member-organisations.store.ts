import { inject, Injectable, signal } from '@angular/core';
import type {
  CreateOrganisationRequest,
  InviteOrganisationAdminRequest,
  MemberOrganisationView,
  OrganisationAdminView,
  UpdateOrganisationRequest,
} from '@beside/shared/contracts';
import { attemptWrite, readInto, type WriteResult } from '@beside/web/core';
import { NetworkApi } from './network-api';

/**
 * The member organisations as the network operator sees them: their names, status, settings and admins; never case
 * content. `list` for the organisations page, `current` for one organisation's page.
 */
@Injectable()
export class MemberOrganisationsStore {
  private readonly api = inject(NetworkApi);
  readonly list = signal<MemberOrganisationView[] | null>(null);
  readonly current = signal<MemberOrganisationView | null>(null);
  /** Why the list or the organisation could not be read, in words. */
  readonly problem = signal<string | null>(null);

  loadAll(): Promise<boolean> {
    return readInto(this.api.organisations(), (list) => this.list.set(sortByName(list)), this.problem);
  }

  load(id: string): Promise<boolean> {
    return readInto(this.api.organisation(id), (organisation) => this.useCurrent(organisation), this.problem);
  }

  /** Adds a member organisation; the API invites its first admin at once. */
  async create(request: CreateOrganisationRequest, idempotencyKey?: string): Promise<WriteResult<MemberOrganisationView>> {
    const result = await attemptWrite(this.api.create(request, idempotencyKey));
    if (result.ok) this.keep(result.value);
    return result;
  }

  /** Renames it or changes its settings, with the version it was read at: a stale one answers 409 with what is there now. */
  async update(request: Omit<UpdateOrganisationRequest, 'version'>): Promise<WriteResult<MemberOrganisationView>> {
    const organisation = this.current();
    if (!organisation) throw new Error('No organisation is open');
    const result = await attemptWrite(this.api.update(organisation.id, { ...request, version: organisation.version }));
    if (result.ok) this.keep(result.value);
    return result;
  }

  /** After a stale version: the form continues from what someone else saved. */
  useCurrent(organisation: MemberOrganisationView): void {
    this.current.set(organisation);
    this.keep(organisation);
  }

  async suspend(reason: string, idempotencyKey?: string): Promise<WriteResult<MemberOrganisationView>> {
    const organisation = this.current();
    if (!organisation) throw new Error('No organisation is open');
    const result = await attemptWrite(this.api.suspend(organisation.id, { reason }, idempotencyKey));
    if (result.ok) this.keep(result.value);
    return result;
  }

  async reinstate(idempotencyKey?: string): Promise<WriteResult<MemberOrganisationView>> {
    const organisation = this.current();
    if (!organisation) throw new Error('No organisation is open');
    const result = await attemptWrite(this.api.reinstate(organisation.id, idempotencyKey));
    if (result.ok) this.keep(result.value);
    return result;
  }

  /** Invites another admin (the first did not arrive, or a second is wanted); the new admin joins the list as invited. */
  async inviteAdmin(request: InviteOrganisationAdminRequest, idempotencyKey?: string): Promise<WriteResult<OrganisationAdminView>> {
    const organisation = this.current();
    if (!organisation) throw new Error('No organisation is open');
    const result = await attemptWrite(this.api.inviteAdmin(organisation.id, request, idempotencyKey));
    if (result.ok) {
      const admin = result.value;
      const current = this.current();
      if (current?.id === organisation.id) {
        this.current.set({ ...current, admins: [...current.admins.filter((a) => a.accountId !== admin.accountId), admin] });
      }
    }
    return result;
  }

  private keep(organisation: MemberOrganisationView): void {
    if (this.current()?.id === organisation.id) this.current.set(organisation);
    const list = this.list();
    if (list) this.list.set(sortByName([...list.filter((o) => o.id !== organisation.id), organisation]));
  }
}

function sortByName(list: MemberOrganisationView[]): MemberOrganisationView[] {
  return [...list].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
}
