import { useState } from "preact/hooks";

/**
 * Text for a polite live region that stays mounted, so what is put in it is announced. Saying the
 * same words twice still gets them said (a trailing no-break space is toggled).
 */
export function useAnnouncer() {
  const [text, setText] = useState("");
  return [
    text,
    (words: string) => setText((old) => (old === words ? `${words}\u00a0` : words)),
  ] as const;
}
