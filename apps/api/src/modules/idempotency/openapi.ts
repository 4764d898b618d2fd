import type { OpenAPIObject } from '@nestjs/swagger';
import { IDEMPOTENCY_HEADER } from './idempotency.interceptor';

/** Documents the optional `Idempotency-Key` header, and its 409 and 422 answers, on every POST of a signed-in person. */
export function documentIdempotencyKey(document: OpenAPIObject): void {
  for (const [path, item] of Object.entries(document.paths)) {
    const post = item.post;
    if (!post || path.startsWith('/api/auth/')) continue;
    post.parameters = [
      ...(post.parameters ?? []),
      {
        name: IDEMPOTENCY_HEADER,
        in: 'header',
        required: false,
        description:
          'A key of your choosing (e.g. a UUID) that makes a retry safe: the same key with the same body within 24 hours ' +
          'answers with the first result and creates nothing more (header Idempotent-Replayed: true). Keys belong to the signed-in person.',
        schema: { type: 'string', minLength: 1, maxLength: 200, pattern: '^[\\x21-\\x7e]+$' },
      },
    ];
    post.responses = {
      ...post.responses,
      '409': post.responses['409'] ?? { description: `Conflict (also: a request with this ${IDEMPOTENCY_HEADER} is still being processed)` },
      '422': post.responses['422'] ?? { description: `This ${IDEMPOTENCY_HEADER} was already used for a different request` },
    };
  }
}
