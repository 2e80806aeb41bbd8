import { useEffect, useRef, useState } from "preact/hooks";
import { api, bearer, type RequestError, send } from "../api";
import { type LoadFailure, loadFailure, NO_KEY } from "./load-failure";
import { findTeacherKey, keepTeacherKey, type TeacherKey } from "./teacher-key";

/** How often the dashboard asks for new results while its tab is visible. */
export const POLL_MS = 5000;

/**
 * The results as JSON (the route's other body, the CSV text, is asked for only by `downloadCsv`).
 */
export type Results = Exclude<Awaited<ReturnType<typeof requestResults>>, string>;

const requestResults = (id: string, key: string) =>
  send(api.quizzes[":id"].results.$get({ param: { id }, query: {} }, bearer(key)));

const loadResults = (id: string, key: string) => requestResults(id, key) as Promise<Results>;

export type ResultsState =
  | { status: "loading" }
  | LoadFailure
  | { status: "ready"; results: Results; updated: Date; live: "live" | "paused" | "retrying" };

/**
 * The results, refreshed every few seconds while the tab is visible (and at once when it becomes
 * visible again), paused while it is hidden. A failed refresh keeps the last results on screen
 * and says it is retrying; only the first load's failure replaces them.
 */
export function useResults(id: string) {
  const [state, setState] = useState<ResultsState>({ status: "loading" });
  const [key, setKey] = useState<TeacherKey | null>(null);
  const [loads, setLoads] = useState(0);
  const latest = useRef(state);
  latest.current = state;

  useEffect(() => {
    const found = findTeacherKey(id);
    setKey(found);
    if (!found) {
      setState(NO_KEY);
      return;
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    let inFlight = false;
    let first = true;

    /** One load; true when polling should go on. */
    const refresh = async (key: string): Promise<boolean> => {
      try {
        const results = await loadResults(id, key);
        if (stopped) return false;
        if (first) keepTeacherKey(id, found, results.title);
        first = false;
        setState({ status: "ready", results, updated: new Date(), live: "live" });
        return true;
      } catch (err) {
        if (stopped) return false;
        const e = err as RequestError;
        const now = latest.current;
        if (now.status === "ready" && e.retryable) {
          setState({ ...now, live: "retrying" });
          return true;
        }
        setState(loadFailure(e));
        return e.retryable;
      }
    };

    const tick = async () => {
      clearTimeout(timer);
      if (stopped || inFlight) return;
      if (document.visibilityState !== "visible") {
        const now = latest.current;
        if (now.status === "ready") setState({ ...now, live: "paused" });
        return;
      }
      inFlight = true;
      const goOn = await refresh(found.key);
      inFlight = false;
      if (goOn && !stopped) timer = setTimeout(tick, POLL_MS);
    };

    const onVisibility = () => {
      if (document.visibilityState === "visible") tick();
    };
    document.addEventListener("visibilitychange", onVisibility);
    setState({ status: "loading" });
    tick();
    return () => {
      stopped = true;
      clearTimeout(timer);
      document.removeEventListener("visibilitychange", onVisibility);
    };
  }, [id, loads]);

  return { state, key, retry: () => setLoads((n) => n + 1) };
}
