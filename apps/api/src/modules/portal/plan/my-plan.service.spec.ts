import { ForbiddenException } from '@nestjs/common';
import * as versioned from '../../../database/versioned-update';
import { actorOf, fakeJourneyWork, origin } from '../../../testing/service-fakes';
import { goalRow, stepRow } from '../../../testing/plan-rows';
import type { GoalRow, StepRow } from '../../plans';
import * as plans from '../../plans';
import type { PortalScope } from '../portal.access';
import { PortalWork } from '../portal-work';
import * as mine from './my-plan.repository';
import { MyPlanService } from './my-plan.service';
import { WrittenByStaffException } from './written-by-staff.exception';

jest.mock('../../plans', () => ({
  ...jest.requireActual('../../plans'),
  findGoals: jest.fn(),
  findGoal: jest.fn(),
  findStep: jest.fn(),
  insertStep: jest.fn(),
  deleteStepAtVersion: jest.fn(),
}));
jest.mock('./my-plan.repository', () => ({ ...jest.requireActual('./my-plan.repository'), authorOf: jest.fn(), findSharedNotes: jest.fn(), findCheckIns: jest.fn() }));
jest.mock('../../journeys', () => ({ findPlanReviewDate: jest.fn() }));
jest.mock('../../../database/versioned-update', () => ({ ...jest.requireActual('../../../database/versioned-update'), versionedUpdate: jest.fn() }));

const repo = jest.mocked(plans);
const versionedUpdate = jest.mocked(versioned.versionedUpdate);
const authorOf = jest.mocked(mine.authorOf);

const her = actorOf('service_user', 'her-account');
const scope = { id: 'j1', serviceUserId: 'su1', access: 'own' as const };
const step = (over: Partial<StepRow> = {}) => stepRow(over);
const goal = (over: Partial<GoalRow> = {}) => goalRow({ createdBy: 'her-account', steps: [stepRow(), stepRow({ id: 's2', createdBy: 'her-account' })], ...over });

function setup() {
  const portal = { journey: jest.fn().mockResolvedValue({ journeyId: 'j1', serviceUserId: 'su1' }), serviceUser: jest.fn() };
  const { work, records, audit, audited } = fakeJourneyWork(scope);
  const sut = new MyPlanService(new PortalWork(audited, portal as unknown as PortalScope), work);
  return { sut, portal, records, audit };
}

describe('MyPlanService', () => {
  beforeEach(() => jest.resetAllMocks());

  it('should show her goals from the one projection: who wrote each as her or staff, no ids of authors, no journey id', async () => {
    const { sut } = setup();
    const { findPlanReviewDate } = jest.requireMock<{ findPlanReviewDate: jest.Mock }>('../../journeys');
    findPlanReviewDate.mockResolvedValue(null);
    repo.findGoals.mockResolvedValue([goal()]);
    jest.mocked(mine.findSharedNotes).mockResolvedValue([]);
    jest.mocked(mine.findCheckIns).mockResolvedValue([]);
    const plan = await sut.plan(her, {}, origin);
    expect(repo.findGoals).toHaveBeenCalledWith(expect.anything(), 'journey', 'j1', 500);
    expect(plan.goals).toEqual([
      {
        id: 'g1',
        words: 'A home of my own',
        category: 'housing',
        targetDate: null,
        status: 'open',
        writtenBy: 'her',
        steps: [
          { id: 's1', goalId: 'g1', description: 'Ring the GP', owner: 'her', dueDate: null, done: false, doneAt: null, writtenBy: 'staff', version: 1 },
          { id: 's2', goalId: 'g1', description: 'Ring the GP', owner: 'her', dueDate: null, done: false, doneAt: null, writtenBy: 'her', version: 1 },
        ],
        version: 1,
      },
    ]);
  });

  it('should refuse (403) a change to a goal staff wrote, writing nothing', async () => {
    const { sut, audit } = setup();
    authorOf.mockResolvedValue('advocate-1');
    await expect(sut.updateGoal(her, 'g1', { words: 'Mine', version: 1 }, origin)).rejects.toBeInstanceOf(WrittenByStaffException);
    expect(versionedUpdate).not.toHaveBeenCalled();
    expect(audit.events).toEqual([]);
  });

  it('should let her tick a step staff wrote, but not reword it', async () => {
    const { sut, audit } = setup();
    authorOf.mockResolvedValue('advocate-1');
    repo.findStep.mockResolvedValue(step());
    versionedUpdate.mockResolvedValue({ id: 's1', version: 2 });
    await expect(sut.updateStep(her, 's1', { done: true, version: 1 }, origin)).resolves.toMatchObject({ writtenBy: 'staff' });
    expect(audit.events).toEqual([{ action: 'step.updated', entityType: 'step', entityId: 's1', subjectId: 'su1', detail: { fields: ['done'] } }]);
    await expect(sut.updateStep(her, 's1', { description: 'Mine', version: 2 }, origin)).rejects.toBeInstanceOf(ForbiddenException);
  });

  it('should make a step she adds hers to do unless she says otherwise, audited as step.created', async () => {
    const { sut, audit } = setup();
    repo.insertStep.mockResolvedValue('s3');
    repo.findStep.mockResolvedValue(step({ id: 's3', createdBy: 'her-account' }));
    expect(await sut.createStep(her, 'g1', { description: 'Ring the GP' }, origin)).toMatchObject({ id: 's3', writtenBy: 'her' });
    expect(repo.insertStep).toHaveBeenCalledWith(expect.anything(), her, { goalId: 'g1', journeyId: 'j1' }, { description: 'Ring the GP', owner: 'her' });
    expect(audit.events).toEqual([{ action: 'step.created', entityType: 'step', entityId: 's3', subjectId: 'su1', detail: { goalId: 'g1', fields: ['description'] } }]);
  });

  it('should refuse to remove a step staff wrote, and answer 409 for one she wrote at a stale version', async () => {
    const { sut } = setup();
    authorOf.mockResolvedValueOnce('advocate-1').mockResolvedValueOnce('her-account');
    await expect(sut.removeStep(her, 's1', { version: 1 }, origin)).rejects.toBeInstanceOf(WrittenByStaffException);
    repo.findStep.mockResolvedValue(step({ createdBy: 'her-account', version: 2 }));
    repo.deleteStepAtVersion.mockResolvedValue(false);
    await expect(sut.removeStep(her, 's1', { version: 1 }, origin)).rejects.toMatchObject({ response: { current: { id: 's1', version: 2, writtenBy: 'her' } } });
  });
});
