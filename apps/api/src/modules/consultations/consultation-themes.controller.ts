import { Body, Query } from '@nestjs/common';
import { OUT_OF_REACH } from '../../common/route-answers';
import { UuidParam } from '../../common/uuid-param';
import { type Caller, CurrentCaller, Route, RouteGroup } from '../authz';
import { NOT_THE_RUNNER } from './consultation-access';
import { ConsultationQuotesService } from './consultation-quotes.service';
import { ConsultationThemesService } from './consultation-themes.service';
import { ProposeQuoteDto, ReviewQuoteDto, TagTextDto, TextsQueryDto, ThemeChangesDto, ThemeDto } from './dto/consultation-review.dto';

/** Themes and quotes of a consultation: the running organisation's work on its free-text answers (never the panel's). */
@RouteGroup('consultations', { path: 'consultations/:consultationId', policy: 'consultation:manage', notFound: OUT_OF_REACH, forbidden: NOT_THE_RUNNER })
export class ConsultationThemesController {
  constructor(
    private readonly themes: ConsultationThemesService,
    private readonly quotes: ConsultationQuotesService,
  ) {}

  @Route.post('themes', { created: 'A theme to tag free-text answers with', conflict: 'A theme of that name already' })
  createTheme(@UuidParam('consultationId') id: string, @Body() body: ThemeDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.themes.create(actor, id, body, origin);
  }

  @Route.patch('themes/:themeId', { ok: 'Renamed or described', conflict: 'A theme of that name already' })
  updateTheme(@UuidParam('consultationId') id: string, @UuidParam('themeId') themeId: string, @Body() body: ThemeChangesDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.themes.update(actor, id, themeId, body, origin);
  }

  @Route.delete('themes/:themeId', { noContent: 'Deleted, with its tags; a quote under it keeps its words without the theme' })
  deleteTheme(@UuidParam('consultationId') id: string, @UuidParam('themeId') themeId: string, @CurrentCaller() { actor, origin }: Caller) {
    return this.themes.remove(actor, id, themeId, origin);
  }

  @Route.get('texts', { ok: 'Its free-text answers in a random order, with their themes: no date, no response, nothing else', badRequest: 'questionId not a free-text question' })
  texts(@UuidParam('consultationId') id: string, @Query() query: TextsQueryDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.themes.texts(actor, id, query.questionId, origin);
  }

  @Route.put('texts/:textId/themes', { ok: 'The answer carries exactly these themes', badRequest: 'A theme not of this consultation' })
  tag(@UuidParam('consultationId') id: string, @UuidParam('textId') textId: string, @Body() body: TagTextDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.themes.tag(actor, id, textId, body.themeIds, origin);
  }

  @Route.get('quotes', { ok: 'Every quote, proposed first, with who proposed and who reviewed it' })
  listQuotes(@UuidParam('consultationId') id: string, @CurrentCaller() { actor, origin }: Caller) {
    return this.quotes.list(actor, id, origin);
  }

  @Route.post('quotes', { created: 'Proposed: shown nowhere until a second person publishes it', badRequest: 'A theme not of this consultation' })
  proposeQuote(@UuidParam('consultationId') id: string, @Body() body: ProposeQuoteDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.quotes.propose(actor, id, body, origin);
  }

  @Route.post('quotes/:quoteId/review', {
    ok: 'Published or rejected, with what the reviewer checked',
    badRequest: 'No decision, or no note of what was checked',
    conflict: 'You proposed it (a second person must review it), or it has been reviewed already',
  })
  reviewQuote(@UuidParam('consultationId') id: string, @UuidParam('quoteId') quoteId: string, @Body() body: ReviewQuoteDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.quotes.review(actor, id, quoteId, body, origin);
  }
}
