// The API's own code that tools must agree with to the letter: the audit event hash, the
// sealed-secret format derived from SECRET_KEY, and the demo accounts' two-step secret.
// One copy: these are the API's pure modules (erasable TypeScript, no Nest decorators, which
// tools/tsconfig.json checks with erasableSyntaxOnly), run by Node 24's type stripping.
// tools/eslint.config.mjs lets no other file in tools/ import from apps/ or libs/.
//
// Node warns (MODULE_TYPELESS_PACKAGE_JSON) that a .ts file under a package.json without
// "type" is reparsed as ESM: true, harmless, and noise in every tool's output, so that one
// warning is dropped before they are loaded; every other warning still prints.
const printWarning = process.listeners('warning');
process.removeAllListeners('warning');
process.on('warning', (warning) => {
  if (/** @type {NodeJS.ErrnoException} */ (warning).code !== 'MODULE_TYPELESS_PACKAGE_JSON') for (const print of printWarning) print(warning);
});

/** @typedef {import('../apps/api/src/modules/audit/audit-hash.ts').AuditEventContent} AuditEventContent */
export const { GENESIS_HASH, hashAuditContent, hashAuditEvent } = await import('../apps/api/src/modules/audit/audit-hash.ts');
export const { SecretBox } = await import('../apps/api/src/modules/identity/credentials/secrets.ts');
export const { demoTotpSecret } = await import('../apps/api/src/database/seeds/demo-totp.ts');
