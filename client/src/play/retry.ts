import { RequestError } from "../api";

/**
 * Delay before retry `n` (0-based): 0.5 s, 1 s, 2 s, 4 s … capped at 15 s, with a little jitter.
 */
export function backoffDelay(n: number): number {
  const base = Math.min(500 * 2 ** n, 15_000);
  return base * (0.8 + Math.random() * 0.4);
}

/** Waits `ms`, or less if the browser reports it is back online. */
function pause(ms: number) {
  return new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      removeEventListener("online", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    addEventListener("online", done);
  });
}

/**
 * Runs `request` until it succeeds or fails for a reason retrying cannot fix (a 4xx other than
 * 408/429). `onRetry` hears about each failure so the screen can say "Reconnecting…". Only for
 * requests that are safe to repeat: the API keeps the first answer, so a resend is harmless.
 */
export async function withRetry<T>(
  request: () => Promise<T>,
  onRetry: (failures: number) => void,
): Promise<T> {
  for (let failures = 0; ; failures++) {
    try {
      return await request();
    } catch (err) {
      if (err instanceof RequestError && !err.retryable) throw err;
      onRetry(failures + 1);
      await pause(backoffDelay(failures));
    }
  }
}
