import { ConflictException, ForbiddenException, NotFoundException } from '@nestjs/common';
import { actorOf, fakeAudit, fakeUnitOfWork, origin, em } from '../../../testing/service-fakes';
import * as accounts from './account.repository';
import * as approvals from './role-approval.repository';
import { RoleApprovalsService } from './role-approvals.service';

jest.mock('./account.repository');
jest.mock('./role-approval.repository');
jest.mock('../invitations-and-resets/invitation-message', () => ({ sendInvitationLink: jest.fn() }));
jest.mock('../../notifications', () => ({ notifyUsers: jest.fn() }));

const { notifyUsers } = jest.requireMock<{ notifyUsers: jest.Mock }>('../../notifications');
const { sendInvitationLink } = jest.requireMock<{ sendInvitationLink: jest.Mock }>('../invitations-and-resets/invitation-message');

function setup() {
  const audit = fakeAudit();
  const sessions = { revokeAllForUser: jest.fn().mockResolvedValue(2) };
  const env = { PUBLIC_URL: 'https://beside.test' };
  const sut = new RoleApprovalsService(fakeUnitOfWork(), audit, {} as never, sessions as never, env as never);
  return { sut, audit, sessions };
}

const pending = (over: Partial<approvals.ApprovalRow> = {}): approvals.ApprovalRow => ({
  id: 'ap-1',
  account_id: 'acc-1',
  kind: 'role_change',
  requested_by: 'admin-1',
  status: 'pending',
  ...over,
});

describe('RoleApprovalsService', () => {
  beforeEach(() => jest.resetAllMocks());

  describe('ask', () => {
    it('should allow the first manager at once and tell every other admin when there is no manager to ask', async () => {
      const { sut, audit } = setup();
      jest.mocked(accounts.findActiveAccountIds).mockImplementation(async (_em, _org, role) => (role === 'manager' ? [] : ['admin-2']));
      expect(await sut.ask(em, actorOf('admin'), origin, 'acc-1', 'invitation')).toBe('first_manager');
      expect(approvals.insertManagerApproval).not.toHaveBeenCalled();
      expect(notifyUsers).toHaveBeenCalledWith(em, 'org-1', ['admin-2'], expect.objectContaining({ kind: 'account.role_approval' }));
      expect(audit.events).toEqual([expect.objectContaining({ action: 'account.role_approval_not_needed', entityId: 'acc-1' })]);
    });

    it('should refuse a second request when the account is already waiting for approval', async () => {
      const { sut, audit } = setup();
      jest.mocked(accounts.findActiveAccountIds).mockResolvedValue(['manager-1']);
      jest.mocked(approvals.hasPendingApproval).mockResolvedValue(true);
      await expect(sut.ask(em, actorOf('admin'), origin, 'acc-1', 'role_change')).rejects.toBeInstanceOf(ConflictException);
      expect(approvals.insertManagerApproval).not.toHaveBeenCalled();
      expect(audit.events).toEqual([]);
    });

    it('should ask the active managers and answer pending when there are managers', async () => {
      const { sut, audit } = setup();
      jest.mocked(accounts.findActiveAccountIds).mockResolvedValue(['manager-1', 'manager-2']);
      jest.mocked(approvals.hasPendingApproval).mockResolvedValue(false);
      jest.mocked(approvals.insertManagerApproval).mockResolvedValue('ap-1');
      expect(await sut.ask(em, actorOf('admin'), origin, 'acc-1', 'role_change')).toBe('pending');
      expect(notifyUsers).toHaveBeenCalledWith(em, 'org-1', ['manager-1', 'manager-2'], expect.objectContaining({ link: '/accounts/approvals' }));
      expect(audit.events).toEqual([expect.objectContaining({ action: 'account.role_approval_requested', entityId: 'ap-1' })]);
    });
  });

  describe('decide', () => {
    it('should answer 404 when the approval does not exist', async () => {
      const { sut, audit } = setup();
      jest.mocked(approvals.lockApproval).mockResolvedValue(null);
      await expect(sut.decide(actorOf('manager'), 'ap-1', 'approve', origin)).rejects.toBeInstanceOf(NotFoundException);
      expect(audit.events).toEqual([]);
    });

    it('should refuse when the approval has already been decided or withdrawn', async () => {
      const { sut } = setup();
      jest.mocked(approvals.lockApproval).mockResolvedValue(pending({ status: 'approved' }));
      await expect(sut.decide(actorOf('manager'), 'ap-1', 'approve', origin)).rejects.toBeInstanceOf(ConflictException);
      expect(approvals.recordDecision).not.toHaveBeenCalled();
    });

    it('should refuse a manager deciding on her own account', async () => {
      const { sut } = setup();
      jest.mocked(approvals.lockApproval).mockResolvedValue(pending({ account_id: 'manager-1' }));
      await expect(sut.decide(actorOf('manager'), 'ap-1', 'approve', origin)).rejects.toBeInstanceOf(ForbiddenException);
      expect(approvals.recordDecision).not.toHaveBeenCalled();
    });

    it('should make the account a manager and end her sessions when a role change is approved', async () => {
      const { sut, audit, sessions } = setup();
      jest.mocked(approvals.lockApproval).mockResolvedValue(pending());
      jest.mocked(accounts.lockAccountStatus).mockResolvedValue({ id: 'acc-1', role: 'advocate', status: 'active' });
      await sut.decide(actorOf('manager'), 'ap-1', 'approve', origin);
      expect(approvals.recordDecision).toHaveBeenCalledWith(em, 'ap-1', 'approved', 'manager-1');
      expect(accounts.makeManager).toHaveBeenCalledWith(em, 'acc-1', 'manager-1');
      expect(sessions.revokeAllForUser).toHaveBeenCalledWith(em, 'acc-1');
      expect(audit.events.map((e) => e.action)).toEqual(['account.updated', 'account.role_approved']);
    });

    it('should send the invitation link, from the admin who asked, when a new manager is approved', async () => {
      const { sut } = setup();
      jest.mocked(approvals.lockApproval).mockResolvedValue(pending({ kind: 'invitation' }));
      jest.mocked(accounts.lockAccountStatus).mockResolvedValue({ id: 'acc-1', role: 'manager', status: 'invited' });
      await sut.decide(actorOf('manager'), 'ap-1', 'approve', origin);
      expect(sendInvitationLink).toHaveBeenCalledWith(em, expect.anything(), 'https://beside.test', { id: 'acc-1', organisationId: 'org-1', forHer: false }, 'admin-1');
      expect(accounts.makeManager).not.toHaveBeenCalled();
    });

    it('should withdraw a new manager’s invitation when it is declined', async () => {
      const { sut, audit } = setup();
      jest.mocked(approvals.lockApproval).mockResolvedValue(pending({ kind: 'invitation' }));
      jest.mocked(accounts.lockAccountStatus).mockResolvedValue({ id: 'acc-1', role: 'manager', status: 'invited' });
      await sut.decide(actorOf('manager'), 'ap-1', 'decline', origin);
      expect(accounts.disableAccount).toHaveBeenCalledWith(em, 'acc-1', 'manager-1');
      expect(sendInvitationLink).not.toHaveBeenCalled();
      expect(audit.events.map((e) => e.action)).toEqual(['account.role_declined']);
    });
  });
});
