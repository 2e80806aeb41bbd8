import { useEffect, useState } from "preact/hooks";

function clock(seconds: number) {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}

/**
 * Time spent on the current question, for students who like a challenge. It is shown only,
 * never sent: time never costs points. Remount it (a `key`) to start again at 0:00.
 */
export function Timer({ running }: { running: boolean }) {
  const [start] = useState(Date.now);
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    if (!running) return;
    const tick = setInterval(() => setSeconds(Math.floor((Date.now() - start) / 1000)), 1000);
    return () => clearInterval(tick);
  }, [running, start]);

  return (
    <p class="timer">
      <span class="visually-hidden">Time on this question: </span>
      <span aria-hidden="true">⏱ </span>
      <span role="timer">{clock(seconds)}</span>
    </p>
  );
}
