import { Body } from '@nestjs/common';
import { OUT_OF_REACH, STALE_VERSION } from '../../../common/route-answers';
import { UuidParam } from '../../../common/uuid-param';
import { type Caller, CurrentCaller, Route, RouteGroup } from '../../authz';
import { FindingsService } from './findings.service';
import { CastVoteDto, DecideFindingDto, PanelSettingsDto, ProposeFindingDto, RankFindingsDto, UpdateFindingDto } from './panel.dto';

const EVIDENCE_REFUSED = 'Evidence naming a question, theme or quote that is not of its consultation, or a quote not published';

/** The lived-experience panel: its settings and its findings. Managers propose and read findings; only the panel votes, decides and ranks. */
@RouteGroup('panel', { notFound: OUT_OF_REACH })
export class FindingsController {
  constructor(private readonly findings: FindingsService) {}

  @Route.get('panel/settings', 'finding:propose', { ok: 'Whether the panel records who voted how (off unless the panel chose it)' })
  settings(@CurrentCaller() { actor, origin }: Caller) {
    return this.findings.settings(actor, origin);
  }

  @Route.put('panel/settings', 'panel:take-part', { ok: 'Changed, for the findings no one has voted on yet', conflict: STALE_VERSION })
  updateSettings(@Body() body: PanelSettingsDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.findings.updateSettings(actor, body, origin);
  }

  @Route.get('findings', 'finding:propose', { ok: "The organisation's findings: approved in the panel's order, then proposed, then set aside" })
  list(@CurrentCaller() { actor, origin }: Caller) {
    return this.findings.list(actor, origin);
  }

  @Route.post('findings', 'finding:propose', { created: 'Proposed, with its evidence', badRequest: EVIDENCE_REFUSED })
  propose(@Body() body: ProposeFindingDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.findings.propose(actor, body, origin);
  }

  @Route.put('findings/priorities', 'panel:take-part', { ok: "The approved findings in the panel's order", badRequest: 'Not exactly the approved findings, each once' })
  rank(@Body() body: RankFindingsDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.findings.rank(actor, body, origin);
  }

  @Route.get('findings/:findingId', 'finding:propose', { ok: 'One finding with its evidence, figures and votes' })
  get(@UuidParam('findingId') id: string, @CurrentCaller() { actor, origin }: Caller) {
    return this.findings.get(actor, id, origin);
  }

  @Route.patch('findings/:findingId', 'finding:propose', { ok: 'Changed', badRequest: EVIDENCE_REFUSED, conflict: 'Decided, voted on already, or a stale version' })
  update(@UuidParam('findingId') id: string, @Body() body: UpdateFindingDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.findings.update(actor, id, body, origin);
  }

  @Route.post('findings/:findingId/votes', 'panel:take-part', { ok: 'Your vote is counted', conflict: 'You have voted on it already, or it is decided' })
  vote(@UuidParam('findingId') id: string, @Body() body: CastVoteDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.findings.vote(actor, id, body, origin);
  }

  @Route.post('findings/:findingId/decision', 'panel:take-part', {
    ok: 'Decided, with the counts at this moment',
    conflict: 'Decided already, a stale version, or approving with no more votes for than against',
  })
  decide(@UuidParam('findingId') id: string, @Body() body: DecideFindingDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.findings.decide(actor, id, body, origin);
  }
}
