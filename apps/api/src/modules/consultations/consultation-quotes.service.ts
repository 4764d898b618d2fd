import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ConsultationQuoteView } from '@beside/shared/contracts';
import { AuditedWork } from '../audit';
import type { Actor, RequestOrigin } from '../authz';
import { requireRunner } from './consultation-access';
import { findQuote, findQuotes, insertQuote, reviewQuote, type QuoteRow } from './consultation-quotes.repository';
import { findText, findThemes } from './consultation-themes.repository';
import { TEXT_NOT_FOUND, THEME_NOT_FOUND } from './consultation-themes.service';
import { ProposeQuoteDto, ReviewQuoteDto } from './dto/consultation-review.dto';

const QUOTE_NOT_FOUND = 'Quote not found in this consultation';
export const OWN_QUOTE = 'A second person must review this quote: you proposed it, so someone else checks it for anything that could identify her.';
export const REVIEWED_ALREADY = 'This quote has been reviewed already: a reviewed quote cannot be reviewed again.';

/** Quotes (issue 18): one person proposes the words, another checks them for anything identifying; only then are they shown. */
@Injectable()
export class ConsultationQuotesService {
  constructor(private readonly work: AuditedWork) {}

  list(actor: Actor, id: string, origin: RequestOrigin): Promise<ConsultationQuoteView[]> {
    return this.work.run(actor, origin, async (em, audit) => {
      await requireRunner(em, actor, id);
      const quotes = await findQuotes(em, id);
      await audit({ action: 'consultation_quotes.read', entityType: 'consultation', entityId: id, detail: { count: quotes.length } });
      return quotes.map(view);
    });
  }

  propose(actor: Actor, id: string, body: ProposeQuoteDto, origin: RequestOrigin): Promise<ConsultationQuoteView> {
    return this.work.run(actor, origin, async (em, audit) => {
      const row = await requireRunner(em, actor, id);
      const text = await findText(em, id, body.textId);
      if (!text) throw new NotFoundException(TEXT_NOT_FOUND);
      const themeId = body.themeId ?? null;
      if (themeId && !(await findThemes(em, id)).some((t) => t.id === themeId)) throw new BadRequestException([`themeId: ${THEME_NOT_FOUND}`]);
      const words = body.words.trim();
      if (!words) throw new BadRequestException(['words must not be empty']);
      const quoteId = await insertQuote(em, { organisationId: row.organisationId, consultationId: id, textId: text.id, questionId: text.questionId, themeId, words, proposedBy: actor.userId });
      await audit({ action: 'consultation_quote.propose', entityType: 'consultation_quote', entityId: quoteId, detail: { consultationId: id } });
      return view(await this.require(em, id, quoteId));
    });
  }

  /** Published or rejected by someone other than the proposer, with what she checked; once. */
  review(actor: Actor, id: string, quoteId: string, body: ReviewQuoteDto, origin: RequestOrigin): Promise<ConsultationQuoteView> {
    const note = body.note.trim();
    if (!note) throw new BadRequestException(['note: say what you checked for (names, places, dates, rare details)']);
    return this.work.run(actor, origin, async (em, audit) => {
      await requireRunner(em, actor, id);
      const quote = await this.require(em, id, quoteId);
      if (quote.status !== 'proposed') throw new ConflictException(REVIEWED_ALREADY);
      if (quote.proposedById === actor.userId) throw new ConflictException(OWN_QUOTE);
      const status = body.decision === 'publish' ? 'published' : 'rejected';
      if (!(await reviewQuote(em, quoteId, status, actor.userId, note))) throw new ConflictException(REVIEWED_ALREADY);
      await audit({ action: 'consultation_quote.review', entityType: 'consultation_quote', entityId: quoteId, detail: { consultationId: id, decision: body.decision } });
      return view(await this.require(em, id, quoteId));
    });
  }

  private async require(em: EntityManager, id: string, quoteId: string): Promise<QuoteRow> {
    const quote = await findQuote(em, id, quoteId);
    if (!quote) throw new NotFoundException(QUOTE_NOT_FOUND);
    return quote;
  }
}

function view({ proposedById: _, ...quote }: QuoteRow): ConsultationQuoteView {
  return quote;
}
