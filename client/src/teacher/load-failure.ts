import type { RequestError } from "../api";

/**
 * Why a teacher page cannot show its quiz: no key in this browser, a wrong key, no such quiz, or
 * anything else.
 */
export type LoadFailure = {
  status: "failed";
  reason: "no_key" | "bad_key" | "missing" | "other";
  message: string;
};

export const NO_KEY: LoadFailure = {
  status: "failed",
  reason: "no_key",
  message: "This browser has no teacher key for this quiz.",
};

/** The failure an API error means to a teacher page. */
export function loadFailure(err: RequestError): LoadFailure {
  const reason =
    err.status === 401 || err.status === 403 ? "bad_key" : err.status === 404 ? "missing" : "other";
  return { status: "failed", reason, message: err.message };
}
