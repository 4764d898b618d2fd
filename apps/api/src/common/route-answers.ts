// Answers many routes document in the OpenAPI document, worded once.

/** The 404 of a record that is missing or out of the caller's reach (OutOfScopeException): the same answer either way. */
export const OUT_OF_REACH = 'Missing, or not in your reach: the same answer';

/** The 409 of a change made to a stale version: the answer carries the current record (database/versioned-update.ts). */
export const STALE_VERSION = 'Stale version: { message, current }';

/** Her portal's 404: a record that is not hers, or is missing: the same answer either way. */
export const NOT_YOURS = 'Not one of yours (or missing): the same answer';
