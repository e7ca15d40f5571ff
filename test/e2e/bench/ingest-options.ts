import { parseArgs } from 'node:util';
import { err, ok, type Result } from '@shared/result';

export interface IngestBenchOptions {
  /** Measured runs for each durability (a warm-up pair comes first and is not counted). */
  runs: number;
}

export const DEFAULT_INGEST_RUNS = 7;
export const MAX_INGEST_RUNS = 50;

/** `--runs N` (1–50, default 7); anything else is refused with one sentence. */
export function parseIngestBenchOptions(argv: readonly string[]): Result<IngestBenchOptions, string> {
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
  if (values.runs === undefined) return ok({ runs: DEFAULT_INGEST_RUNS });
  if (!/^\d+$/u.test(values.runs)) return err(`--runs takes a whole number, not "${values.runs}"`);
  const runs = Number(values.runs);
  if (runs < 1 || runs > MAX_INGEST_RUNS) return err(`--runs must be between 1 and ${MAX_INGEST_RUNS}, not ${runs}`);
  return ok({ runs });
}
