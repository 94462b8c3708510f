import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/analyze.ts', ...args], { encoding: 'utf8' });

describe('npm run analyze', () => {
  it('prints the metrics of a recorded pointer trace as JSON', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/analyze.ts', 'tests/fixtures/traces/pointer-110cpm.csv'], {
      encoding: 'utf8',
    });
    const json = JSON.parse(out);
    expect(json.profileId).toBe('crc');
    expect(json.metrics?.compressionCount ?? json.compressionCount).toBeGreaterThan(0);
  });

  it('reports a malformed file with its line number and exits 1', () => {
    const r = run('tests/fixtures/traces/malformed-number.csv');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/malformed-number\.csv:4:/);
    expect(r.stdout).toBe('');
  });
});
