import { BadRequestException, ConflictException, HttpException, NotFoundException } from '@nestjs/common';
import { BREAK_GLASS_DAILY_LIMIT } from '@beside/shared/contracts';
import { actorOf, expectRefusedOutOfReach, fakeAudit, fakeUnitOfWork, origin } from '../../testing/service-fakes';
import * as breakGlass from './break-glass.repository';
import * as caseload from './caseload.repository';
import * as journeys from './journey.repository';
import { JourneyAccess } from './journey.access';
import { JourneysService } from './journeys.service';

jest.mock('./break-glass.repository');
jest.mock('./caseload.repository');
jest.mock('./journey.repository');
jest.mock('../notifications', () => ({ notifyManagers: jest.fn() }));

const grants = jest.mocked(breakGlass);
const { notifyManagers } = jest.requireMock<{ notifyManagers: jest.Mock }>('../notifications');

function setup() {
  const access = { require: jest.fn(), existsInOrganisation: jest.fn() };
  const audit = fakeAudit();
  const sut = new JourneysService(fakeUnitOfWork(), access as unknown as JourneyAccess, audit);
  return { sut, access, audit };
}

const row = (id: string, sortKey: string) => ({ id, sort_key: sortKey }) as caseload.CaseloadRow;

describe('JourneysService', () => {
  beforeEach(() => jest.resetAllMocks());

  describe('caseload', () => {
    it('should answer one page, without sort keys, and a cursor when there are more rows', async () => {
      const { sut, audit } = setup();
      jest.mocked(caseload.findCaseload).mockResolvedValue([row('j1', 'a'), row('j2', 'b'), row('j3', 'c')]);
      const page = await sut.caseload(actorOf('advocate'), { limit: 2, q: ' Ro%sa ' }, origin);
      expect(page.items).toEqual([{ id: 'j1' }, { id: 'j2' }]);
      expect(page.nextCursor).not.toBeNull();
      expect(caseload.findCaseload).toHaveBeenCalledWith(expect.anything(), 'referral', expect.objectContaining({ limit: 3, namePattern: '%Ro\\%sa%', role: 'advocate' }));
      expect(audit.events).toEqual([{ action: 'journey.list', entityType: 'journey', detail: { count: 2, ids: ['j1', 'j2'] } }]);
    });

    it('should answer no cursor on the last page', async () => {
      const { sut } = setup();
      jest.mocked(caseload.findCaseload).mockResolvedValue([row('j1', 'a')]);
      expect((await sut.caseload(actorOf('manager'), {}, origin)).nextCursor).toBeNull();
    });
  });

  describe('read', () => {
    it('should refuse a journey out of reach before reading or auditing anything', async () => {
      const { sut, access, audit } = setup();
      await expectRefusedOutOfReach(access, () => sut.read(actorOf('advocate'), 'j1', origin), journeys.findJourney, audit);
    });

    it('should answer the journey with how she reaches it, audited as journey.read', async () => {
      const { sut, access, audit } = setup();
      access.require.mockResolvedValue({ id: 'j1', serviceUserId: 'su1', access: 'assigned' });
      jest.mocked(journeys.findJourney).mockResolvedValue({ id: 'j1', status: 'active' } as journeys.JourneyRow);
      expect(await sut.read(actorOf('advocate'), 'j1', origin)).toEqual({ id: 'j1', status: 'active', access: 'assigned', emergencyAccess: null });
      expect(audit.events).toEqual([{ action: 'journey.read', entityType: 'journey', entityId: 'j1', subjectId: 'su1', detail: { access: 'assigned' } }]);
    });
  });

  describe('breakGlass', () => {
    const request = { reasonCategory: 'immediate_risk' as const, reason: 'She rang in distress' };

    it('should refuse (429) past the daily cap, before looking the journey up', async () => {
      const { sut, access } = setup();
      grants.countGrantsInLastDay.mockResolvedValue(BREAK_GLASS_DAILY_LIMIT);
      const refusal = sut.breakGlass(actorOf('advocate'), 'j1', request, origin);
      await expect(refusal).rejects.toBeInstanceOf(HttpException);
      await expect(refusal).rejects.toMatchObject({ status: 429 });
      expect(grants.lockBreakGlassFor).toHaveBeenCalledWith(expect.anything(), 'advocate-1');
      expect(access.existsInOrganisation).not.toHaveBeenCalled();
    });

    it('should answer 404 for a journey not in her organisation', async () => {
      const { sut, access } = setup();
      grants.countGrantsInLastDay.mockResolvedValue(0);
      access.existsInOrganisation.mockResolvedValue(null);
      await expect(sut.breakGlass(actorOf('advocate'), 'j1', request, origin)).rejects.toBeInstanceOf(NotFoundException);
      expect(grants.insertGrant).not.toHaveBeenCalled();
    });

    it('should refuse (409) a second grant while one is live', async () => {
      const { sut, access } = setup();
      grants.countGrantsInLastDay.mockResolvedValue(0);
      access.existsInOrganisation.mockResolvedValue({ serviceUserId: 'su1' });
      grants.hasLiveGrant.mockResolvedValue(true);
      await expect(sut.breakGlass(actorOf('advocate'), 'j1', request, origin)).rejects.toBeInstanceOf(ConflictException);
      expect(grants.insertGrant).not.toHaveBeenCalled();
    });

    it('should grant, tell managers and audit journey.break_glass with the reason; for reading only unless the kind of reason needs changes', async () => {
      const { sut, access, audit } = setup();
      grants.countGrantsInLastDay.mockResolvedValue(0);
      access.existsInOrganisation.mockResolvedValue({ serviceUserId: 'su1' });
      grants.hasLiveGrant.mockResolvedValue(false);
      grants.insertGrant.mockResolvedValue({ id: 'g1', expiresAt: new Date('2026-01-01T12:00:00Z') });
      const answer = await sut.breakGlass(actorOf('advocate'), 'j1', { reasonCategory: 'her_request', reason: 'She asked' }, origin);
      expect(answer).toEqual({ expiresAt: '2026-01-01T12:00:00.000Z', reasonCategory: 'her_request', allowsWrite: false });
      expect(grants.insertGrant).toHaveBeenCalledWith(expect.anything(), expect.objectContaining({ journeyId: 'j1', userId: 'advocate-1', allowsWrite: false }));
      expect(notifyManagers).toHaveBeenCalledWith(expect.anything(), 'org-1', ['advocate-1'], expect.objectContaining({ kind: 'journey.break_glass' }));
      expect(audit.events).toEqual([
        {
          action: 'journey.break_glass',
          entityType: 'journey',
          entityId: 'j1',
          subjectId: 'su1',
          reason: 'She asked',
          detail: { grantId: 'g1', reasonCategory: 'her_request', allowsWrite: false },
        },
      ]);
    });
  });

  describe('reviewBreakGlass', () => {
    it('should refuse (400) a grant already reviewed', async () => {
      const { sut, audit } = setup();
      grants.markGrantReviewed.mockResolvedValue(null);
      grants.grantExists.mockResolvedValue(true);
      await expect(sut.reviewBreakGlass(actorOf('manager'), 'g1', 'ok', origin)).rejects.toBeInstanceOf(BadRequestException);
      expect(audit.events).toEqual([]);
    });

    it('should answer 404 for an unknown grant', async () => {
      const { sut } = setup();
      grants.markGrantReviewed.mockResolvedValue(null);
      grants.grantExists.mockResolvedValue(false);
      await expect(sut.reviewBreakGlass(actorOf('manager'), 'g1', 'ok', origin)).rejects.toBeInstanceOf(NotFoundException);
    });

    it('should record the review, its comment trimmed, audited as break_glass.reviewed', async () => {
      const { sut, audit } = setup();
      grants.markGrantReviewed.mockResolvedValue({ journeyId: 'j1' });
      await sut.reviewBreakGlass(actorOf('manager'), 'g1', '  Justified  ', origin);
      expect(grants.markGrantReviewed).toHaveBeenCalledWith(expect.anything(), 'g1', 'manager-1', 'Justified');
      expect(audit.events).toEqual([{ action: 'break_glass.reviewed', entityType: 'break_glass_access', entityId: 'g1', detail: { journeyId: 'j1' } }]);
    });
  });
});
