import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import type { MemberOrganisationView, OrganisationAdminView } from '@beside/shared/contracts';
import type { EntityManager } from 'typeorm';
import type { Actor, RequestOrigin } from '../authz';
import { AuditedWork } from '../audit';
import { InvitationService } from '../identity';
import type { CreateOrganisationDto, InviteOrganisationAdminDto, SuspendOrganisationDto, UpdateOrganisationDto } from './dto/organisation.dto';
import {
  createMemberOrganisation,
  findMemberOrganisation,
  findMemberOrganisations,
  findOrganisationAdmins,
  type MemberOrganisationRow,
  type OrganisationAdminRow,
  setMemberOrganisationStatus,
  updateMemberOrganisation,
} from './network.repository';
import { mergeSettings, toSettingsView } from './organisation-settings';

const NOT_FOUND = 'Organisation not found';
const NAME_TAKEN = 'name: An organisation of that name is already in the network.';

function toAdminView(row: OrganisationAdminRow): OrganisationAdminView {
  return { accountId: row.account_id, name: row.display_name, email: row.email, status: row.status };
}

function toView(row: MemberOrganisationRow, admins: OrganisationAdminRow[]): MemberOrganisationView {
  return {
    id: row.id,
    name: row.name,
    status: row.status,
    suspendedAt: row.suspended_at?.toISOString() ?? null,
    suspensionReason: row.suspension_reason,
    sharesNetworkFigures: row.shares_network_figures,
    settings: toSettingsView(row.settings),
    admins: admins.filter((a) => a.organisation_id === row.id).map(toAdminView),
    createdAt: row.created_at.toISOString(),
    version: row.version,
  };
}

function nameTaken(error: unknown): never {
  if ((error as { code?: string })?.code === '23505') throw new ConflictException({ message: [NAME_TAKEN] });
  throw error;
}

/**
 * The network operator's work on member organisations: details, settings, suspension and their admins.
 * Everything goes through narrow database functions that answer only the operator and show only
 * organisation details and admins' names and emails; the operator's own context holds no case content.
 */
@Injectable()
export class OrganisationsService {
  constructor(
    private readonly work: AuditedWork,
    private readonly invitations: InvitationService,
  ) {}

  async list(actor: Actor, origin: RequestOrigin): Promise<MemberOrganisationView[]> {
    return this.work.run(actor, origin, async (em, audit) => {
      const [rows, admins] = [await findMemberOrganisations(em), await findOrganisationAdmins(em)];
      await audit({ action: 'organisation.list', entityType: 'organisation', detail: { count: rows.length } });
      return rows.map((row) => toView(row, admins));
    });
  }

  async get(actor: Actor, organisationId: string, origin: RequestOrigin): Promise<MemberOrganisationView> {
    return this.work.run(actor, origin, async (em, audit) => {
      const view = await this.current(em, organisationId);
      await audit({ action: 'organisation.read', entityType: 'organisation', entityId: organisationId });
      return view;
    });
  }

  /** A new member and its first admin's invitation, in one transaction: no organisation without an admin on the way. */
  async create(actor: Actor, dto: CreateOrganisationDto, origin: RequestOrigin): Promise<MemberOrganisationView> {
    const settings = mergeSettings({}, dto.settings);
    return this.work.run(actor, origin, async (em, audit) => {
      const id = await createMemberOrganisation(em, dto.name.trim(), settings).catch(nameTaken);
      await audit({ action: 'organisation.created', entityType: 'organisation', entityId: id, detail: { settings: Object.keys(settings) } });
      await this.invitations.inviteOrganisationAdmin(em, actor, id, dto.firstAdmin, origin);
      return this.current(em, id);
    });
  }

  async update(actor: Actor, organisationId: string, dto: UpdateOrganisationDto, origin: RequestOrigin): Promise<MemberOrganisationView> {
    return this.work.run(actor, origin, async (em, audit) => {
      const before = await this.row(em, organisationId);
      const settings = dto.settings ? mergeSettings(before.settings, dto.settings) : null;
      const version = await updateMemberOrganisation(em, organisationId, dto.version, { name: dto.name?.trim() ?? null, settings }).catch(nameTaken);
      if (version === null) throw new ConflictException({ message: 'Someone changed this organisation meanwhile: here it is as it is now.', current: await this.current(em, organisationId) });
      const changed = [...(dto.name !== undefined && dto.name.trim() !== before.name ? ['name'] : []), ...Object.keys(dto.settings ?? {}).map((k) => `settings.${k}`)];
      await audit({ action: 'organisation.updated', entityType: 'organisation', entityId: organisationId, detail: { fields: changed } });
      return this.current(em, organisationId);
    });
  }

  /** Its staff and women cannot sign in and their sessions end; nothing is deleted, and referrals to it are held. */
  async suspend(actor: Actor, organisationId: string, dto: SuspendOrganisationDto, origin: RequestOrigin): Promise<MemberOrganisationView> {
    return this.setStatus(actor, organisationId, 'suspended', dto.reason.trim(), origin);
  }

  async reinstate(actor: Actor, organisationId: string, origin: RequestOrigin): Promise<MemberOrganisationView> {
    return this.setStatus(actor, organisationId, 'active', null, origin);
  }

  /** Another admin for a member (the first invitation did not arrive, or the admin left). */
  async inviteAdmin(actor: Actor, organisationId: string, dto: InviteOrganisationAdminDto, origin: RequestOrigin): Promise<OrganisationAdminView> {
    return this.work.run(actor, origin, async (em, audit) => {
      const organisation = await this.row(em, organisationId);
      if (organisation.status === 'suspended') throw new ConflictException('This organisation is suspended: reinstate it before inviting an admin.');
      const { accountId } = await this.invitations.inviteOrganisationAdmin(em, actor, organisationId, dto, origin);
      await audit({ action: 'organisation.admin_invited', entityType: 'organisation', entityId: organisationId, detail: { accountId } });
      const admin = (await findOrganisationAdmins(em, organisationId)).find((a) => a.account_id === accountId);
      if (!admin) throw new Error('the invited admin is not visible to the operator');
      return toAdminView(admin);
    });
  }

  private async setStatus(actor: Actor, organisationId: string, status: 'active' | 'suspended', reason: string | null, origin: RequestOrigin): Promise<MemberOrganisationView> {
    return this.work.run(actor, origin, async (em, audit) => {
      await this.row(em, organisationId);
      const version = await setMemberOrganisationStatus(em, organisationId, status, reason);
      if (version === null) throw new ConflictException(status === 'suspended' ? 'This organisation is already suspended.' : 'This organisation is not suspended.');
      await audit({ action: status === 'suspended' ? 'organisation.suspended' : 'organisation.reinstated', entityType: 'organisation', entityId: organisationId });
      return this.current(em, organisationId);
    });
  }

  private async row(em: EntityManager, organisationId: string): Promise<MemberOrganisationRow> {
    const row = await findMemberOrganisation(em, organisationId);
    if (!row) throw new NotFoundException(NOT_FOUND);
    return row;
  }

  private async current(em: EntityManager, organisationId: string): Promise<MemberOrganisationView> {
    return toView(await this.row(em, organisationId), await findOrganisationAdmins(em, organisationId));
  }
}
