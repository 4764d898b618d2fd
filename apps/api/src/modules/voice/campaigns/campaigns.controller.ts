import { Body } from '@nestjs/common';
import { OUT_OF_REACH, STALE_VERSION } from '../../../common/route-answers';
import { UuidParam } from '../../../common/uuid-param';
import { type Caller, CurrentCaller, Route, RouteGroup } from '../../authz';
import {
  CampaignActionDto,
  CampaignAskDto,
  CampaignDto,
  CampaignOutcomeDto,
  CampaignTargetDto,
  CampaignVersionDto,
  UpdateActionDto,
  UpdateAskDto,
  UpdateCampaignDto,
  UpdateOutcomeDto,
  UpdateTargetDto,
} from './campaign.dto';
import { CampaignsService } from './campaigns.service';

const NOT_APPROVED = 'A finding that is not an approved finding of your organisation, or none';
const ITEM = { ok: 'The campaign as it is now', conflict: STALE_VERSION };
const ACTION = { ...ITEM, badRequest: 'A done action without the date it was done, or a date on one not done' };

/** Campaigns that follow the panel's approved findings: their asks, targets, actions and outcomes. */
@RouteGroup('campaigns', { path: 'campaigns', policy: 'campaign:manage', notFound: OUT_OF_REACH })
export class CampaignsController {
  constructor(private readonly campaigns: CampaignsService) {}

  @Route.get('/', { ok: "The organisation's campaigns, active first" })
  list(@CurrentCaller() { actor, origin }: Caller) {
    return this.campaigns.list(actor, origin);
  }

  @Route.post('/', { created: 'A campaign following its findings', badRequest: NOT_APPROVED })
  create(@Body() body: CampaignDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.campaigns.create(actor, body, origin);
  }

  @Route.get(':campaignId', { ok: 'One campaign with all it holds' })
  get(@UuidParam('campaignId') id: string, @CurrentCaller() { actor, origin }: Caller) {
    return this.campaigns.get(actor, id, origin);
  }

  @Route.patch(':campaignId', { ok: 'Changed', badRequest: NOT_APPROVED, conflict: STALE_VERSION })
  update(@UuidParam('campaignId') id: string, @Body() body: UpdateCampaignDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.campaigns.update(actor, id, body, origin);
  }

  @Route.delete(':campaignId', { ok: 'Removed with all it held (its findings stay)', conflict: STALE_VERSION })
  remove(@UuidParam('campaignId') id: string, @Body() body: CampaignVersionDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.campaigns.remove(actor, id, body.version, origin);
  }

  @Route.post(':campaignId/asks', ITEM)
  addAsk(@UuidParam('campaignId') id: string, @Body() body: CampaignAskDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.campaigns.addItem(actor, id, 'asks', { ...body }, origin);
  }

  @Route.patch(':campaignId/asks/:itemId', ITEM)
  changeAsk(@UuidParam('campaignId') id: string, @UuidParam('itemId') itemId: string, @Body() body: UpdateAskDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.campaigns.updateItem(actor, id, 'asks', itemId, { ...body }, origin);
  }

  @Route.delete(':campaignId/asks/:itemId', ITEM)
  removeAsk(@UuidParam('campaignId') id: string, @UuidParam('itemId') itemId: string, @Body() body: CampaignVersionDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.campaigns.removeItem(actor, id, 'asks', itemId, body.version, origin);
  }

  @Route.post(':campaignId/targets', ITEM)
  addTarget(@UuidParam('campaignId') id: string, @Body() body: CampaignTargetDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.campaigns.addItem(actor, id, 'targets', { ...body }, origin);
  }

  @Route.patch(':campaignId/targets/:itemId', ITEM)
  changeTarget(@UuidParam('campaignId') id: string, @UuidParam('itemId') itemId: string, @Body() body: UpdateTargetDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.campaigns.updateItem(actor, id, 'targets', itemId, { ...body }, origin);
  }

  @Route.delete(':campaignId/targets/:itemId', ITEM)
  removeTarget(@UuidParam('campaignId') id: string, @UuidParam('itemId') itemId: string, @Body() body: CampaignVersionDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.campaigns.removeItem(actor, id, 'targets', itemId, body.version, origin);
  }

  @Route.post(':campaignId/actions', ACTION)
  addAction(@UuidParam('campaignId') id: string, @Body() body: CampaignActionDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.campaigns.addItem(actor, id, 'actions', { ...body }, origin);
  }

  @Route.patch(':campaignId/actions/:itemId', ACTION)
  changeAction(@UuidParam('campaignId') id: string, @UuidParam('itemId') itemId: string, @Body() body: UpdateActionDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.campaigns.updateItem(actor, id, 'actions', itemId, { ...body }, origin);
  }

  @Route.delete(':campaignId/actions/:itemId', ITEM)
  removeAction(@UuidParam('campaignId') id: string, @UuidParam('itemId') itemId: string, @Body() body: CampaignVersionDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.campaigns.removeItem(actor, id, 'actions', itemId, body.version, origin);
  }

  @Route.post(':campaignId/outcomes', ITEM)
  addOutcome(@UuidParam('campaignId') id: string, @Body() body: CampaignOutcomeDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.campaigns.addItem(actor, id, 'outcomes', { ...body }, origin);
  }

  @Route.patch(':campaignId/outcomes/:itemId', ITEM)
  changeOutcome(@UuidParam('campaignId') id: string, @UuidParam('itemId') itemId: string, @Body() body: UpdateOutcomeDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.campaigns.updateItem(actor, id, 'outcomes', itemId, { ...body }, origin);
  }

  @Route.delete(':campaignId/outcomes/:itemId', ITEM)
  removeOutcome(@UuidParam('campaignId') id: string, @UuidParam('itemId') itemId: string, @Body() body: CampaignVersionDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.campaigns.removeItem(actor, id, 'outcomes', itemId, body.version, origin);
  }
}
