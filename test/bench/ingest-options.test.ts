import { describe, expect, it } from 'vitest';
import { parseIngestBenchOptions } from '../e2e/bench/ingest-options';

describe('bench:ingest options', () => {
  it('runs seven times by default', () => {
    expect(parseIngestBenchOptions([])).toEqual({ ok: true, value: { runs: 7 } });
  });

  it('takes --runs N', () => {
    expect(parseIngestBenchOptions(['--runs', '1'])).toEqual({ ok: true, value: { runs: 1 } });
    expect(parseIngestBenchOptions(['--runs=50'])).toEqual({ ok: true, value: { runs: 50 } });
  });

  it.each([
    [['--runs', '0'], 'between 1 and 50'],
    [['--runs', '51'], 'between 1 and 50'],
    [['--runs', '1e3'], 'whole number'],
    [['--runs=-3'], 'whole number'],
    [['--runs', '2.5'], 'whole number'],
    [['--runs', ''], 'whole number'],
    [['--runs', 'seven'], 'whole number'],
    [['--runs'], 'argument missing'],
    [['--durability', 'strict'], "Unknown option '--durability'"],
    [['7'], 'Unexpected argument'],
  ])('refuses %j', (argv, message) => {
    const result = parseIngestBenchOptions(argv);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).toContain(message);
  });
});
