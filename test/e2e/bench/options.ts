import { parseArgs } from 'node:util';
import { err, ok, type Result } from '@shared/result';

export interface BenchOptions {
  runs: number;
}

export const MAX_RUNS = 50;

/** `--runs N` (1–50, default 5 or the benchmark's own); anything else is refused with one sentence. */
export function parseBenchOptions(
  argv: readonly string[],
  { defaultRuns = 5 }: { defaultRuns?: number } = {},
): Result<BenchOptions, string> {
  let values: { runs?: string | undefined };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: { runs: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return err((error as Error).message);
  }
  if (values.runs === undefined) return ok({ runs: defaultRuns });
  if (!/^\d+$/u.test(values.runs)) return err(`--runs takes a whole number, not "${values.runs}"`);
  const runs = Number(values.runs);
  if (runs < 1 || runs > MAX_RUNS) return err(`--runs must be between 1 and ${MAX_RUNS}, not ${runs}`);
  return ok({ runs });
}
