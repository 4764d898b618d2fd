import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { toApiProblem } from './api-problem';

function response(status: number, body: unknown, headers?: Record<string, string>) {
  return new HttpErrorResponse({ status, error: body, headers: new HttpHeaders(headers) });
}

describe('toApiProblem', () => {
  it('should take a single message from the API error shape', () => {
    const p = toApiProblem(
      response(401, { statusCode: 401, error: 'Unauthorized', message: 'Your email or password is not right.', requestId: 'r1' }),
    );
    expect(p).toEqual({ status: 401, messages: ['Your email or password is not right.'], requestId: 'r1', retryAfterSeconds: null });
  });

  it('should take a list of messages', () => {
    const p = toApiProblem(response(400, { statusCode: 400, error: 'Bad Request', message: ['a', 'b'], requestId: 'r2' }));
    expect(p.messages).toEqual(['a', 'b']);
  });

  it('should read Retry-After on a 429', () => {
    const p = toApiProblem(
      response(429, { statusCode: 429, error: 'Too Many Requests', message: 'Too many attempts.', requestId: 'r3' }, { 'Retry-After': '300' }),
    );
    expect(p.retryAfterSeconds).toBe(300);
    expect(p.messages).toEqual(['Too many attempts.']);
  });

  it('should say the API could not be reached when there was no answer', () => {
    expect(toApiProblem(response(0, null)).messages[0]).toMatch(/could not reach Beside/);
  });

  it('should not show server internals on a 500, but give the reference', () => {
    const p = toApiProblem(response(500, { statusCode: 500, error: 'Internal', message: 'relation "x" does not exist', requestId: 'abc' }));
    expect(p.messages).toEqual(['Something went wrong on our side. Please try again later. If it keeps happening, quote reference abc.']);
  });
});
