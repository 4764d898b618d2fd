import { NotFoundException } from '@nestjs/common';
import { ReadOnlyAccessException } from '../../common/read-only-access.exception';
import * as intent from '../../common/request-intent';
import { actorOf, em } from '../../testing/service-fakes';
import { JourneyAccess } from './journey.access';
import { JourneyRecordAccess } from './journey-record.access';
import * as journeys from './journey.repository';

jest.mock('./journey.repository');
jest.mock('../../common/request-intent');

const repo = jest.mocked(journeys);
const scopeRow = (over: Partial<journeys.JourneyScopeRow> = {}): journeys.JourneyScopeRow => ({
  id: 'j1',
  service_user_id: 'su1',
  primary_advocate_id: 'advocate-1',
  secondary_advocate_id: null,
  account_id: 'her-account',
  grant_expires_at: null,
  grant_allows_write: null,
  grant_reason_category: null,
  ...over,
});
const grant = (allowsWrite: boolean) => scopeRow({ grant_expires_at: new Date('2026-01-01T12:00:00Z'), grant_allows_write: allowsWrite, grant_reason_category: allowsWrite ? 'immediate_risk' : 'her_request' });

describe('JourneyAccess', () => {
  const sut = new JourneyAccess();
  beforeEach(() => {
    jest.resetAllMocks();
    jest.mocked(intent.requestWrites).mockReturnValue(true);
  });

  it('should answer the same 404 for a missing journey and one out of reach', async () => {
    repo.findJourneyScope.mockResolvedValueOnce(null).mockResolvedValueOnce(scopeRow());
    const missing = await sut.require(em, actorOf('advocate', 'advocate-2'), 'j1').catch((e: unknown) => e);
    const outOfReach = await sut.require(em, actorOf('advocate', 'advocate-2'), 'j1').catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(NotFoundException);
    expect(outOfReach).toBeInstanceOf(NotFoundException);
    expect((missing as NotFoundException).getResponse()).toEqual((outOfReach as NotFoundException).getResponse());
  });

  it('should let her assigned advocate, any manager, and the woman herself in', async () => {
    repo.findJourneyScope.mockResolvedValue(scopeRow());
    expect((await sut.require(em, actorOf('advocate', 'advocate-1'), 'j1')).access).toBe('assigned');
    expect((await sut.require(em, actorOf('manager'), 'j1')).access).toBe('organisation');
    expect((await sut.require(em, actorOf('service_user', 'her-account'), 'j1')).access).toBe('own');
    await expect(sut.require(em, actorOf('service_user', 'someone-else'), 'j1')).rejects.toBeInstanceOf(NotFoundException);
  });

  it('should refuse a change under a break-the-glass grant for reading only', async () => {
    repo.findJourneyScope.mockResolvedValue(grant(false));
    await expect(sut.require(em, actorOf('advocate', 'advocate-2'), 'j1')).rejects.toBeInstanceOf(ReadOnlyAccessException);
  });

  it('should still let a read-only grant read, and raise a concern', async () => {
    repo.findJourneyScope.mockResolvedValue(grant(false));
    await expect(sut.require(em, actorOf('advocate', 'advocate-2'), 'j1', 'raise_concern')).resolves.toMatchObject({ access: 'break_glass' });
    jest.mocked(intent.requestWrites).mockReturnValue(false);
    expect(await sut.require(em, actorOf('advocate', 'advocate-2'), 'j1')).toEqual({
      id: 'j1',
      serviceUserId: 'su1',
      access: 'break_glass',
      emergencyAccess: { expiresAt: '2026-01-01T12:00:00.000Z', allowsWrite: false, reasonCategory: 'her_request' },
    });
  });

  it('should allow a change under a grant whose kind of reason needs changes', async () => {
    repo.findJourneyScope.mockResolvedValue(grant(true));
    await expect(sut.require(em, actorOf('advocate', 'advocate-2'), 'j1')).resolves.toMatchObject({ emergencyAccess: { allowsWrite: true } });
  });
});

describe('JourneyRecordAccess', () => {
  const sut = new JourneyRecordAccess(new JourneyAccess());
  beforeEach(() => {
    jest.resetAllMocks();
    jest.mocked(intent.requestWrites).mockReturnValue(true);
  });

  it('should answer 404 in the record’s own words for an unknown record', async () => {
    repo.findRecordJourneyId.mockResolvedValue(null);
    await expect(sut.require(em, actorOf('manager'), 'step', 's1')).rejects.toThrow('Step not found');
    expect(repo.findJourneyScope).not.toHaveBeenCalled();
  });

  it('should answer the same 404 for a record whose journey is out of reach', async () => {
    repo.findRecordJourneyId.mockResolvedValue('j1');
    repo.findJourneyScope.mockResolvedValue(scopeRow());
    await expect(sut.require(em, actorOf('advocate', 'advocate-2'), 'goal', 'g1')).rejects.toThrow('Goal not found');
  });
});
