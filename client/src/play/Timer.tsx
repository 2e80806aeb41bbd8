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
      <svg
        class="timer-icon"
        viewBox="0 0 24 24"
        width="18"
        height="18"
        aria-hidden="true"
        focusable="false"
      >
        <circle cx="12" cy="13" r="8" fill="none" stroke="currentColor" stroke-width="2" />
        <path
          d="M12 9v4l2.5 2.5M9 2h6"
          fill="none"
          stroke="currentColor"
          stroke-width="2"
          stroke-linecap="round"
        />
      </svg>
      <span role="timer">{clock(seconds)}</span>
    </p>
  );
}
