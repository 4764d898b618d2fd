import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { LetterTemplateDefinition, LetterTemplateView, LetterView } from '@beside/shared/contracts';
import { londonToday } from '@beside/shared/util';
import { Clock } from '../../../common/clock';
import { pickChanges, staleVersion, versionedUpdate } from '../../../database/versioned-update';
import { AuditedWork, type AuditNow } from '../../audit';
import type { Actor, RequestOrigin } from '../../authz';
import { JourneyWork } from '../../journeys';
import { assertKey, ChallengeCatalogue } from '../challenge-catalogue';
import { findChallenge, findStages } from '../challenge.repository';
import { overlay } from '../catalogue/overlay';
import { findOwnRows, saveOwnRow } from '../catalogue/own-rows.repository';
import type { DraftLetterDto, LetterSentDto, SaveLetterTemplateDto, UpdateLetterDto, VersionDto } from '../dto/letter.dto';
import { DEFAULT_LETTER_TEMPLATES } from './default-letter-templates';
import { letterBlocks } from './letter-blocks';
import { letterDocx } from './letter-docx';
import { letterPdf } from './letter-pdf';
import { findChallengeLetters, findLetter, findLetterVersions, findMergeSource, insertLetter, markLetter, type LetterRow } from './letter.repository';
import { fillTemplate, templateFields, type MergeField } from './merge-fields';

const SENT = 'This letter has been sent: it is kept as it was sent and can no longer change.';
const LONG_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const longDate = (day: string | null) => (day ? LONG_DATE.format(new Date(`${day}T00:00:00Z`)) : null);

export interface LetterFile {
  filename: string;
  contentType: string;
  content: Buffer;
}

/** Letters written with her: drafted from a template, shared with her to read and change, sent, every version kept. */
@Injectable()
export class LettersService {
  constructor(
    private readonly work: JourneyWork,
    private readonly audited: AuditedWork,
    private readonly clock: Clock,
    private readonly catalogue: ChallengeCatalogue,
  ) {}

  templates(actor: Actor, origin: RequestOrigin): Promise<LetterTemplateView[]> {
    return this.audited.run(actor, origin, (em) => this.templateList(em));
  }

  saveTemplate(actor: Actor, key: string, body: SaveLetterTemplateDto, origin: RequestOrigin): Promise<LetterTemplateView> {
    assertKey(key);
    templateFields(body.body);
    templateFields(body.title, 'title');
    return this.audited.run(actor, origin, async (em, audit) => {
      await this.assertTypeAndStage(em, body.challengeTypeKey ?? null, body.stageKey ?? null);
      const existed = (await this.templateList(em)).some((t) => t.key === key);
      await saveOwnRow(em, 'letter_template', actor.organisationId, { key, definition: { key, ...body, challengeTypeKey: body.challengeTypeKey ?? null, stageKey: body.stageKey ?? null }, archived: false }, actor.userId);
      await audit({ action: existed ? 'letter_template.changed' : 'letter_template.added', entityType: 'letter_template', detail: { key } });
      return this.requireTemplate(em, key);
    });
  }

  /** A template names a type of the catalogue and, if any, one of that type's stages. */
  private async assertTypeAndStage(em: EntityManager, typeKey: string | null, stageKey: string | null): Promise<void> {
    if (!typeKey) {
      if (stageKey) throw new BadRequestException(['stageKey: a stage needs its challenge type (challengeTypeKey)']);
      return;
    }
    const type = (await this.catalogue.types(em)).find((t) => t.key === typeKey);
    if (!type) throw new BadRequestException([`challengeTypeKey: ${typeKey} is not one of the organisation's challenge types`]);
    if (stageKey && !type.stages.some((s) => s.key === stageKey)) {
      throw new BadRequestException([`stageKey: ${stageKey} is not a stage of ${type.name} (its stages: ${type.stages.map((s) => s.key).join(', ')})`]);
    }
  }

  archiveTemplate(actor: Actor, key: string, origin: RequestOrigin): Promise<LetterTemplateView> {
    assertKey(key);
    return this.audited.run(actor, origin, async (em, audit) => {
      const { changed: _c, archived: _a, ...definition } = await this.requireTemplate(em, key);
      await saveOwnRow(em, 'letter_template', actor.organisationId, { key, definition, archived: true }, actor.userId);
      await audit({ action: 'letter_template.archived', entityType: 'letter_template', detail: { key } });
      return this.requireTemplate(em, key);
    });
  }

