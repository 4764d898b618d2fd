import { BadRequestException, NotFoundException } from '@nestjs/common';
import type { ConcernSummary } from '@beside/shared/contracts';
import { OutOfScopeException } from '../../../common/out-of-scope.exception';
import { concernDetail, NOW, safeguardingFakes } from '../../../testing/concern-views';
import { actorOf, expectRefusedOutOfReach, origin } from '../../../testing/service-fakes';
import type { JourneyAccess } from '../../journeys';
import * as intake from './concern-intake';
import * as concerns from './concern.repository';
import { ConcernsService } from './concerns.service';
import { RaiseStaffConcernDto } from './dto/concern.dto';

jest.mock('./concern.repository');
jest.mock('./concern-intake');

const repo = jest.mocked(concerns);
const summary = (id: string, serviceUserId: string | null, confidentialFromSubject = false): ConcernSummary => {
  const { description: _d, referredTo: _r, outcome: _o, outcomeForRaiser: _f, events: _e, actions: _a, ...rest } = concernDetail({ id, serviceUserId, confidentialFromSubject });
  return rest;
};

function setup() {
  const { uow, audit, clock } = safeguardingFakes();
  const journeys = { require: jest.fn() };
  return { sut: new ConcernsService(uow, journeys as unknown as JourneyAccess, audit, clock), journeys, audit };
}

const raiseBody = (overrides: Partial<RaiseStaffConcernDto> = {}): RaiseStaffConcernDto =>
  Object.assign(new RaiseStaffConcernDto(), { journeyId: 'j1', category: 'abuse_or_violence', severity: 'high', description: 'What she said', ...overrides });

