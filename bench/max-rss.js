// Preloaded into every measured process (node --import): reports, when the process exits, its
// peak resident memory and CPU time, worker threads included.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  if (!process.env.BENCH_RSS_FILE) return;
  const usage = process.resourceUsage();
  writeFileSync(process.env.BENCH_RSS_FILE, JSON.stringify({ maxRssKiB: usage.maxRSS, cpuMicros: usage.userCPUTime + usage.systemCPUTime }));
});
