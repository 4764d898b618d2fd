import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ConsultationTextView, ConsultationThemeView } from '@beside/shared/contracts';
import { AuditedWork } from '../audit';
import type { Actor, RequestOrigin } from '../authz';
import { requireRunner } from './consultation-access';
import { themeResults } from './consultation-results';
import { countThemes, deleteTheme, findText, findTexts, findThemes, insertTheme, replaceTextThemes, themeNameTaken, updateTheme } from './consultation-themes.repository';
import { findQuestions } from './consultation.repository';
import { ThemeChangesDto, ThemeDto } from './dto/consultation-review.dto';

export const THEME_NOT_FOUND = 'Theme not found in this consultation';
export const TEXT_NOT_FOUND = 'Free-text answer not found in this consultation';
const NAME_TAKEN = 'name: this consultation already has a theme of that name';

/**
 * Themes (issue 18): staff of the running organisation read the free-text answers — in a random order, with nothing of
 * the response each came from — and tag them into themes; readers of the results see each theme with its count.
 */
@Injectable()
export class ConsultationThemesService {
  constructor(private readonly work: AuditedWork) {}

  create(actor: Actor, id: string, body: ThemeDto, origin: RequestOrigin): Promise<ConsultationThemeView> {
    return this.work.run(actor, origin, async (em, audit) => {
      const row = await requireRunner(em, actor, id);
      const name = body.name.trim();
      if (await themeNameTaken(em, id, name, null)) throw new ConflictException(NAME_TAKEN);
      const themeId = await insertTheme(em, row.organisationId, id, { name, description: body.description?.trim() || null }, actor.userId);
      await audit({ action: 'consultation_theme.create', entityType: 'consultation_theme', entityId: themeId, detail: { consultationId: id } });
      return this.theme(em, id, themeId);
    });
  }

  update(actor: Actor, id: string, themeId: string, body: ThemeChangesDto, origin: RequestOrigin): Promise<ConsultationThemeView> {
    return this.work.run(actor, origin, async (em, audit) => {
      await requireRunner(em, actor, id);
      const name = body.name?.trim();
      if (name && (await themeNameTaken(em, id, name, themeId))) throw new ConflictException(NAME_TAKEN);
      const changes = { ...(name ? { name } : {}), ...(body.description !== undefined ? { description: body.description?.trim() || null } : {}) };
      if (!Object.keys(changes).length) throw new BadRequestException(['Give a new name or description']);
      if (!(await updateTheme(em, id, themeId, changes, actor.userId))) throw new NotFoundException(THEME_NOT_FOUND);
      await audit({ action: 'consultation_theme.update', entityType: 'consultation_theme', entityId: themeId, detail: { consultationId: id, fields: Object.keys(changes) } });
      return this.theme(em, id, themeId);
    });
  }

  remove(actor: Actor, id: string, themeId: string, origin: RequestOrigin): Promise<void> {
    return this.work.run(actor, origin, async (em, audit) => {
      await requireRunner(em, actor, id);
      if (!(await deleteTheme(em, id, themeId))) throw new NotFoundException(THEME_NOT_FOUND);
      await audit({ action: 'consultation_theme.delete', entityType: 'consultation_theme', entityId: themeId, detail: { consultationId: id } });
    });
  }

  /** Its free-text answers (of one text question, if named), for tagging: never to the panel (consultation:manage). */
  texts(actor: Actor, id: string, questionId: string | undefined, origin: RequestOrigin): Promise<ConsultationTextView[]> {
    return this.work.run(actor, origin, async (em, audit) => {
      await requireRunner(em, actor, id);
      if (questionId) {
        const question = (await findQuestions(em, id)).find((q) => q.id === questionId);
        if (question?.kind !== 'text') throw new BadRequestException([`questionId: ${questionId} is not a free-text question of this consultation`]);
      }
      const texts = await findTexts(em, id, questionId ?? null);
      await audit({ action: 'consultation_texts.read', entityType: 'consultation', entityId: id, detail: { count: texts.length } });
      return texts;
    });
  }

  /** The answer's themes become exactly these (themes of this consultation). */
  tag(actor: Actor, id: string, textId: string, themeIds: string[], origin: RequestOrigin): Promise<ConsultationTextView> {
    return this.work.run(actor, origin, async (em, audit) => {
      const row = await requireRunner(em, actor, id);
      if (!(await findText(em, id, textId))) throw new NotFoundException(TEXT_NOT_FOUND);
      const known = new Set((await findThemes(em, id)).map((t) => t.id));
      const unknown = themeIds.filter((t) => !known.has(t));
      if (unknown.length) throw new BadRequestException([`themeIds: ${unknown.join(', ')} is not a theme of this consultation`]);
      await replaceTextThemes(em, row.organisationId, textId, [...new Set(themeIds)]);
      await audit({ action: 'consultation_text.tag', entityType: 'consultation', entityId: id, detail: { themeIds: [...new Set(themeIds)] } });
      return (await findText(em, id, textId)) as ConsultationTextView;
    });
  }

  private async theme(em: EntityManager, id: string, themeId: string): Promise<ConsultationThemeView> {
    const [theme] = themeResults((await findThemes(em, id)).filter((t) => t.id === themeId), await countThemes(em, id));
    return theme;
  }
}
