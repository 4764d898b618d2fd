import { BadRequestException, ConflictException, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { DataRequestView, MyDataRequest } from '@beside/shared/contracts';
import { londonToday } from '@beside/shared/util';
import { Clock } from '../../../common/clock';
import { OutOfScopeException } from '../../../common/out-of-scope.exception';
import { staleVersion } from '../../../database/versioned-update';
import { AuditedWork, type AuditNow } from '../../audit';
import type { Actor, RequestOrigin } from '../../authz';
import { notifyManagers } from '../../notifications';
import { findServiceUserIdForAccount } from '../../service-users';
import { approveErasure } from '../retention/erasure';
import { filled } from '../text';
import {
  answerDataRequest,
  decideDataRequest,
  extendDataRequest,
  findDataRequest,
  findDataRequests,
  findHerDataRequests,
  findServiceUserInOrganisation,
  insertDataRequest,
  type DataRequestRow,
} from './data-request.repository';
import { dataRequestView, myDataRequest } from './data-request.view';
import type { AnswerDataRequestDto, DataRequestsQueryDto, DecideDataRequestDto, ExtendDataRequestDto, MyDataRequestDto, RecordDataRequestDto } from './dto/data-request.dto';
import { requestDueOn } from './request-clock';

const NO_RECORD = 'We could not find your record with the service. Please ask your advocate.';
const NOT_FOUND = 'Data protection request not found';
const ANSWERED = 'This request has been answered: it can no longer change.';

/** Requests from her under UK GDPR Articles 15–21, each with its one-month clock (Article 12(3)). */
@Injectable()
export class DataRequestsService {
  constructor(
    private readonly work: AuditedWork,
    private readonly clock: Clock,
  ) {}

  /** Her request from her portal: received today, on her record; managers are told (no detail in the notification). */
  ask(actor: Actor, body: MyDataRequestDto, origin: RequestOrigin): Promise<MyDataRequest> {
    const details = filled('details', body.details);
    const receivedOn = this.today();
    return this.work.run(actor, origin, async (em, audit) => {
      const serviceUserId = await findServiceUserIdForAccount(em, actor.userId);
      if (!serviceUserId) throw new OutOfScopeException('service_user', actor.userId, false, NO_RECORD);
      const id = await insertDataRequest(em, { organisationId: actor.organisationId, serviceUserId, kind: body.kind, channel: 'portal', details, receivedOn, dueOn: requestDueOn(receivedOn), userId: actor.userId });
      await audit({ action: 'data_request.created', entityType: 'data_request', entityId: id, subjectId: serviceUserId, detail: { kind: body.kind, channel: 'portal' } });
      await notifyManagers(em, actor.organisationId, [], { kind: 'data_request.received', text: 'A new data protection request has arrived.', link: `/data-protection/requests/${id}` });
      return myDataRequest(await this.row(em, id));
    });
  }

  mine(actor: Actor, origin: RequestOrigin): Promise<MyDataRequest[]> {
    return this.work.run(actor, origin, async (em, audit) => {
      const serviceUserId = await findServiceUserIdForAccount(em, actor.userId);
      if (!serviceUserId) throw new OutOfScopeException('service_user', actor.userId, false, NO_RECORD);
      const rows = await findHerDataRequests(em, serviceUserId);
      await audit({ action: 'data_request.list', entityType: 'data_request', subjectId: serviceUserId, detail: { count: rows.length, ids: rows.map((r) => r.id) } });
      return rows.map(myDataRequest);
    });
  }

  /** A request made by letter, in person, by email or phone, recorded by a manager. */
  record(actor: Actor, body: RecordDataRequestDto, origin: RequestOrigin): Promise<DataRequestView> {
    const details = filled('details', body.details);
    if (body.receivedOn > this.today()) throw new BadRequestException(['receivedOn must not be in the future']);
    return this.work.run(actor, origin, async (em, audit) => {
      if (!(await findServiceUserInOrganisation(em, body.serviceUserId))) throw new OutOfScopeException('service_user', body.serviceUserId, false, 'Service user not found');
      const id = await insertDataRequest(em, {
        organisationId: actor.organisationId,
        serviceUserId: body.serviceUserId,
        kind: body.kind,
        channel: body.channel,
        details,
        receivedOn: body.receivedOn,
        dueOn: requestDueOn(body.receivedOn),
        userId: actor.userId,
      });
      await audit({ action: 'data_request.created', entityType: 'data_request', entityId: id, subjectId: body.serviceUserId, detail: { kind: body.kind, channel: body.channel } });
      return this.view(em, id);
    });
  }

  list(actor: Actor, query: DataRequestsQueryDto, origin: RequestOrigin): Promise<DataRequestView[]> {
    return this.work.run(actor, origin, async (em, audit) => {
      const rows = await findDataRequests(em, (query.status ?? 'open') === 'open');
      await audit({ action: 'data_request.list', entityType: 'data_request', detail: { count: rows.length, ids: rows.map((r) => r.id) } });
      const now = this.clock.now();
      return rows.map((r) => dataRequestView(r, now));
    });
  }

  read(actor: Actor, id: string, origin: RequestOrigin): Promise<DataRequestView> {
    return this.work.run(actor, origin, async (em, audit) => {
      const row = await this.row(em, id);
      await audit({ action: 'data_request.read', entityType: 'data_request', entityId: id, subjectId: row.serviceUserId });
      return dataRequestView(row, this.clock.now());
    });
  }

  /** Up to two further months for a complex request, once, with the reason; counted from receipt. */
  extend(actor: Actor, id: string, body: ExtendDataRequestDto, origin: RequestOrigin): Promise<DataRequestView> {
    const reason = filled('reason', body.reason);
    return this.onOpen(actor, id, body.version, origin, async (em, row, audit) => {
      if (row.extendedTo) throw new ConflictException({ message: `This request was already extended (to ${row.extendedTo}); the law allows one extension of up to two months.`, current: await this.view(em, id) });
      // ICO guidance: she is told of an extension, and why, within the first month.
      if (this.today() > row.dueOn) throw new ConflictException({ message: `The first month ended on ${row.dueOn}: an extension must be made within it.`, current: await this.view(em, id) });
      const extendedTo = requestDueOn(row.receivedOn, body.months);
      if (!(await extendDataRequest(em, id, body.version, { extendedTo, months: body.months, reason, userId: actor.userId }))) throw staleVersion(await this.view(em, id));
      await audit({ action: 'data_request.extended', entityType: 'data_request', entityId: id, subjectId: row.serviceUserId, detail: { months: body.months, extendedTo } });
      return this.view(em, id);
    });
  }

  decide(actor: Actor, id: string, body: DecideDataRequestDto, origin: RequestOrigin): Promise<DataRequestView> {
    const reason = filled('reason', body.reason);
    const exemptions = [...new Set(body.exemptions)];
    return this.onOpen(actor, id, body.version, origin, async (em, row, audit) => {
      if (!(await decideDataRequest(em, id, body.version, { decision: body.decision, reason, exemptions, userId: actor.userId }))) throw staleVersion(await this.view(em, id));
      await audit({ action: 'data_request.decided', entityType: 'data_request', entityId: id, subjectId: row.serviceUserId, detail: { decision: body.decision, exemptions, redecided: row.decision !== null } });
      // A granted erasure: her journeys are approved for the anonymisation job (or the whole decision is refused, nothing changed).
      if (row.kind === 'erasure' && body.decision === 'granted') await approveErasure(em, actor, row.serviceUserId, id, this.clock.now(), audit);
      return this.view(em, id);
    });
  }

  answer(actor: Actor, id: string, body: AnswerDataRequestDto, origin: RequestOrigin): Promise<DataRequestView> {
    const answer = filled('answer', body.answer);
    if (body.answeredOn > this.today()) throw new BadRequestException(['answeredOn must not be in the future']);
    return this.onOpen(actor, id, body.version, origin, async (em, row, audit) => {
      if (!row.decision) throw new ConflictException({ message: 'Record the decision, with its reason, before the answer.', current: await this.view(em, id) });
      if (body.answeredOn < row.receivedOn) throw new BadRequestException([`answeredOn must not be before the request was received (${row.receivedOn})`]);
      if (!(await answerDataRequest(em, id, body.version, { answeredOn: body.answeredOn, answer, userId: actor.userId }))) throw staleVersion(await this.view(em, id));
      const dueOn = row.extendedTo ?? row.dueOn;
      await audit({ action: 'data_request.answered', entityType: 'data_request', entityId: id, subjectId: row.serviceUserId, detail: { answeredOn: body.answeredOn, withinTime: body.answeredOn <= dueOn } });
      return this.view(em, id);
    });
  }

  private onOpen<T>(actor: Actor, id: string, version: number, origin: RequestOrigin, task: (em: EntityManager, row: DataRequestRow, audit: AuditNow) => Promise<T>): Promise<T> {
    return this.work.run(actor, origin, async (em, audit) => {
      const row = await this.row(em, id);
      if (row.status === 'answered') throw new ConflictException({ message: ANSWERED, current: dataRequestView(row, this.clock.now()) });
      if (row.version !== version) throw staleVersion(dataRequestView(row, this.clock.now()));
      return task(em, row, audit);
    });
  }

  private async row(em: EntityManager, id: string): Promise<DataRequestRow> {
    const row = await findDataRequest(em, id);
    if (!row) throw new OutOfScopeException('data_request', id, false, NOT_FOUND);
    return row;
  }

  private async view(em: EntityManager, id: string): Promise<DataRequestView> {
    return dataRequestView(await this.row(em, id), this.clock.now());
  }

  private today(): string {
    return londonToday(this.clock.now());
  }
}
