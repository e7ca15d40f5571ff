/**
 * Runs a script's `main` (benchmarks, screenshots): its result is the exit code, and a crash
 * is one line on stderr naming the script, not an unhandled rejection.
 */
export function runScript(name: string, main: () => Promise<number>): void {
  void main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${name}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
