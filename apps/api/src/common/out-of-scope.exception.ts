import { NotFoundException } from '@nestjs/common';

/**
 * A record that is missing or out of the actor's reach: the same 404 either way, but the
 * exception filter records an audit denial for the attempt on a record that exists.
 */
export class OutOfScopeException extends NotFoundException {
  constructor(
    readonly entityType: string,
    readonly entityId: string,
    readonly exists: boolean,
    message: string,
  ) {
    super(message);
  }
}
