import assert from 'node:assert/strict';
import { test } from 'node:test';
import { summarise } from './stats.mjs';

test('percentiles are the nearest sample at or above the rank, rounded to 0.01 ms', () => {
  const latencies = Array.from({ length: 100 }, (_, i) => 100 - i + 0.004);
  assert.deepEqual(summarise(latencies, 10, 2), { requests: 100, p50: 50, p95: 95, p99: 99, rps: 10, errors: 2 });
});

test('no samples: no percentiles and no rate, not a failure', () => {
  assert.deepEqual(summarise([], 5, 0), { requests: 0, p50: null, p95: null, p99: null, rps: 0, errors: 0 });
});

test('one sample is every percentile', () => {
  const s = summarise([12.345], 3, 0);
  assert.equal(s.p50, 12.35);
  assert.equal(s.p99, 12.35);
  assert.equal(s.rps, 0.3);
});