  list(actor: Actor, challengeId: string, origin: RequestOrigin): Promise<LetterView[]> {
    return this.work.onRecord(actor, origin, 'challenge', challengeId, async (em, journey, audit) => {
      const rows = await findChallengeLetters(em, challengeId);
      await audit({ action: 'letter.list', entityType: 'letter', subjectId: journey.serviceUserId, detail: { challengeId, count: rows.length } });
      return Promise.all(rows.map((r) => this.view(em, r)));
    });
  }

  read(actor: Actor, id: string, origin: RequestOrigin): Promise<LetterView> {
    return this.work.onRecord(actor, origin, 'letter', id, async (em, journey, audit) => {
      await audit({ action: 'letter.read', entityType: 'letter', entityId: id, subjectId: journey.serviceUserId });
      return this.view(em, await this.require(em, id));
    });
  }

  /** A draft from the template, its fields filled from her record and the challenge: a field without a value is a 400. */
  draft(actor: Actor, challengeId: string, body: DraftLetterDto, origin: RequestOrigin): Promise<LetterView> {
    return this.work.onRecord(actor, origin, 'challenge', challengeId, async (em, journey, audit) => {
      const template = (await this.templateList(em)).find((t) => t.key === body.templateKey && !t.archived);
      if (!template) throw new BadRequestException([`templateKey must be one of: ${(await this.templateList(em)).filter((t) => !t.archived).map((t) => t.key).join(', ')}`]);
      const values = await this.mergeValues(em, challengeId, journey.id);
      const id = await insertLetter(em, {
        organisationId: actor.organisationId,
        journeyId: journey.id,
        challengeId,
        templateKey: template.key,
        title: fillTemplate(template.title, values),
        body: fillTemplate(template.body, values),
        userId: actor.userId,
      });
      await audit({ action: 'letter.created', entityType: 'letter', entityId: id, subjectId: journey.serviceUserId, detail: { challengeId, template: template.key } });
      return this.view(em, await this.require(em, id));
    });
  }

  update(actor: Actor, id: string, body: UpdateLetterDto, origin: RequestOrigin): Promise<LetterView> {
    return this.onUnsent(actor, id, body.version, origin, async (em, letter, subjectId, audit) => {
      const { changes, fields } = pickChanges(body, { title: 'title', body: 'body' });
      if (!(await versionedUpdate(em, 'letter', id, body.version, changes, actor.userId))) throw staleVersion(await this.view(em, letter));
      await audit({ action: 'letter.updated', entityType: 'letter', entityId: id, subjectId, detail: { fields } });
      return this.view(em, await this.require(em, id));
    });
  }

  /** Shared with her: she reads it in her portal and can ask for changes in her own words. */
  share(actor: Actor, id: string, body: VersionDto, origin: RequestOrigin): Promise<LetterView> {
    return this.onUnsent(actor, id, body.version, origin, async (em, letter, subjectId, audit) => {
      if (letter.status === 'shared') throw new ConflictException({ message: 'This letter is already shared with her.', current: await this.view(em, letter) });
      if (!(await markLetter(em, id, body.version, { status: 'shared' }, actor.userId))) throw staleVersion(await this.view(em, letter));
      await audit({ action: 'letter.shared', entityType: 'letter', entityId: id, subjectId });
      return this.view(em, await this.require(em, id));
    });
  }

  /** Sent: the version it was sent as is kept with every earlier one, and the letter never changes again. */
  sent(actor: Actor, id: string, body: LetterSentDto, origin: RequestOrigin): Promise<LetterView> {
    if (body.on > londonToday(this.clock.now())) throw new BadRequestException(['on must not be in the future']);
    return this.onUnsent(actor, id, body.version, origin, async (em, letter, subjectId, audit) => {
      if (!(await markLetter(em, id, body.version, { status: 'sent', on: body.on }, actor.userId))) throw staleVersion(await this.view(em, letter));
      await audit({ action: 'letter.sent', entityType: 'letter', entityId: id, subjectId, detail: { version: body.version } });
      return this.view(em, await this.require(em, id));
    });
  }