describe('ConcernsService', () => {
  beforeEach(() => jest.resetAllMocks());

  describe('requireVisible', () => {
    it('should refuse a concern kept from the advocate (raiser hidden, or not her journey) with the same 404, without reading it', async () => {
      const { sut } = setup();
      repo.findConcernReach.mockResolvedValue({ visible: false, exists: true });
      const refusal = sut.requireVisible({} as never, actorOf('advocate'), 'c1');
      await expect(refusal).rejects.toBeInstanceOf(OutOfScopeException);
      await expect(refusal).rejects.toMatchObject({ exists: true, entityType: 'concern', message: 'Concern not found' });
      expect(repo.getConcernDetail).not.toHaveBeenCalled();
    });

    it('should answer a missing concern with the same 404 as one out of reach', async () => {
      const { sut } = setup();
      repo.findConcernReach.mockResolvedValue({ visible: false, exists: false });
      await expect(sut.requireVisible({} as never, actorOf('manager'), 'c1')).rejects.toMatchObject({ exists: false, message: 'Concern not found' });
    });

    it('should read the concern when it is within her reach', async () => {
      const { sut } = setup();
      repo.findConcernReach.mockResolvedValue({ visible: true, exists: true });
      repo.getConcernDetail.mockResolvedValue(concernDetail());
      expect(await sut.requireVisible({} as never, actorOf('advocate'), 'c1')).toMatchObject({ id: 'c1' });
      expect(repo.getConcernDetail).toHaveBeenCalledWith(expect.anything(), 'c1', NOW);
    });
  });

  describe('get', () => {
    it('should audit the read, marked when the concern is confidential from her so her "who has looked" leaves it out', async () => {
      const { sut, audit } = setup();
      repo.findConcernReach.mockResolvedValue({ visible: true, exists: true });
      repo.getConcernDetail.mockResolvedValue(concernDetail({ confidentialFromSubject: true }));
      await sut.get(actorOf('manager'), 'c1', origin);
      expect(audit.events).toEqual([
        { action: 'concern.read', entityType: 'concern', entityId: 'c1', subjectId: 'su1', detail: { confidentialFromSubject: true } },
      ]);
    });

    it('should audit nothing when the concern is out of reach', async () => {
      const { sut, audit } = setup();
      repo.findConcernReach.mockResolvedValue({ visible: false, exists: true });
      await expect(sut.get(actorOf('advocate'), 'c1', origin)).rejects.toBeInstanceOf(NotFoundException);
      expect(audit.events).toEqual([]);
    });
  });

  describe('raise', () => {
    it('should refuse a concern about someone who is not staff', async () => {
      const { sut, journeys } = setup();
      journeys.require.mockResolvedValue({ id: 'j1', serviceUserId: 'su1', access: 'assigned' });
      repo.isStaffMember.mockResolvedValue(false);
      await expect(sut.raise(actorOf('advocate'), raiseBody({ aboutStaffUserId: 'u9' }), origin)).rejects.toBeInstanceOf(BadRequestException);
      expect(intake.insertConcern).not.toHaveBeenCalled();
    });

    it('should refuse a concern about herself: it goes to a manager', async () => {
      const { sut, journeys } = setup();
      journeys.require.mockResolvedValue({ id: 'j1', serviceUserId: 'su1', access: 'assigned' });
      repo.isStaffMember.mockResolvedValue(true);
      const refusal = sut.raise(actorOf('advocate'), raiseBody({ aboutStaffUserId: 'advocate-1' }), origin);
      await expect(refusal).rejects.toMatchObject({ response: { message: [expect.stringMatching(/a concern about yourself/)] } });
      expect(intake.insertConcern).not.toHaveBeenCalled();
    });

    it('should refuse "confidential from her" on a concern about no woman', async () => {
      const { sut } = setup();
      await expect(sut.raise(actorOf('manager'), raiseBody({ journeyId: undefined, confidentialFromSubject: true }), origin)).rejects.toBeInstanceOf(BadRequestException);
      expect(intake.insertConcern).not.toHaveBeenCalled();
    });

    it('should check her reach to the journey for raising a concern, put it on the register and audit concern.created without its text', async () => {
      const { sut, journeys, audit } = setup();
      journeys.require.mockResolvedValue({ id: 'j1', serviceUserId: 'su1', access: 'assigned' });
      jest.mocked(intake.insertConcern).mockResolvedValue({ id: 'c1', reference: 'C-ABCDE' });
      repo.getConcernDetail.mockResolvedValue(concernDetail());
      const body = raiseBody();
      expect(await sut.raise(actorOf('advocate'), body, origin)).toMatchObject({ id: 'c1' });
      expect(journeys.require).toHaveBeenCalledWith(expect.anything(), expect.objectContaining({ userId: 'advocate-1' }), 'j1', 'raise_concern');
      expect(intake.insertConcern).toHaveBeenCalledWith(
        expect.anything(),
        expect.objectContaining({ journeyId: 'j1', serviceUserId: 'su1', raisedBy: 'advocate-1', raisedByRole: 'advocate', hideRaiserFromAdvocate: false, now: NOW }),
      );
      expect(audit.events).toEqual([
        { action: 'concern.created', entityType: 'concern', entityId: 'c1', subjectId: 'su1', detail: { fields: Object.keys(body), category: 'abuse_or_violence', severity: 'high' } },
      ]);
    });
  });

  describe('register', () => {
    it('should read one page urgent first, and audit one event per woman shown, confidential ones apart', async () => {
      const { sut, audit } = setup();
      repo.findConcernRegister.mockResolvedValue([
        { rank: 4, concern: summary('c1', 'su1') },
        { rank: 3, concern: summary('c2', 'su1', true) },
        { rank: 3, concern: summary('c3', 'su2') },
      ]);
      const page = await sut.register(actorOf('manager'), { limit: 2 }, origin);
      expect(page.items.map((c) => c.id)).toEqual(['c1', 'c2']);
      expect(page.nextCursor).not.toBeNull();
      expect(repo.findConcernRegister).toHaveBeenCalledWith(expect.anything(), expect.anything(), NOW, expect.objectContaining({ view: 'open', urgentFirst: true, take: 3 }));
      expect(audit.events).toEqual([
        { action: 'concern.list', entityType: 'concern', subjectId: 'su1', detail: { view: 'open', count: 1, listed: 2, ids: ['c1'] } },
        { action: 'concern.list', entityType: 'concern', subjectId: 'su1', detail: { view: 'open', count: 1, listed: 2, ids: ['c2'], confidentialFromSubject: true } },
      ]);
    });

    it('should read the closed view newest first, with no cursor on the last page', async () => {
      const { sut } = setup();
      repo.findConcernRegister.mockResolvedValue([{ rank: 1, concern: summary('c1', null) }]);
      expect((await sut.register(actorOf('advocate'), { view: 'closed' }, origin)).nextCursor).toBeNull();
      expect(repo.findConcernRegister).toHaveBeenCalledWith(expect.anything(), expect.anything(), NOW, expect.objectContaining({ view: 'closed', urgentFirst: false, take: 51 }));
    });
  });

  describe('forJourney', () => {
    it('should refuse a journey out of reach before reading its concerns', async () => {
      const { sut, journeys, audit } = setup();
      await expectRefusedOutOfReach(journeys, () => sut.forJourney(actorOf('advocate'), 'j1', origin), repo.findJourneyConcerns, audit);
    });
  });
});
