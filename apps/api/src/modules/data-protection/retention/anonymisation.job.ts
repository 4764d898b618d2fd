import { Injectable, Logger } from '@nestjs/common';
import { NO_CONTEXT, UnitOfWork } from '../../../database/unit-of-work';
import { AuditWriter } from '../../audit';
import { DocumentStore } from '../../documents';
import { Job, type ScheduledJob } from '../../jobs';
import { anonymiseJourney, findApprovedJourneys, findOrganisationsWithApprovals } from './retention.repository';

const SYSTEM_ORIGIN = { requestId: 'job:retention-anonymisation', ip: null, userAgent: null };

/**
 * Carries out the anonymisations approved in the review queue (and by granted erasure requests): each journey in one
 * transaction of its own (beside_anonymise_journey: free text marked, her details gone if no other journey of hers is
 * kept, documents marked removed), then its documents' content removed from the store once that has committed. A held
 * journey, or one with an open concern or multi-agency referral, is left waiting. The function locks the review row and
 * marks it anonymised, so a journey is anonymised exactly once, whichever instance or run reaches it.
 */
@Injectable()
@Job()
export class AnonymisationJob implements ScheduledJob {
  readonly name = 'retention-anonymisation';
  readonly order = 40;
  private readonly logger = new Logger(AnonymisationJob.name);

  constructor(
    private readonly uow: UnitOfWork,
    private readonly audit: AuditWriter,
    private readonly store: DocumentStore,
  ) {}

  async run(now: Date): Promise<Record<string, unknown>> {
    const organisations = await this.uow.run(NO_CONTEXT, (em) => findOrganisationsWithApprovals(em));
    const counts = { anonymised: 0, waiting: 0, documentsRemoved: 0, documentsNotRemoved: 0 };
    for (const organisationId of organisations) {
      const context = { organisationId, userId: null, role: null };
      const approved = await this.uow.run(context, (em) => findApprovedJourneys(em));
      for (const { journeyId, serviceUserId } of approved) {
        const done = await this.uow.run(context, async (em) => {
          const result = await anonymiseJourney(em, journeyId, now);
          if (result) {
            await this.audit.append(em, context, SYSTEM_ORIGIN, [
              {
                action: 'retention.anonymised',
                entityType: 'journey',
                entityId: journeyId,
                subjectId: serviceUserId,
                detail: { journeyId, documents: result.storageKeys.length, herDetails: result.serviceUser },
              },
            ]);
          }
          return result;
        });
        if (!done) {
          counts.waiting += 1;
          continue;
        }
        counts.anonymised += 1;
        for (const key of done.storageKeys) {
          try {
            await this.store.remove(key);
            counts.documentsRemoved += 1;
          } catch (e) {
            counts.documentsNotRemoved += 1;
            this.logger.warn(`an anonymised journey's document could not be removed from the store: ${(e as Error).message}`);
          }
        }
      }
    }
    return { organisations: organisations.length, ...counts };
  }
}
