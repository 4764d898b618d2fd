// The benchmark's targets (issue 8) and its Markdown table for docs/PERFORMANCE.md.
import { readFileSync, writeFileSync } from 'node:fs';

export const TARGETS = {
  floorRatioP50: 2.0,
  auditOverhead: 0.15,
  growth: 1.3,
  errors: 0,
  apiPeakRssMb: 300,
};

const ms = (v) => (v === null || v === undefined ? '–' : v.toFixed(v < 10 ? 2 : 1));
const mark = (ok) => (ok ? '' : ' ✗');

export function renderTable(r) {
  const lines = [
    `Run ${r.machine.date} on ${r.machine.cpus} × ${r.machine.cpuModel}, ${r.machine.memoryGb} GB, Node ${r.machine.node}; ${r.machine.postgres ?? 'PostgreSQL'}${r.machine.loadAverage !== undefined ? `; load average ${r.machine.loadAverage} at the end (other work on the machine)` : ''}.`,
    `Data: ${r.data.full.serviceUsers.toLocaleString('en-GB')} service users and ${r.data.full.auditEvents.toLocaleString('en-GB')} audit events (one tenth: ${r.data.tenth.serviceUsers.toLocaleString('en-GB')} / ${r.data.tenth.auditEvents.toLocaleString('en-GB')}).`,
    `Load: ${r.settings.connections} connections, ${r.settings.seconds} s a measurement after ${r.settings.warmup} s warm-up; API pool ${r.settings.databasePoolSize}, LOG_LEVEL ${r.settings.logLevel}. Latencies in ms. ✗ marks a missed target.`,
    '',
    '| Path | p50 | p95 | p99 | req/s | errors | floor p50 | × floor (≤ 2.0) | p50 without read audit | audit overhead (≤ 15%) | p50 at N/10 | growth (≤ 1.3) |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const p of r.paths) {
    if (p.unavailable) {
      lines.push(`| ${p.name} | ${p.unavailable} | | | | | | | | | | |`);
      continue;
    }
    const a = p.api ?? {};
    lines.push(
      [
        '',
        p.name,
        ms(a.p50),
        ms(a.p95),
        ms(a.p99),
        a.rps ?? '–',
        `${a.errors ?? '–'}${mark(!a.errors)}`,
        ms(p.floor?.p50),
        p.floorRatio === null || p.floorRatio === undefined ? '–' : `${p.floorRatio.toFixed(2)}${mark(p.floorRatio <= TARGETS.floorRatioP50)}`,
        ms(p.noAudit?.p50),
        p.auditOverhead === undefined || p.auditOverhead === null ? '–' : `${Math.round(p.auditOverhead * 100)}%${mark(p.auditOverhead <= TARGETS.auditOverhead)}`,
        ms(p.tenth?.p50),
        p.growthRatio === undefined || p.growthRatio === null ? '–' : `${p.growthRatio.toFixed(2)}${mark(p.growthRatio <= TARGETS.growth)}`,
        '',
      ].join(' | ').trim(),
    );
  }
  const byInstance = r.apiPeakRssMbByInstance ? ` (${Object.entries(r.apiPeakRssMbByInstance).map(([k, v]) => `${k} ${v}`).join(', ')})` : '';
  lines.push('', `API peak RSS: ${r.apiPeakRssMb} MB${byInstance} (target < ${TARGETS.apiPeakRssMb} MB)${mark(r.apiPeakRssMb < TARGETS.apiPeakRssMb)}. Benchmark took ${r.minutes} min.`);
  return lines.join('\n');
}

/** Replaces the text between `<!-- name:start -->` and `<!-- name:end -->`. */
export function updateDoc(file, name, body) {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  let doc;
  try {
    doc = readFileSync(file, 'utf8');
  } catch {
    doc = `# Performance\n\n${start}\n${end}\n`;
  }
  if (!doc.includes(start)) doc += `\n${start}\n${end}\n`;
  const before = doc.slice(0, doc.indexOf(start) + start.length);
  const after = doc.slice(doc.indexOf(end));
  writeFileSync(file, `${before}\n${body}\n${after}`);
}
