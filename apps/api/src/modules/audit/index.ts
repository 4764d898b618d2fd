// The audit module's public surface: writing events, and what other modules read of the log.
export { AuditWriter, type AuditEntry, type AuditNow } from './audit-writer';
export { AuditedWork } from './audited-work';
export { listEvents } from './list-events';
export { findAccessLogEntries } from './access-log.repository';
export { hashAuditContent } from './audit-hash';
export { csvCell } from './audit-query.service';
// For the CLI: verifying, sealing and checkpointing the chain. (tools/ import audit-hash.ts, audit-chain.repository.ts and
// audit-chain-verifier.ts by path: they need no Nest.)
export { verifyAuditChain, verifyWithOwner, type ChainReport } from './audit-chain-verifier';
export { chainQueryOf, sealAll, sealChain, type ChainQuery } from './audit-chain.repository';
export { checkpointNow, checkpointsFor } from './audit-checkpoint.job';
