import { ForbiddenException } from '@nestjs/common';

/**
 * A record she may read but not change (a break-the-glass grant for reading only). The record's
 * existence is no secret to her, so the answer says why; the exception filter audits the attempt.
 */
export class ReadOnlyAccessException extends ForbiddenException {
  constructor(
    readonly entityType: string,
    readonly entityId: string,
  ) {
    super('Your emergency access lets you read this journey, not change it. Ask a manager or her advocate to make the change.');
  }
}
