import { useEffect, useRef } from "preact/hooks";

/**
 * ← and → anywhere on the page (but not in a text field, and not with a modifier key). The listener
 * is added once and always calls the latest callbacks, so a key pressed right after a render
 * (before effects run) acts on what is on screen, not on the render before.
 */
export function useArrowKeys(onLeft: () => void, onRight: () => void) {
  const latest = useRef({ onLeft, onRight });
  latest.current = { onLeft, onRight };
  useEffect(() => {
    const handle = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      if ((e.target as Element | null)?.closest?.("input, textarea, select, [contenteditable]"))
        return;
      if (e.key === "ArrowLeft") latest.current.onLeft();
      else if (e.key === "ArrowRight") latest.current.onRight();
      else return;
      e.preventDefault();
    };
    document.addEventListener("keydown", handle);
    return () => document.removeEventListener("keydown", handle);
  }, []);
}
