// Latency percentiles (ms) and rates from raw samples, the same way for the API and the floor.
export function summarise(latencies, seconds, errors) {
  const sorted = Float64Array.from(latencies).sort();
  const at = (p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : null);
  const round = (v) => (v === null ? null : Math.round(v * 100) / 100);
  return {
    requests: sorted.length,
    p50: round(at(50)),
    p95: round(at(95)),
    p99: round(at(99)),
    rps: Math.round((sorted.length / seconds) * 10) / 10,
    errors,
  };
}
