import { BadRequestException, ConflictException, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { BreachView } from '@beside/shared/contracts';
import { londonToday } from '@beside/shared/util';
import { Clock } from '../../../common/clock';
import { OutOfScopeException } from '../../../common/out-of-scope.exception';
import { staleVersion } from '../../../database/versioned-update';
import { AuditedWork, type AuditNow } from '../../audit';
import type { Actor, RequestOrigin } from '../../authz';
import { notifyManagers } from '../../notifications';
import { filled } from '../text';
import { changeBreach, findBreach, findBreachActions, findBreaches, insertBreach, insertBreachAction, type BreachRow } from './breach.repository';
import { type Audience, decisionChanges, missingBeforeClosing } from './breach-rules';
import { breachView } from './breach.view';
import type { BreachActionDto, BreachDecisionDto, CloseBreachDto, RecordBreachDto, UpdateBreachDto } from './dto/breach.dto';

const NOT_FOUND = 'Breach not found';
const CLOSED = 'This breach is closed: it can no longer change.';

/** The breach register (UK GDPR Articles 33 and 34): each breach with its 72-hour clock, decisions and actions. */
@Injectable()
export class BreachesService {
  constructor(
    private readonly work: AuditedWork,
    private readonly clock: Clock,
  ) {}

  record(actor: Actor, body: RecordBreachDto, origin: RequestOrigin): Promise<BreachView> {
    const now = this.clock.now();
    const summary = filled('summary', body.summary);
    const recordsAffected = filled('recordsAffected', body.recordsAffected);
    if (Date.parse(body.foundAt) > now.getTime()) throw new BadRequestException(['foundAt must not be in the future']);
    if (body.occurredAt && Date.parse(body.occurredAt) > Date.parse(body.foundAt)) throw new BadRequestException(['occurredAt must not be after foundAt']);
    return this.work.run(actor, origin, async (em, audit) => {
      let created: { id: string; reference: string } | null = null;
      // Two breaches recorded at once may reach for the same number: the second tries the next.
      for (let attempt = 0; !created && attempt < 5; attempt++) {
        created = await insertBreach(em, {
          organisationId: actor.organisationId,
          year: londonToday(now).slice(0, 4),
          summary,
          occurredAt: body.occurredAt ?? null,
          foundAt: body.foundAt,
          recordsAffected,
          peopleAffected: body.peopleAffected,
          userId: actor.userId,
        });
      }
      if (!created) throw new ConflictException('Another breach was recorded at the same moment: please try again.');
      await audit({ action: 'breach.recorded', entityType: 'breach', entityId: created.id, detail: { reference: created.reference, peopleAffected: body.peopleAffected } });
      await notifyManagers(em, actor.organisationId, [actor.userId], {
        kind: 'breach.recorded',
        text: 'A data breach was recorded: the 72 hours to decide whether to tell the Information Commissioner have started.',
        link: `/data-protection/breaches/${created.id}`,
      });
      return this.view(em, created.id);
    });
  }

  list(actor: Actor, origin: RequestOrigin): Promise<BreachView[]> {
    return this.work.run(actor, origin, async (em, audit) => {
      const rows = await findBreaches(em);
      await audit({ action: 'breach.list', entityType: 'breach', detail: { count: rows.length, ids: rows.map((r) => r.id) } });
      return this.views(em, rows);
    });
  }

  read(actor: Actor, id: string, origin: RequestOrigin): Promise<BreachView> {
    return this.work.run(actor, origin, async (em, audit) => {
      const [view] = await this.views(em, [await this.row(em, id)]);
      await audit({ action: 'breach.read', entityType: 'breach', entityId: id, detail: { reference: view.reference } });
      return view;
    });
  }

  update(actor: Actor, id: string, body: UpdateBreachDto, origin: RequestOrigin): Promise<BreachView> {
    const changes: Record<string, unknown> = {};
    if (body.summary !== undefined) changes['summary'] = filled('summary', body.summary);
    if (body.recordsAffected !== undefined) changes['records_affected'] = filled('recordsAffected', body.recordsAffected);
    if (body.peopleAffected !== undefined) changes['people_affected'] = body.peopleAffected;
    if (body.occurredAt !== undefined) changes['occurred_at'] = body.occurredAt;
    if (body.risk !== undefined && body.riskReasoning === undefined) throw new BadRequestException(['riskReasoning is required with a risk: say why']);
    if (body.riskReasoning !== undefined) changes['risk_reasoning'] = filled('riskReasoning', body.riskReasoning);
    if (body.risk !== undefined) changes['risk'] = body.risk;
    return this.onOpen(actor, id, body.version, origin, async (em, row, audit) => {
      if (body.riskReasoning !== undefined && body.risk === undefined && !row.risk) throw new BadRequestException(['risk must be set with riskReasoning']);
      if (body.occurredAt && Date.parse(body.occurredAt) > new Date(row.foundAt).getTime()) throw new BadRequestException(['occurredAt must not be after foundAt']);
      if (!(await changeBreach(em, id, body.version, changes, actor.userId))) throw staleVersion(await this.view(em, id));
      const fields = Object.keys(body).filter((k) => k !== 'version' && body[k as keyof UpdateBreachDto] !== undefined).sort();
      await audit({ action: 'breach.updated', entityType: 'breach', entityId: id, detail: { reference: row.reference, fields, risk: body.risk ?? null } });
      return this.view(em, id);
    });
  }

  decide(actor: Actor, id: string, audience: Audience, body: BreachDecisionDto, origin: RequestOrigin): Promise<BreachView> {
    return this.onOpen(actor, id, body.version, origin, async (em, row, audit) => {
      const outcome = decisionChanges(audience, row, body, actor.userId, this.clock.now());
      if ('conflict' in outcome) throw new ConflictException({ message: outcome.conflict, current: await this.view(em, id) });
      if (!(await changeBreach(em, id, body.version, outcome.changes, actor.userId))) throw staleVersion(await this.view(em, id));
      await audit({
        action: audience === 'ico' ? 'breach.ico_decided' : 'breach.women_decided',
        entityType: 'breach',
        entityId: id,
        detail: { reference: row.reference, tell: body.tell, added: outcome.added },
      });
      return this.view(em, id);
    });
  }

  addAction(actor: Actor, id: string, body: BreachActionDto, origin: RequestOrigin): Promise<BreachView> {
    const what = filled('what', body.what);
    return this.onOpen(actor, id, body.version, origin, async (em, row, audit) => {
      if (!(await changeBreach(em, id, body.version, {}, actor.userId))) throw staleVersion(await this.view(em, id));
      await insertBreachAction(em, { organisationId: actor.organisationId, breachId: id, what, userId: actor.userId, at: this.clock.now() });
      await audit({ action: 'breach.action_added', entityType: 'breach', entityId: id, detail: { reference: row.reference } });
      return this.view(em, id);
    });
  }

  close(actor: Actor, id: string, body: CloseBreachDto, origin: RequestOrigin): Promise<BreachView> {
    return this.onOpen(actor, id, body.version, origin, async (em, row, audit) => {
      const missing = missingBeforeClosing(row);
      if (missing.length) throw new ConflictException({ message: `Record ${missing.join(' and ')} before closing it.`, missing, current: await this.view(em, id) });
      if (!(await changeBreach(em, id, body.version, { closed_at: this.clock.now(), closed_by: actor.userId }, actor.userId))) throw staleVersion(await this.view(em, id));
      await audit({ action: 'breach.closed', entityType: 'breach', entityId: id, detail: { reference: row.reference } });
      return this.view(em, id);
    });
  }

  private onOpen<T>(actor: Actor, id: string, version: number, origin: RequestOrigin, task: (em: EntityManager, row: BreachRow, audit: AuditNow) => Promise<T>): Promise<T> {
    return this.work.run(actor, origin, async (em, audit) => {
      const row = await this.row(em, id);
      if (row.closedAt) throw new ConflictException({ message: CLOSED, current: await this.view(em, id) });
      if (row.version !== version) throw staleVersion(await this.view(em, id));
      return task(em, row, audit);
    });
  }

  private async row(em: EntityManager, id: string): Promise<BreachRow> {
    const row = await findBreach(em, id);
    if (!row) throw new OutOfScopeException('breach', id, false, NOT_FOUND);
    return row;
  }

  private async view(em: EntityManager, id: string): Promise<BreachView> {
    const [view] = await this.views(em, [await this.row(em, id)]);
    return view;
  }

  private async views(em: EntityManager, rows: BreachRow[]): Promise<BreachView[]> {
    const actions = await findBreachActions(em, rows.map((r) => r.id));
    const now = this.clock.now();
    return rows.map((r) => breachView(r, actions.filter((a) => a.breachId === r.id), now));
  }
}
