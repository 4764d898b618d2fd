import { BadRequestException, ConflictException } from '@nestjs/common';
import type { JourneyDetail } from '@beside/shared/contracts';
import { STALE_VERSION_MESSAGE } from '../../database/versioned-update';
import * as versioned from '../../database/versioned-update';
import { actorOf, fakeAudit, fakeUnitOfWork, origin } from '../../testing/service-fakes';
import type { ServiceUserAccess } from '../service-users';
import { insertServiceUser } from '../service-users';
import type { IntakeDto } from './dto/intake.dto';
import type { JourneyAccess } from './journey.access';
import { JourneyLifecycleService } from './journey-lifecycle.service';
import * as journeys from './journey.repository';

jest.mock('./journey.repository');
jest.mock('../service-users', () => ({ insertServiceUser: jest.fn() }));
jest.mock('../../database/versioned-update', () => ({ ...jest.requireActual('../../database/versioned-update'), versionedUpdate: jest.fn() }));

const repo = jest.mocked(journeys);
const versionedUpdate = jest.mocked(versioned.versionedUpdate);

function setup() {
  const access = { require: jest.fn().mockResolvedValue({ id: 'j1', serviceUserId: 'su1', access: 'assigned' }) };
  const serviceUsers = { require: jest.fn() };
  const audit = fakeAudit();
  const sut = new JourneyLifecycleService(fakeUnitOfWork(), access as unknown as JourneyAccess, serviceUsers as unknown as ServiceUserAccess, audit);
  return { sut, access, serviceUsers, audit };
}

const detail = (over: Partial<JourneyDetail> = {}) => ({ id: 'j1', serviceUserId: 'su1', status: 'active', version: 3, ...over }) as JourneyDetail;

const intake = (over: Partial<IntakeDto> = {}): IntakeDto => ({
  serviceUser: { name: 'Rosa' },
  referralSource: 'self',
  referralDate: '2026-01-05',
  referralReason: '  Housing  ',
  primaryAdvocateId: 'advocate-1',
  ...over,
});

