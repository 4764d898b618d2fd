import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import type { DocumentView } from '@beside/shared/contracts';
import { existing } from '../../../common/existing';
import type { Actor, RequestOrigin } from '../../authz';
import { challengeOnJourney, documentView, DocumentsService, findDocument, findHerDocuments, type HerUploadDto, type UploadedFile } from '../../documents';
import { PortalWork } from '../portal-work';

@Injectable()
export class MyDocumentsService {
  constructor(
    private readonly work: PortalWork,
    private readonly documents: DocumentsService,
  ) {}

  list(actor: Actor, origin: RequestOrigin): Promise<DocumentView[]> {
    return this.work.listHers(actor, origin, 'document', async (em, serviceUserId) => (await findHerDocuments(em, serviceUserId)).map(documentView));
  }

  /** To her current journey, shared with her advocates; through the same checks as staff uploads. */
  async upload(actor: Actor, file: UploadedFile | undefined, body: HerUploadDto, origin: RequestOrigin): Promise<DocumentView> {
    const checked = await this.documents.check(file);
    return this.documents.keep(checked, (storageKey, scanOf) =>
      this.work.onHerJourney(actor, origin, undefined, async (em, her, audit) => {
        if (body.challengeId && !(await challengeOnJourney(em, body.challengeId, her.journeyId))) throw new BadRequestException(['challengeId is not one of your challenges']);
        const id = await this.documents.record(em, {
          organisationId: actor.organisationId,
          journeyId: her.journeyId,
          challengeId: body.challengeId ?? null,
          description: body.description,
          storageKey,
          checked,
          visibility: 'shared',
          scan: await scanOf(em),
          uploadedBy: actor.userId,
          byHer: true,
        });
        await audit({ action: 'document.uploaded', entityType: 'document', entityId: id, subjectId: her.serviceUserId, detail: { type: checked.extension, sizeBytes: checked.content.length, byHer: true } });
        return documentView(existing(await findDocument(em, id), 'document'));
      }),
    );
  }

  download(actor: Actor, id: string, origin: RequestOrigin) {
    return this.work.forHer(actor, origin, async (em, serviceUserId, audit) => {
      const row = (await findHerDocuments(em, serviceUserId)).find((d) => d.id === id);
      if (!row) throw new NotFoundException('Document not found');
      return this.documents.file(row, () => audit({ action: 'document.downloaded', entityType: 'document', entityId: id, subjectId: serviceUserId }));
    });
  }
}
