import { useEffect, useRef, useState } from "preact/hooks";
import { clock } from "./clock";

type Props = { live: "live" | "paused" | "retrying"; updated: Date; summary: string };

/** Screen readers hear about new results at most this often. */
const ANNOUNCE_EVERY_MS = 30_000;

/**
 * "Live · Updated 10:31:05" (or paused, or retrying) in words with a dot that is not the only
 * cue. The clock is not announced every five seconds: a separate polite region says what changed
 * (`summary`, such as "3 students, 2 finished"), at most every 30 seconds.
 */
export function LiveStatus({ live, updated, summary }: Props) {
  const [said, setSaid] = useState("");
  const last = useRef({ summary, at: Date.now() });
  useEffect(() => {
    const now = Date.now();
    if (summary !== last.current.summary && now - last.current.at >= ANNOUNCE_EVERY_MS) {
      setSaid(`Results updated: ${summary}.`);
      last.current = { summary, at: now };
    }
  }, [summary, updated]);

  return (
    <div class={`live-status ${live}`}>
      <span class="live-dot" aria-hidden="true" />
      <span>
        {live === "live" && <strong>Live</strong>}
        {live === "paused" && <strong>Paused while this tab is hidden</strong>}
        {live === "retrying" && <strong>Can't reach the server, retrying</strong>}
        {" · "}Updated {clock(updated)}
      </span>
      <span class="visually-hidden" role="status">
        {said}
      </span>
    </div>
  );
}
