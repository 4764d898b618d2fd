import { ForbiddenException } from '@nestjs/common';
import type { ChangeProposalTarget } from '@beside/shared/contracts';

/** She changes only what she wrote; for the rest, she proposes a change, which staff answer. */
export class WrittenByStaffException extends ForbiddenException {
  constructor(targetType: ChangeProposalTarget, targetId: string) {
    super({
      message: 'Someone from the service wrote this, so it cannot be changed here. You can propose a change instead, with your reason.',
      proposeChange: { path: '/api/my/change-proposals', targetType, targetId },
    });
  }
}
