import { BadRequestException, ConflictException, ForbiddenException, NotFoundException } from '@nestjs/common';
import type { ConcernActionView } from '@beside/shared/contracts';
import { OutOfScopeException } from '../../../common/out-of-scope.exception';
import { concernDetail, NOW, safeguardingFakes } from '../../../testing/concern-views';
import { actorOf, origin } from '../../../testing/service-fakes';
import * as concerns from './concern.repository';
import { ConcernWorkflowService } from './concern-workflow.service';
import { ConcernsService } from './concerns.service';
import { AddConcernActionDto, ConcernTransitionDto } from './dto/concern.dto';

jest.mock('./concern.repository');

const repo = jest.mocked(concerns);

function setup() {
  const { uow, audit, clock } = safeguardingFakes();
  const scope = { requireVisible: jest.fn() };
  return { sut: new ConcernWorkflowService(uow, scope as unknown as ConcernsService, audit, clock), scope, audit };
}

const transition = (body: Partial<ConcernTransitionDto>): ConcernTransitionDto => Object.assign(new ConcernTransitionDto(), { note: ' Seen ', version: 1, ...body });

const action = (overrides: Partial<ConcernActionView> = {}): ConcernActionView => ({
  id: 'a1',
  description: 'Call her',
  owner: { id: 'advocate-2', name: 'Another advocate' },
  dueOn: '2031-03-10',
  overdue: false,
  doneAt: null,
  doneBy: null,
  doneNote: null,
  createdAt: NOW.toISOString(),
  createdBy: { id: 'manager-1', name: 'A manager' },
  ...overrides,
});