  /** The letter (a version of it, or the current one) as a PDF or a Word document, with a neutral file name. */
  download(actor: Actor, id: string, format: 'pdf' | 'docx', version: number | undefined, origin: RequestOrigin): Promise<LetterFile> {
    return this.work.onRecord(actor, origin, 'letter', id, async (em, journey, audit) => {
      const letter = await this.require(em, id);
      const chosen = await this.version(em, letter, version);
      await audit({ action: 'letter.downloaded', entityType: 'letter', entityId: id, subjectId: journey.serviceUserId, detail: { format, version: chosen.version } });
      return letterFile(chosen.title, chosen.body, format, londonToday(this.clock.now()));
    });
  }

  private async version(em: EntityManager, letter: LetterRow, version: number | undefined): Promise<{ version: number; title: string; body: string }> {
    const versions = await findLetterVersions(em, letter.id);
    const found = version === undefined ? versions[versions.length - 1] : versions.find((v) => v.version === version);
    if (!found) throw new BadRequestException([`version must be one of this letter's versions (1 to ${versions.length})`]);
    return found;
  }

  private onUnsent<T>(
    actor: Actor,
    id: string,
    version: number,
    origin: RequestOrigin,
    task: (em: EntityManager, letter: LetterRow, subjectId: string, audit: AuditNow) => Promise<T>,
  ): Promise<T> {
    return this.work.onRecord(actor, origin, 'letter', id, async (em, journey, audit) => {
      const letter = await this.require(em, id);
      if (letter.status === 'sent') throw new ConflictException({ message: SENT, current: await this.view(em, letter) });
      if (letter.version !== version) throw staleVersion(await this.view(em, letter));
      return task(em, letter, journey.serviceUserId, audit);
    });
  }

  private async mergeValues(em: EntityManager, challengeId: string, journeyId: string): Promise<Partial<Record<MergeField, string | null>>> {
    const challenge = await findChallenge(em, challengeId);
    const her = await findMergeSource(em, journeyId);
    if (!challenge || !her) throw new NotFoundException('Challenge not found');
    const current = (await findStages(em, [challengeId])).find((s) => !s.endedOn);
    const stage = current && challenge.typeDefinition.stages.find((s) => s.key === current.key);
    return {
      'her.name': her.herName,
      'her.preferredName': her.preferredName ?? her.herName,
      'her.dateOfBirth': longDate(her.dateOfBirth),
      'body.name': challenge.bodyChallenged,
      'challenge.type': challenge.typeDefinition.name,
      'challenge.herWords': challenge.herWords,
      'challenge.eventOn': longDate(challenge.eventOn),
      'challenge.awareOn': longDate(challenge.awareOn),
      'stage.name': stage?.name ?? null,
      'stage.deadline': longDate(current?.deadlineOn ?? null),
      'advocate.name': her.advocateName,
      today: longDate(londonToday(this.clock.now())),
    };
  }

  private async require(em: EntityManager, id: string): Promise<LetterRow> {
    const letter = await findLetter(em, id);
    if (!letter) throw new NotFoundException('Letter not found');
    return letter;
  }

  private async view(em: EntityManager, letter: LetterRow): Promise<LetterView> {
    const versions = await findLetterVersions(em, letter.id);
    return { ...letter, versions: versions.map((v) => ({ ...v, writtenAt: v.writtenAt.toISOString() })) };
  }

  private async templateList(em: EntityManager): Promise<LetterTemplateView[]> {
    return overlay(DEFAULT_LETTER_TEMPLATES, await findOwnRows<LetterTemplateDefinition>(em, 'letter_template'));
  }

  private async requireTemplate(em: EntityManager, key: string): Promise<LetterTemplateView> {
    const template = (await this.templateList(em)).find((t) => t.key === key);
    if (!template) throw new NotFoundException('Letter template not found');
    return template;
  }
}

/** A letter's words as a file: PDF or Word, named for the date only ("letter-2026-12-07.pdf"), never for the service. */
export async function letterFile(title: string, markdown: string, format: 'pdf' | 'docx', today: string): Promise<LetterFile> {
  const blocks = letterBlocks(markdown);
  return format === 'pdf'
    ? { filename: `letter-${today}.pdf`, contentType: 'application/pdf', content: await letterPdf(title, blocks) }
    : {
        filename: `letter-${today}.docx`,
        contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        content: await letterDocx(title, blocks),
      };
}
