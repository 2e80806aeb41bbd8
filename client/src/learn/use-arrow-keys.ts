import { useEffect } from "preact/hooks";

/** ← and → anywhere on the page (but not in a text field, and not with a modifier key). */
export function useArrowKeys(onLeft: () => void, onRight: () => void) {
  useEffect(() => {
    const handle = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      if ((e.target as Element | null)?.closest?.("input, textarea, select, [contenteditable]")) return;
      if (e.key === "ArrowLeft") onLeft();
      else if (e.key === "ArrowRight") onRight();
      else return;
      e.preventDefault();
    };
    document.addEventListener("keydown", handle);
    return () => document.removeEventListener("keydown", handle);
  });
}
