/** Small numeric helpers shared by the bench cases. */

export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Runs `fn` `warmUp` times untimed, then `runs` times timed; returns the timings in ms. */
export async function timeRuns(fn: () => unknown, warmUp: number, runs: number): Promise<number[]> {
  for (let i = 0; i < warmUp; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return times;
}

export const MB = 1024 * 1024;

/** Prints the one JSON line the orchestrator reads from a child case. */
export function report<T>(value: T): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}
