import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ReferralAgencyView } from '@beside/shared/contracts';
import { AuditedWork } from '../../../audit';
import type { Actor, RequestOrigin } from '../../../authz';
import type { SaveReferralAgencyDto } from '../dto/referral-agency.dto';
import { DEFAULT_REFERRAL_AGENCIES, type ReferralAgencyDefinition } from './default-referral-agencies';
import { findOwnAgencies, saveOwnAgency } from './referral-agency.repository';

const AGENCY_KEY = /^[a-z][a-z0-9_]{1,39}$/;

/** The organisation's agencies to refer to: the defaults (in the code) with its changes laid over them, then its own. */
@Injectable()
export class AgencyCatalogue {
  constructor(private readonly work: AuditedWork) {}

  list(actor: Actor, origin: RequestOrigin): Promise<ReferralAgencyView[]> {
    return this.work.run(actor, origin, (em) => this.agencies(em));
  }

  /** The agency a new referral goes to: 400 naming the ones in use for an unknown or archived key. */
  async forNewReferral(em: EntityManager, key: string): Promise<ReferralAgencyView> {
    const agencies = await this.agencies(em);
    const agency = agencies.find((a) => a.key === key && !a.archived);
    if (!agency) throw new BadRequestException([`agencyKey must be one of: ${agencies.filter((a) => !a.archived).map((a) => a.key).join(', ')}`]);
    return agency;
  }

  save(actor: Actor, key: string, body: SaveReferralAgencyDto, origin: RequestOrigin): Promise<ReferralAgencyView> {
    assertAgencyKey(key);
    return this.work.run(actor, origin, async (em, audit) => {
      await saveOwnAgency(em, actor.organisationId, { key, name: body.name, description: body.description, outcomeStatus: body.outcomeStatus }, false, actor.userId);
      await audit({ action: 'referral_agency.changed', entityType: 'referral_agency', detail: { key } });
      return this.require(em, key);
    });
  }

  archive(actor: Actor, key: string, origin: RequestOrigin): Promise<ReferralAgencyView> {
    assertAgencyKey(key);
    return this.work.run(actor, origin, async (em, audit) => {
      const { name, description, outcomeStatus } = await this.require(em, key);
      await saveOwnAgency(em, actor.organisationId, { key, name, description, outcomeStatus }, true, actor.userId);
      await audit({ action: 'referral_agency.archived', entityType: 'referral_agency', detail: { key } });
      return this.require(em, key);
    });
  }

  private async require(em: EntityManager, key: string): Promise<ReferralAgencyView> {
    const agency = (await this.agencies(em)).find((a) => a.key === key);
    if (!agency) throw new NotFoundException('Agency not found');
    return agency;
  }

  private async agencies(em: EntityManager): Promise<ReferralAgencyView[]> {
    const own = new Map((await findOwnAgencies(em)).map((r) => [r.key, r]));
    const view = (a: ReferralAgencyDefinition, shipped: boolean, archived: boolean): ReferralAgencyView => ({
      key: a.key,
      name: a.name,
      description: a.description,
      outcomeStatus: a.outcomeStatus,
      shipped,
      archived,
    });
    const shipped = DEFAULT_REFERRAL_AGENCIES.map((d) => {
      const row = own.get(d.key);
      return row ? view(row, true, row.archived) : view(d, true, false);
    });
    const added = [...own.values()].filter((r) => !DEFAULT_REFERRAL_AGENCIES.some((d) => d.key === r.key)).map((r) => view(r, false, r.archived));
    return [...shipped, ...added];
  }
}

function assertAgencyKey(key: string): void {
  if (!AGENCY_KEY.test(key)) throw new BadRequestException(['key must be 2 to 40 lower-case letters, digits and _, starting with a letter']);
}
