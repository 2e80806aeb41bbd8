import { useEffect } from "preact/hooks";

/** Names the browser tab after the screen, so each screen has a title (WCAG 2.4.2). */
export function useTitle(title: string) {
  useEffect(() => {
    document.title = `${title} · factquiz`;
  }, [title]);
}
