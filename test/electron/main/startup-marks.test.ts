import { afterEach, describe, expect, it, vi } from 'vitest';
import { BENCH_ENV, markName } from '@shared/startup/marks';

async function loadMarks(benchmarked: boolean) {
  vi.resetModules();
  vi.stubEnv(BENCH_ENV, benchmarked ? '1' : '');
  return import('../../../electron/main/startup-marks');
}

describe("main's start-up marks", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    performance.clearMarks();
  });

  it('records nothing and opens the page as it is when not benchmarked', async () => {
    const { markStartup, withBenchFlag } = await loadMarks(false);
    markStartup('main-ready');
    expect(performance.getEntriesByName(markName('main-ready'))).toEqual([]);
    expect(withBenchFlag('reperes://app/index.html')).toBe('reperes://app/index.html');
  });

  it('marks each phase and asks the page to mark its own when REPERES_BENCH=1', async () => {
    const { markStartup, withBenchFlag } = await loadMarks(true);
    markStartup('main-ready');
    expect(performance.getEntriesByName(markName('main-ready'))).toHaveLength(1);
    expect(withBenchFlag('reperes://app/index.html')).toBe('reperes://app/index.html?bench');
  });
});
