import { useRef, useState } from "preact/hooks";

type Props = { options: string[]; busy: boolean; onAnswer: (answer: string[]) => void };

/**
 * Put events in order with "Move up" / "Move down" buttons on each: keyboard and screen-reader
 * friendly, and big enough for thumbs. Focus follows the moved item, and the move is announced.
 */
export function OrderAnswer({ options, busy, onAnswer }: Props) {
  const [order, setOrder] = useState(options);
  const [said, setSaid] = useState("");
  const list = useRef<HTMLOListElement>(null);

  const move = (from: number, by: -1 | 1) => {
    const to = from + by;
    if (busy || to < 0 || to >= order.length) return;
    const next = order.slice();
    [next[from], next[to]] = [next[to]!, next[from]!];
    setOrder(next);
    setSaid(`${next[to]} moved to position ${to + 1} of ${next.length}.`);
    // At the top or bottom the pressed button goes inert; keep focus on the item's other button.
    const direction = (to === 0 && by < 0) || (to === next.length - 1 && by > 0) ? -by : by;
    requestAnimationFrame(() =>
      list.current
        ?.querySelectorAll<HTMLButtonElement>(`li:nth-child(${to + 1}) button`)
        [direction < 0 ? 0 : 1]?.focus(),
    );
  };

  return (
    <form
      class="answer-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!busy) onAnswer(order);
      }}
    >
      <ol class="order-list" ref={list}>
        {order.map((item, i) => (
          <li key={item}>
            <span class="order-position" aria-hidden="true">
              {i + 1}
            </span>
            <span class="order-text">{item}</span>
            <span class="order-moves">
              <button
                type="button"
                class="icon-button"
                aria-label={`Move up: ${item}`}
                aria-disabled={busy || i === 0 || undefined}
                onClick={() => move(i, -1)}
              >
                <span aria-hidden="true">↑</span>
              </button>
              <button
                type="button"
                class="icon-button"
                aria-label={`Move down: ${item}`}
                aria-disabled={busy || i === order.length - 1 || undefined}
                onClick={() => move(i, 1)}
              >
                <span aria-hidden="true">↓</span>
              </button>
            </span>
          </li>
        ))}
      </ol>
      <p class="visually-hidden" role="status">
        {said}
      </p>
      <button type="submit" class="button primary" aria-disabled={busy || undefined}>
        Submit this order
      </button>
    </form>
  );
}
