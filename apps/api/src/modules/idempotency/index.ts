// The idempotency module's public surface: how the Idempotency-Key header is documented in OpenAPI.
export { documentIdempotencyKey } from './openapi';