describe('ConcernWorkflowService', () => {
  beforeEach(() => jest.resetAllMocks());

  describe('transition', () => {
    it('should refuse what a status change does not take, naming each field, before reading anything', async () => {
      const { sut, scope } = setup();
      const refusal = sut.transition(actorOf('manager'), 'c1', transition({ to: 'closed', severity: 'low' }), origin);
      await expect(refusal).rejects.toBeInstanceOf(BadRequestException);
      await expect(refusal).rejects.toMatchObject({
        response: {
          message: [
            'outcome is required to close a concern',
            'outcomeForRaiser is required to close a concern: what the person who raised it is told',
            'severity can only be set at triage',
          ],
        },
      });
      expect(scope.requireVisible).not.toHaveBeenCalled();
    });

    it('should refuse to refer a concern without saying to whom', async () => {
      const { sut } = setup();
      await expect(sut.transition(actorOf('manager'), 'c1', transition({ to: 'referred' }), origin)).rejects.toBeInstanceOf(BadRequestException);
    });

    it('should answer a concern out of reach with its 404 and change nothing', async () => {
      const { sut, scope, audit } = setup();
      scope.requireVisible.mockRejectedValue(new OutOfScopeException('concern', 'c1', true, 'Concern not found'));
      await expect(sut.transition(actorOf('advocate'), 'c1', transition({ to: 'triaged' }), origin)).rejects.toBeInstanceOf(NotFoundException);
      expect(repo.updateConcernStatus).not.toHaveBeenCalled();
      expect(audit.events).toEqual([]);
    });

    it('should refuse a stale version with 409 and the concern as it is now', async () => {
      const { sut, scope } = setup();
      scope.requireVisible.mockResolvedValue(concernDetail({ version: 2 }));
      await expect(sut.transition(actorOf('manager'), 'c1', transition({ to: 'triaged', version: 1 }), origin)).rejects.toMatchObject({
        status: 409,
        response: { current: expect.objectContaining({ version: 2 }) },
      });
      expect(repo.updateConcernStatus).not.toHaveBeenCalled();
    });

    it('should refuse a move the workflow does not allow from the current status with 409, naming the moves it allows', async () => {
      const { sut, scope } = setup();
      scope.requireVisible.mockResolvedValue(concernDetail({ status: 'raised' }));
      const refusal = sut.transition(actorOf('manager'), 'c1', transition({ to: 'referred', referredTo: 'Police' }), origin);
      await expect(refusal).rejects.toBeInstanceOf(ConflictException);
      await expect(refusal).rejects.toMatchObject({ response: { message: 'A raised concern cannot move to referred; it can move to triaged.' } });
      expect(repo.updateConcernStatus).not.toHaveBeenCalled();
    });

    it('should refuse any move of a closed concern', async () => {
      const { sut, scope } = setup();
      scope.requireVisible.mockResolvedValue(concernDetail({ status: 'closed' }));
      await expect(sut.transition(actorOf('manager'), 'c1', transition({ to: 'action' }), origin)).rejects.toMatchObject({
        response: { message: 'This concern is closed; it cannot move to action.' },
      });
    });

    it('should refuse with 409 when someone changed the concern between the read and the write', async () => {
      const { sut, scope, audit } = setup();
      scope.requireVisible.mockResolvedValue(concernDetail());
      repo.updateConcernStatus.mockResolvedValue(false);
      repo.findConcernDetail.mockResolvedValue(concernDetail({ version: 2, status: 'triaged' }));
      await expect(sut.transition(actorOf('manager'), 'c1', transition({ to: 'triaged' }), origin)).rejects.toMatchObject({ status: 409 });
      expect(repo.insertConcernEvent).not.toHaveBeenCalled();
      expect(audit.events).toEqual([]);
    });

    it('should triage with a new severity, record the history line and audit concern.updated with the fields changed', async () => {
      const { sut, scope, audit } = setup();
      scope.requireVisible.mockResolvedValue(concernDetail({ confidentialFromSubject: true }));
      repo.updateConcernStatus.mockResolvedValue(true);
      repo.getConcernDetail.mockResolvedValue(concernDetail({ status: 'triaged', version: 2 }));
      const answer = await sut.transition(actorOf('manager'), 'c1', transition({ to: 'triaged', severity: 'immediate' }), origin);
      expect(answer).toMatchObject({ status: 'triaged', version: 2 });
      expect(repo.updateConcernStatus).toHaveBeenCalledWith(expect.anything(), expect.objectContaining({ concernId: 'c1', version: 1, to: 'triaged', at: NOW, by: 'manager-1', severity: 'immediate' }));
      expect(repo.insertConcernEvent).toHaveBeenCalledWith(expect.anything(), expect.objectContaining({ from: 'raised', to: 'triaged', note: 'Seen', at: NOW, by: 'manager-1' }));
      expect(audit.events).toEqual([
        { action: 'concern.updated', entityType: 'concern', entityId: 'c1', subjectId: 'su1', detail: { fields: ['status', 'note', 'severity'], from: 'raised', to: 'triaged', confidentialFromSubject: true } },
      ]);
    });

    it('should close with the outcome and what the raiser is told, trimmed', async () => {
      const { sut, scope, audit } = setup();
      scope.requireVisible.mockResolvedValue(concernDetail({ status: 'referred' }));
      repo.updateConcernStatus.mockResolvedValue(true);
      repo.getConcernDetail.mockResolvedValue(concernDetail({ status: 'closed' }));
      await sut.transition(actorOf('manager'), 'c1', transition({ to: 'closed', outcome: ' Safe now ', outcomeForRaiser: ' Dealt with ' }), origin);
      expect(repo.updateConcernStatus).toHaveBeenCalledWith(expect.anything(), expect.objectContaining({ to: 'closed', outcome: 'Safe now', outcomeForRaiser: 'Dealt with' }));
      expect(audit.events[0].detail).toMatchObject({ fields: ['status', 'note', 'outcome', 'outcomeForRaiser'] });
    });
  });

  describe('addAction', () => {
    const body = Object.assign(new AddConcernActionDto(), { description: ' Call her ', ownerId: 'advocate-2', dueOn: '2031-03-10' });

    it('should refuse an owner who cannot see the concern (or whom it is about), adding nothing', async () => {
      const { sut, scope, audit } = setup();
      scope.requireVisible.mockResolvedValue(concernDetail({ status: 'triaged' }));
      repo.canOwnAction.mockResolvedValue(false);
      await expect(sut.addAction(actorOf('manager'), 'c1', body, origin)).rejects.toBeInstanceOf(BadRequestException);
      expect(repo.canOwnAction).toHaveBeenCalledWith(expect.anything(), 'c1', 'advocate-2');
      expect(repo.insertConcernAction).not.toHaveBeenCalled();
      expect(audit.events).toEqual([]);
    });

    it('should refuse an action on a closed concern with 409', async () => {
      const { sut, scope } = setup();
      scope.requireVisible.mockResolvedValue(concernDetail({ status: 'closed' }));
      await expect(sut.addAction(actorOf('manager'), 'c1', body, origin)).rejects.toBeInstanceOf(ConflictException);
      expect(repo.canOwnAction).not.toHaveBeenCalled();
    });

    it('should add the action and audit concern_action.created naming its owner', async () => {
      const { sut, scope, audit } = setup();
      scope.requireVisible.mockResolvedValue(concernDetail({ status: 'triaged' }));
      repo.canOwnAction.mockResolvedValue(true);
      repo.insertConcernAction.mockResolvedValue('a1');
      repo.getConcernDetail.mockResolvedValue(concernDetail({ status: 'triaged', actions: [action()] }));
      await sut.addAction(actorOf('manager'), 'c1', body, origin);
      expect(repo.insertConcernAction).toHaveBeenCalledWith(expect.anything(), expect.objectContaining({ concernId: 'c1', description: 'Call her', ownerId: 'advocate-2', at: NOW, by: 'manager-1' }));
      expect(audit.events).toEqual([
        { action: 'concern_action.created', entityType: 'concern_action', entityId: 'a1', subjectId: 'su1', detail: { concernId: 'c1', fields: ['description', 'ownerId', 'dueOn'], ownerId: 'advocate-2' } },
      ]);
    });
  });

  describe('completeAction', () => {
    it('should refuse an action that is not this concern’s', async () => {
      const { sut, scope } = setup();
      scope.requireVisible.mockResolvedValue(concernDetail({ actions: [action()] }));
      await expect(sut.completeAction(actorOf('manager'), 'c1', 'a9', {}, origin)).rejects.toBeInstanceOf(BadRequestException);
    });

    it('should refuse an advocate who does not own the action with 403', async () => {
      const { sut, scope } = setup();
      scope.requireVisible.mockResolvedValue(concernDetail({ actions: [action()] }));
      await expect(sut.completeAction(actorOf('advocate'), 'c1', 'a1', {}, origin)).rejects.toBeInstanceOf(ForbiddenException);
      expect(repo.markConcernActionDone).not.toHaveBeenCalled();
    });

    it('should refuse an action already done with 409', async () => {
      const { sut, scope, audit } = setup();
      scope.requireVisible.mockResolvedValue(concernDetail({ actions: [action()] }));
      repo.markConcernActionDone.mockResolvedValue(false);
      await expect(sut.completeAction(actorOf('advocate', 'advocate-2'), 'c1', 'a1', {}, origin)).rejects.toBeInstanceOf(ConflictException);
      expect(audit.events).toEqual([]);
    });

    it('should let a manager mark any action done, audited with the note named but not its text', async () => {
      const { sut, scope, audit } = setup();
      scope.requireVisible.mockResolvedValue(concernDetail({ actions: [action()] }));
      repo.markConcernActionDone.mockResolvedValue(true);
      repo.getConcernDetail.mockResolvedValue(concernDetail());
      await sut.completeAction(actorOf('manager'), 'c1', 'a1', { note: ' Called ' }, origin);
      expect(repo.markConcernActionDone).toHaveBeenCalledWith(expect.anything(), 'a1', NOW, 'manager-1', 'Called');
      expect(audit.events).toEqual([
        { action: 'concern_action.updated', entityType: 'concern_action', entityId: 'a1', subjectId: 'su1', detail: { concernId: 'c1', fields: ['done', 'note'] } },
      ]);
    });
  });
});
