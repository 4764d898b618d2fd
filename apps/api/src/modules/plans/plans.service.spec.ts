import { ConflictException } from '@nestjs/common';
import { OutOfScopeException } from '../../common/out-of-scope.exception';
import { STALE_VERSION_MESSAGE } from '../../database/versioned-update';
import * as versioned from '../../database/versioned-update';
import { actorOf, expectRefusedOutOfReach, fakeJourneyWork, origin } from '../../testing/service-fakes';
import { goalRow, stepRow } from '../../testing/plan-rows';
import * as plans from './plan.repository';
import { PlansService } from './plans.service';

jest.mock('./plan.repository');
jest.mock('../journeys', () => ({ ...jest.requireActual('../journeys'), findPlanReviewDate: jest.fn() }));
jest.mock('../../database/versioned-update', () => ({ ...jest.requireActual('../../database/versioned-update'), versionedUpdate: jest.fn() }));

const repo = jest.mocked(plans);
const versionedUpdate = jest.mocked(versioned.versionedUpdate);
const { findPlanReviewDate } = jest.requireMock<{ findPlanReviewDate: jest.Mock }>('../journeys');

const scope = { id: 'j1', serviceUserId: 'su1', access: 'assigned' as const };
const step = stepRow;
const goal = goalRow;

function setup() {
  const { work, ...fakes } = fakeJourneyWork(scope);
  return { sut: new PlansService(work), ...fakes };
}

