import { consoleLine } from './logging';

describe('consoleLine', () => {
  const time = Date.UTC(2026, 11, 7, 9, 5, 3);

  it('should render a request record as one short line with its method, path, status and request id', () => {
    const line = consoleLine(
      JSON.stringify({ level: 50, time, msg: 'request errored', req: { method: 'GET', path: '/api/journeys' }, res: { statusCode: 500 }, responseTime: 12, requestId: 'abc', err: { type: 'Error', message: 'boom\n at x' } }),
    );
    expect(line).toBe('09:05:03 ERROR request errored GET /api/journeys 500 12 ms (Error: boom) request abc');
  });

  it('should show the context of a framework record', () => {
    expect(consoleLine(JSON.stringify({ level: 40, time, context: 'Jobs', msg: 'slow run' }))).toBe('09:05:03 WARN  [Jobs] slow run');
  });

  it('should leave a line that is not JSON to be printed as it is', () => {
    expect(consoleLine('  Beside is running at http://localhost:3000')).toBeNull();
  });
});
