import { Injectable, Logger } from '@nestjs/common';
import { Environment } from '../../config/environment';
import { NO_CONTEXT, UnitOfWork } from '../../database/unit-of-work';
import { AuditWriter } from '../audit';
import { Job, type ScheduledJob } from '../jobs';
import { DocumentStore } from './document-store';
import { deleteAsHarmful, findOrganisationsWithUnscannedDocuments, findUnscannedDocuments, markScannedClean } from './document.repository';
import { scanForViruses } from './virus-scan';

const SYSTEM_ORIGIN = { requestId: 'job:document-rescan', ip: null, userAgent: null };
/** Per organisation and run: a backlog is worked through run by run rather than holding the job for long. */
const BATCH = 50;
export const HARMFUL_REASON = 'The virus scanner found something harmful in this file, so the service removed it.';

/**
 * Documents kept before a scanner could look at them are scanned once ClamAV is set up (`CLAMAV_HOST`): clean ones
 * become `clean` (a held one may then be opened), harmful ones are deleted with the reason and their content removed
 * from the store. While the scanner is down nothing changes; the next run tries again. Each document is scanned outside
 * any transaction (the embedded database serialises them) and recorded in a short one of its own.
 */
@Injectable()
@Job()
export class DocumentRescanJob implements ScheduledJob {
  readonly name = 'document-rescan';
  readonly order = 30;
  private readonly logger = new Logger(DocumentRescanJob.name);

  constructor(
    private readonly uow: UnitOfWork,
    private readonly audit: AuditWriter,
    private readonly store: DocumentStore,
    private readonly env: Environment,
  ) {}

  async run(): Promise<Record<string, unknown>> {
    const host = this.env.CLAMAV_HOST;
    if (!host) return { scanner: 'not set up' };
    const organisations = await this.uow.run(NO_CONTEXT, (em) => findOrganisationsWithUnscannedDocuments(em));
    const counts = { clean: 0, harmful: 0, scannerDown: false };
    for (const organisationId of organisations) {
      const context = { organisationId, userId: null, role: null };
      const waiting = await this.uow.run(context, (em) => findUnscannedDocuments(em, BATCH));
      for (const doc of waiting) {
        const verdict = await scanForViruses(host, this.env.CLAMAV_PORT, await this.store.get(doc.storageKey));
        if (verdict === 'down') return { ...counts, scannerDown: true };
        const harmful = verdict === 'infected';
        const changed = await this.uow.run(context, async (em) => {
          const done = harmful ? await deleteAsHarmful(em, doc.id, HARMFUL_REASON) : await markScannedClean(em, doc.id);
          if (done) {
            await this.audit.append(em, context, SYSTEM_ORIGIN, [
              { action: harmful ? 'document.removed_as_harmful' : 'document.scanned', entityType: 'document', entityId: doc.id, detail: { journeyId: doc.journeyId, was: doc.scan } },
            ]);
          }
          return done;
        });
        if (!changed) continue;
        if (harmful) {
          counts.harmful += 1;
          await this.store.remove(doc.storageKey).catch((e: Error) => this.logger.warn(`a harmful document's content could not be removed from the store: ${e.message}`));
        } else counts.clean += 1;
      }
    }
    return { organisations: organisations.length, ...counts };
  }
}
