/**
 * Words for screen readers only (say, which question a field belongs to, where the card already
 * shows it).
 */
export function Hidden({ children }: { children: preact.ComponentChildren }) {
  return <span class="visually-hidden">{children}</span>;
}
