import { UseGuards } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import { UuidParam } from '../../../common/uuid-param';
import { type Caller, CurrentCaller, Route, RouteGroup } from '../../authz';
import { ORGANISATION_NOT_FOUND, YouSaidWeDidService } from './you-said-we-did.service';

const PAGE = 'Closed consultations with what women said (counts of five or more, published quotes), the findings the panel approved and what each campaign has done';

/** "You said, we did" in her portal: her organisation's page. */
@RouteGroup('portal', { path: 'my/you-said-we-did', policy: 'portal:use' })
export class MyYouSaidWeDidController {
  constructor(private readonly page: YouSaidWeDidService) {}

  @Route.get('/', { ok: PAGE })
  get(@CurrentCaller() { actor }: Caller) {
    return this.page.page(actor.organisationId);
  }
}

/** "You said, we did" for anyone, without signing in: nothing on it names or identifies anyone. */
@RouteGroup('public you said we did', { path: 'public/you-said-we-did', policy: 'public', notFound: ORGANISATION_NOT_FOUND })
export class PublicYouSaidWeDidController {
  constructor(private readonly page: YouSaidWeDidService) {}

  @Route.get(':organisationId', { ok: PAGE, tooManyRequests: 'Too many requests from one address: wait a minute' })
  @UseGuards(ThrottlerGuard)
  get(@UuidParam('organisationId') organisationId: string) {
    return this.page.page(organisationId);
  }
}
