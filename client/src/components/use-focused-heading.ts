import { type Inputs, useEffect, useRef } from "preact/hooks";

/**
 * A ref for a screen's heading (with `tabIndex={-1}`) that takes focus when the screen appears and
 * whenever `inputs` change, so a screen reader starts reading there and the keyboard starts from
 * it.
 */
export function useFocusedHeading(inputs: Inputs = []) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), inputs);
  return heading;
}
