import { describe, expect, it } from 'vitest';
import { parseBenchOptions } from '../e2e/bench/options';

describe('benchmark options', () => {
  it('run five times by default, or as many as the benchmark says', () => {
    expect(parseBenchOptions([])).toEqual({ ok: true, value: { runs: 5 } });
    expect(parseBenchOptions([], { defaultRuns: 7 })).toEqual({ ok: true, value: { runs: 7 } });
  });

  it('takes --runs N', () => {
    expect(parseBenchOptions(['--runs', '1'])).toEqual({ ok: true, value: { runs: 1 } });
    expect(parseBenchOptions(['--runs=12'])).toEqual({ ok: true, value: { runs: 12 } });
  });

  it.each([
    [['--runs', '0'], 'between 1 and 50'],
    [['--runs', '51'], 'between 1 and 50'],
    [['--runs=-3'], 'whole number'],
    [['--runs', '2.5'], 'whole number'],
    [['--runs', 'many'], 'whole number'],
    [['--runs', '1e3'], 'whole number'],
    [['--runs', ''], 'whole number'],
    [['--runs'], 'argument missing'],
    [['--fast'], "Unknown option '--fast'"],
    [['extra'], 'Unexpected argument'],
  ])('refuses %j', (argv, message) => {
    const result = parseBenchOptions(argv);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).toContain(message);
  });
});
