import { Body, Param } from '@nestjs/common';
import { OUT_OF_REACH, STALE_VERSION } from '../../../common/route-answers';
import { UuidParam } from '../../../common/uuid-param';
import { type Caller, CurrentCaller, Route, RouteGroup } from '../../authz';
import { AnonymiseRecordDto, KeepRecordDto, LegalHoldDto, SaveRetentionRuleDto } from './dto/retention.dto';
import { RetentionReviewsService } from './retention-reviews.service';
import { RetentionRulesService } from './retention-rules.service';

const NOT_REVIEWABLE = 'Under a legal hold, anonymised already, not closed or not yet due; or (to anonymise) an open concern or multi-agency referral: the message names which';

/** The retention schedule, the review queue and legal holds (issue 21; docs/DATA-PROTECTION.md). */
@RouteGroup('data protection', { notFound: OUT_OF_REACH })
export class RetentionController {
  constructor(
    private readonly rules: RetentionRulesService,
    private readonly reviews: RetentionReviewsService,
  ) {}

  @Route.get('retention-rules', 'data-protection:manage', { ok: 'Each record type with its period in months, its reason, and whether it is the default' })
  listRules(@CurrentCaller() { actor, origin }: Caller) {
    return this.rules.list(actor, origin);
  }

  @Route.put('retention-rules/:recordType', 'data-protection:manage', {
    ok: 'The rule as saved',
    badRequest: 'An unknown record type, keepMonths not a whole number of at least 1, or no reason',
    conflict: STALE_VERSION,
  })
  saveRule(@Param('recordType') recordType: string, @Body() body: SaveRetentionRuleDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.rules.save(actor, recordType, body, origin);
  }

  @Route.get('retention-reviews', 'data-protection:manage', { ok: 'Closed journeys whose time is up (not held, not anonymised), soonest due first' })
  listReviews(@CurrentCaller() { actor, origin }: Caller) {
    return this.reviews.list(actor, origin);
  }

  @Route.post('retention-reviews/:reviewId/keep', 'data-protection:manage', {
    ok: 'Kept: not due again until keepUntil (an approval waiting is withdrawn)',
    badRequest: 'keepUntil not a date after today, or no reason',
    conflict: NOT_REVIEWABLE,
  })
  keep(@UuidParam('reviewId') id: string, @Body() body: KeepRecordDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.reviews.keep(actor, id, body, origin);
  }

  @Route.post('retention-reviews/:reviewId/anonymise', 'data-protection:manage', { ok: 'Approved: the anonymisation job does the work at its next run', conflict: NOT_REVIEWABLE })
  anonymise(@UuidParam('reviewId') id: string, @Body() body: AnonymiseRecordDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.reviews.approve(actor, id, body, origin);
  }

  @Route.get('journeys/:journeyId/retention', 'journey:read', { ok: "The journey's review state: its rules, when it is due, a keep decision, a hold (its reason to managers only), anonymised or not" })
  journeyRetention(@UuidParam('journeyId') journeyId: string, @CurrentCaller() { actor, origin }: Caller) {
    return this.reviews.read(actor, journeyId, origin);
  }

  @Route.post('journeys/:journeyId/legal-hold', 'data-protection:manage', {
    ok: 'Held: nothing of it is due or anonymised until lifted',
    badRequest: 'No reason',
    conflict: 'Held already, or anonymised already',
  })
  hold(@UuidParam('journeyId') journeyId: string, @Body() body: LegalHoldDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.reviews.hold(actor, journeyId, body, origin);
  }

  @Route.post('journeys/:journeyId/legal-hold/lift', 'data-protection:manage', { ok: 'Lifted, with its reason', badRequest: 'No reason', conflict: 'Not under a legal hold' })
  lift(@UuidParam('journeyId') journeyId: string, @Body() body: LegalHoldDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.reviews.lift(actor, journeyId, body, origin);
  }
}
