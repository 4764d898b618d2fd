import { Injectable, NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ConsultationResultsView, YouSaidWeDidView } from '@beside/shared/contracts';
import { UnitOfWork, type DbContext } from '../../../database/unit-of-work';
import { ConsultationResultsReader } from '../../consultations';
import { campaignItems, campaignsFollowing } from '../campaigns/campaign.repository';
import { closedConsultationsInReach, findActiveMemberName } from '../consultations-in-reach.repository';
import { findEvidence, listFindings } from '../panel/finding.repository';

export const ORGANISATION_NOT_FOUND = 'No organisation has this page';
/** Nothing below this is shown: the suppression floor of every figure. */
const SHOWN_FROM = 5;

type Consultation = YouSaidWeDidView['consultations'][number];
type Finding = Consultation['findings'][number];

/**
 * "You said, we did" (issue 18): an organisation's closed consultations (its own and the network-wide ones that
 * reached its women), what women said (counts of five or more, published quotes), the findings the panel approved
 * from them and what each campaign has done. No one's name, no personal data.
 *
 * Read in the organisation's context with the panel's role and no account: the narrowest role that may read
 * results (aggregates and published quotes only) and that row-level security keeps from all case content.
 */
@Injectable()
export class YouSaidWeDidService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly reader: ConsultationResultsReader,
  ) {}

  page(organisationId: string): Promise<YouSaidWeDidView> {
    const context: DbContext = { organisationId, userId: null, role: 'panel_member' };
    return this.uow.run(context, async (em) => {
      const organisation = await findActiveMemberName(em, organisationId);
      if (!organisation) throw new NotFoundException(ORGANISATION_NOT_FOUND);
      const findings = await this.findingsByConsultation(em);
      const consultations: Consultation[] = [];
      for (const c of await closedConsultationsInReach(em)) {
        const results = await this.reader.results(em, c.id);
        if (typeof results.responses !== 'number' || results.responses < SHOWN_FROM) continue;
        consultations.push({
          id: c.id,
          title: c.title,
          closedOn: c.closedOn,
          responses: results.responses,
          said: said(results),
          quotes: results.quotes.map((q) => q.words),
          findings: findings.get(c.id) ?? [],
        });
      }
      return { organisationName: organisation.name, consultations };
    });
  }

  /** The approved findings, in the panel's order, under each consultation their evidence cites. */
  private async findingsByConsultation(em: EntityManager): Promise<Map<string, Finding[]>> {
    const rows = await listFindings(em, `f.status = 'approved'`);
    const ids = rows.map((r) => r.id);
    const evidence = await findEvidence(em, ids);
    const following = await campaignsFollowing(em, ids);
    const items = await campaignItems(em, [...new Set(following.map((c) => c.id))]);
    const byConsultation = new Map<string, Finding[]>();
    for (const f of rows) {
      const finding: Finding = {
        id: f.id,
        title: f.title,
        summary: f.summary,
        priority: f.priority,
        campaigns: following
          .filter((c) => c.findingId === f.id)
          .map((c) => ({
            id: c.id,
            title: c.title,
            status: c.status,
            asks: items.asks.filter((a) => a.campaignId === c.id).map((a) => a.words),
            done: items.actions.filter((a) => a.campaignId === c.id && a.status === 'done').map((a) => ({ what: a.what, on: a.doneOn ?? '' })),
            outcomes: items.outcomes.filter((o) => o.campaignId === c.id).map((o) => ({ what: o.what, on: o.achievedOn, evidence: o.evidence })),
          })),
      };
      for (const consultationId of new Set(evidence.filter((e) => e.findingId === f.id).map((e) => e.consultationId))) {
        byConsultation.set(consultationId, [...(byConsultation.get(consultationId) ?? []), finding]);
      }
    }
    return byConsultation;
  }
}

/** Per question, the answers five or more women gave; never a "<5", a hidden count or free text. */
function said(results: ConsultationResultsView): Consultation['said'] {
  return results.questions
    .map((q) => ({
      question: q.words,
      highlights: q.counts.flatMap((c) => (typeof c.count === 'number' && c.count >= SHOWN_FROM ? [{ words: c.words, count: c.count }] : [])),
    }))
    .filter((q) => q.highlights.length > 0);
}