describe('PlansService', () => {
  beforeEach(() => jest.resetAllMocks());

  it('should answer the plan as staff see it (no authors’ ids), audited as plan.read naming the goals', async () => {
    const { sut, audit } = setup();
    findPlanReviewDate.mockResolvedValue('2026-02-01');
    repo.findGoals.mockResolvedValue([goal()]);
    const plan = await sut.plan(actorOf('advocate'), 'j1', origin);
    expect(repo.findGoals).toHaveBeenCalledWith(expect.anything(), 'journey', 'j1', 200);
    expect(plan.reviewDate).toBe('2026-02-01');
    expect(plan.goals[0]).not.toHaveProperty('createdBy');
    expect(plan.goals[0].steps[0]).not.toHaveProperty('createdBy');
    expect(audit.events).toEqual([{ action: 'plan.read', entityType: 'plan', entityId: 'j1', subjectId: 'su1', detail: { goalIds: ['g1'] } }]);
  });

  it('should refuse a goal on a journey out of reach, writing nothing', async () => {
    const { sut, journeys, audit } = setup();
    await expectRefusedOutOfReach(journeys, () => sut.createGoal(actorOf('advocate'), 'j1', { words: 'x', category: 'housing' }, origin), repo.insertGoal, audit);
  });

  it('should create a goal for her journey, audited as goal.created with the fields sent', async () => {
    const { sut, audit } = setup();
    repo.insertGoal.mockResolvedValue('g1');
    repo.findGoal.mockResolvedValue(goal());
    const made = await sut.createGoal(actorOf('advocate'), 'j1', { words: 'A home of my own', category: 'housing' }, origin);
    expect(made).not.toHaveProperty('createdBy');
    expect(repo.insertGoal).toHaveBeenCalledWith(expect.anything(), expect.objectContaining({ userId: 'advocate-1' }), { journeyId: 'j1', serviceUserId: 'su1' }, expect.objectContaining({ words: 'A home of my own' }));
    expect(audit.events).toEqual([{ action: 'goal.created', entityType: 'goal', entityId: 'g1', subjectId: 'su1', detail: { fields: ['words', 'category'] } }]);
  });

  it('should answer 404 for an unknown step', async () => {
    const { sut, records } = setup();
    records.require.mockRejectedValue(new OutOfScopeException('step', 's9', false, 'Step not found'));
    await expect(sut.updateStep(actorOf('advocate'), 's9', { done: true, version: 1 }, origin)).rejects.toThrow('Step not found');
    expect(versionedUpdate).not.toHaveBeenCalled();
  });

  it('should answer 409 with the goal as it is now when the version is stale', async () => {
    const { sut, audit } = setup();
    versionedUpdate.mockResolvedValue(null);
    repo.findGoal.mockResolvedValue(goal({ version: 2 }));
    const refusal = await sut.updateGoal(actorOf('advocate'), 'g1', { words: 'Mine', version: 1 }, origin).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(ConflictException);
    expect((refusal as ConflictException).getResponse()).toMatchObject({ message: STALE_VERSION_MESSAGE, current: { id: 'g1', version: 2 } });
    expect((refusal as ConflictException).getResponse()).not.toHaveProperty('current.createdBy');
    expect(audit.events).toEqual([]);
  });

  it('should keep when a step was first done when it is ticked done again', async () => {
    const { sut, audit } = setup();
    repo.findStep.mockResolvedValue(step({ done: true, doneAt: '2026-01-01T10:00:00.000Z' }));
    versionedUpdate.mockResolvedValue({ id: 's1', version: 2 });
    await sut.updateStep(actorOf('advocate'), 's1', { done: true, version: 1 }, origin);
    expect(versionedUpdate).toHaveBeenCalledWith(expect.anything(), 'step', 's1', 1, {}, 'advocate-1');
    expect(audit.events).toEqual([{ action: 'step.updated', entityType: 'step', entityId: 's1', subjectId: 'su1', detail: { fields: ['done'] } }]);
  });

  it('should mark a step done now, by whoever ticked it', async () => {
    const { sut } = setup();
    repo.findStep.mockResolvedValue(step());
    versionedUpdate.mockResolvedValue({ id: 's1', version: 2 });
    await sut.updateStep(actorOf('advocate'), 's1', { done: true, version: 1 }, origin);
    expect(versionedUpdate).toHaveBeenCalledWith(expect.anything(), 'step', 's1', 1, { done_at: expect.any(Date), done_by: 'advocate-1' }, 'advocate-1');
  });

  it('should refuse (409) to remove a step she has asked to change', async () => {
    const { sut } = setup();
    repo.findStep.mockResolvedValue(step());
    repo.hasPendingProposal.mockResolvedValue(true);
    await expect(sut.removeStep(actorOf('advocate'), 's1', { version: 1 }, origin)).rejects.toThrow(/Answer her request/);
    expect(repo.deleteStepAtVersion).not.toHaveBeenCalled();
  });

  it('should refuse (409) to remove a step at a stale version, answering the step as it is now', async () => {
    const { sut, audit } = setup();
    repo.findStep.mockResolvedValue(step({ version: 3 }));
    repo.hasPendingProposal.mockResolvedValue(false);
    repo.deleteStepAtVersion.mockResolvedValue(false);
    await expect(sut.removeStep(actorOf('advocate'), 's1', { version: 1 }, origin)).rejects.toMatchObject({ response: { current: { id: 's1', version: 3 } } });
    expect(audit.events).toEqual([]);
  });

  it('should remove a step, audited as step.deleted with its goal', async () => {
    const { sut, audit } = setup();
    repo.findStep.mockResolvedValue(step());
    repo.hasPendingProposal.mockResolvedValue(false);
    repo.deleteStepAtVersion.mockResolvedValue(true);
    await sut.removeStep(actorOf('advocate'), 's1', { version: 1 }, origin);
    expect(audit.events).toEqual([{ action: 'step.deleted', entityType: 'step', entityId: 's1', subjectId: 'su1', detail: { goalId: 'g1' } }]);
  });

  it('should page check-ins newest first with a cursor when there are more', async () => {
    const { sut, audit } = setup();
    const checkIn = (id: string) => ({ id, confidence: 5, words: null, recordedAt: '2026-01-01', cursor_at: `2026-01-0${id.slice(1)}` });
    repo.findCheckInPage.mockResolvedValue([checkIn('c1'), checkIn('c2')]);
    const page = await sut.checkIns(actorOf('advocate'), 'j1', { limit: 1 }, origin);
    expect(repo.findCheckInPage).toHaveBeenCalledWith(expect.anything(), 'j1', null, 2);
    expect(page.items).toEqual([{ id: 'c1', confidence: 5, words: null, recordedAt: '2026-01-01' }]);
    expect(page.nextCursor).not.toBeNull();
    expect(audit.events).toEqual([{ action: 'check_in.list', entityType: 'check_in', subjectId: 'su1', detail: { journeyId: 'j1', count: 1, ids: ['c1'] } }]);
  });
});
