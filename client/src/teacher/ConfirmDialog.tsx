import { useEffect, useRef } from "preact/hooks";

type Props = {
  open: boolean;
  title: string;
  confirmLabel: string;
  children: preact.ComponentChildren;
  onConfirm: () => void;
  onCancel: () => void;
};

/**
 * A modal question before something that cannot be undone, on the browser's own <dialog>: it
 * traps focus, closes on Escape and gives focus back to the button that opened it. Cancel takes
 * focus first, so Enter never destroys anything by accident.
 */
export function ConfirmDialog({ open, title, confirmLabel, children, onConfirm, onCancel }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) {
      d.showModal();
      cancel.current?.focus();
    } else if (!open && d.open) d.close();
  }, [open]);

  return (
    <dialog
      ref={dialog}
      class="confirm"
      aria-labelledby="confirm-title"
      onClose={() => open && onCancel()}
    >
      <h2 id="confirm-title">{title}</h2>
      {children}
      <div class="actions">
        <button type="button" class="button danger-solid" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" class="button" ref={cancel} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}