describe('JourneyLifecycleService', () => {
  beforeEach(() => jest.resetAllMocks());

  describe('intake', () => {
    it('should refuse serviceUser sent with serviceUserId', async () => {
      const { sut } = setup();
      await expect(sut.intake(actorOf('manager'), intake({ serviceUserId: 'su1' }), origin)).rejects.toBeInstanceOf(BadRequestException);
    });

    it('should refuse the same advocate twice', async () => {
      const { sut } = setup();
      await expect(sut.intake(actorOf('manager'), intake({ secondaryAdvocateId: 'advocate-1' }), origin)).rejects.toBeInstanceOf(BadRequestException);
    });

    it('should refuse an advocate allocating a referral to someone else', async () => {
      const { sut } = setup();
      await expect(sut.intake(actorOf('advocate', 'advocate-2'), intake(), origin)).rejects.toMatchObject({
        response: { message: ['primaryAdvocateId: an advocate takes a referral onto her own caseload; a manager allocates to others'] },
      });
      expect(repo.insertJourney).not.toHaveBeenCalled();
    });

    it('should refuse an advocate who is not active in the organisation', async () => {
      const { sut } = setup();
      repo.findActiveAdvocateIds.mockResolvedValue(new Set());
      await expect(sut.intake(actorOf('manager'), intake(), origin)).rejects.toMatchObject({
        response: { message: ['primaryAdvocateId must be an active advocate in your organisation'] },
      });
    });

    it('should refuse (409) a second open journey for a known service user', async () => {
      const { sut, serviceUsers } = setup();
      repo.findActiveAdvocateIds.mockResolvedValue(new Set(['advocate-1']));
      repo.hasOpenJourney.mockResolvedValue(true);
      await expect(sut.intake(actorOf('manager'), intake({ serviceUser: undefined, serviceUserId: 'su1' }), origin)).rejects.toBeInstanceOf(ConflictException);
      expect(serviceUsers.require).toHaveBeenCalled();
      expect(repo.insertJourney).not.toHaveBeenCalled();
    });

    it('should create her and the journey, audited as service_user.created and journey.created', async () => {
      const { sut, audit } = setup();
      repo.findActiveAdvocateIds.mockResolvedValue(new Set(['advocate-1']));
      jest.mocked(insertServiceUser).mockResolvedValue('su9');
      repo.insertJourney.mockResolvedValue('j9');
      repo.findJourneyDetail.mockResolvedValue(detail({ id: 'j9', serviceUserId: 'su9', status: 'referred' }));
      expect(await sut.intake(actorOf('manager'), intake(), origin)).toMatchObject({ id: 'j9', status: 'referred' });
      expect(repo.insertJourney).toHaveBeenCalledWith(expect.anything(), expect.objectContaining({ serviceUserId: 'su9', referralReason: 'Housing', secondaryAdvocateId: null }));
      expect(audit.events.map((e) => [e.action, e.entityId])).toEqual([
        ['service_user.created', 'su9'],
        ['journey.created', 'j9'],
      ]);
    });
  });

  describe('update', () => {
    it('should answer 409 with the journey as it is now when the version is stale', async () => {
      const { sut, audit } = setup();
      versionedUpdate.mockResolvedValue(null);
      repo.findJourneyDetail.mockResolvedValue(detail({ version: 4 }));
      await expect(sut.update(actorOf('advocate'), 'j1', { planReviewDate: '2026-03-01', version: 3 }, origin)).rejects.toMatchObject({
        response: { message: STALE_VERSION_MESSAGE, current: { version: 4 } },
      });
      expect(audit.events).toEqual([]);
    });

    it('should audit journey.updated with the names of the fields changed', async () => {
      const { sut, audit } = setup();
      versionedUpdate.mockResolvedValue({ id: 'j1', version: 4 });
      repo.findJourneyDetail.mockResolvedValue(detail({ version: 4 }));
      await sut.update(actorOf('advocate'), 'j1', { planReviewDate: '2026-03-01', version: 3 }, origin);
      expect(audit.events).toEqual([{ action: 'journey.updated', entityType: 'journey', entityId: 'j1', subjectId: 'su1', detail: { fields: ['planReviewDate'] } }]);
    });
  });

  describe('changeStatus', () => {
    it('should refuse closing without an outcome and a reason, before opening the journey', async () => {
      const { sut, access } = setup();
      await expect(sut.changeStatus(actorOf('advocate'), 'j1', { status: 'closed', version: 3 }, origin)).rejects.toMatchObject({
        response: { message: ['outcome is required to close a journey', 'reason is required to close a journey'] },
      });
      expect(access.require).not.toHaveBeenCalled();
    });

    it('should refuse (409) a move the journey cannot make, naming where it can go', async () => {
      const { sut } = setup();
      repo.findJourneyDetail.mockResolvedValue(detail({ status: 'closed' }));
      await expect(sut.changeStatus(actorOf('advocate'), 'j1', { status: 'closing', version: 3 }, origin)).rejects.toMatchObject({
        response: { message: 'A closed journey cannot move to closing; it can move to active.' },
      });
      expect(versionedUpdate).not.toHaveBeenCalled();
    });

    it('should refuse (409) a stale version before any change', async () => {
      const { sut } = setup();
      repo.findJourneyDetail.mockResolvedValue(detail({ version: 5 }));
      await expect(sut.changeStatus(actorOf('advocate'), 'j1', { status: 'closing', version: 3 }, origin)).rejects.toBeInstanceOf(ConflictException);
      expect(versionedUpdate).not.toHaveBeenCalled();
    });

    it('should close with outcome and reason, keep the change on record and audit from and to', async () => {
      const { sut, audit } = setup();
      repo.findJourneyDetail.mockResolvedValue(detail({ status: 'closing' }));
      versionedUpdate.mockResolvedValue({ id: 'j1', version: 4 });
      await sut.changeStatus(actorOf('advocate'), 'j1', { status: 'closed', outcome: 'self_advocating', reason: ' Done ', version: 3 }, origin);
      expect(versionedUpdate).toHaveBeenCalledWith(
        expect.anything(),
        'journey',
        'j1',
        3,
        expect.objectContaining({ status: 'closed', closure_outcome: 'self_advocating', closure_reason: 'Done' }),
        'advocate-1',
      );
      expect(repo.insertStatusChange).toHaveBeenCalledWith(expect.anything(), expect.objectContaining({ from: 'closing', to: 'closed', reason: 'Done' }));
      expect(audit.events).toEqual([
        {
          action: 'journey.updated',
          entityType: 'journey',
          entityId: 'j1',
          subjectId: 'su1',
          detail: { fields: ['status', 'closureOutcome', 'closureReason'], from: 'closing', to: 'closed' },
        },
      ]);
    });
  });
});
