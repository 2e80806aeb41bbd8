import type { Deleted, SaveState } from "./use-review";

type Props = {
  dirty: boolean;
  save: SaveState;
  deleted: Deleted | null;
  canPublish: boolean;
  onSave: () => void;
  onPublish: () => void;
  onUndo: () => void;
};

const time = (at: Date) => at.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit", second: "2-digit" });

/** Words for where the edits stand: unsaved, saving, saved (and when), or why they were not saved. */
function saveWords({ dirty, save }: Pick<Props, "dirty" | "save">) {
  if (save.status === "saving") return "Saving…";
  if (save.status === "failed") return save.message ?? "Not saved.";
  if (dirty) return "Unsaved changes";
  if (save.status === "saved" && save.at) return `All changes saved at ${time(save.at)}`;
  return "No unsaved changes";
}

/**
 * The review screen's bar, kept at the bottom of the screen within a thumb's reach: Undo after a
 * delete, the save state in words (announced), Save changes and Publish.
 */
export function SaveBar({ dirty, save, deleted, canPublish, onSave, onPublish, onUndo }: Props) {
  const saving = save.status === "saving";
  const failed = save.status === "failed";
  return (
    <div class="save-bar">
      {deleted && (
        <p class="undo-line">
          <span>
            Deleted: “{deleted.question.prompt.length > 60 ? `${deleted.question.prompt.slice(0, 57)}…` : deleted.question.prompt}”
          </span>
          <button id="undo-delete" type="button" class="button" aria-label="Undo delete" onClick={onUndo}>
            Undo
          </button>
        </p>
      )}
      {/* A failure is an alert; the other states are polite news. */}
      <p class={dirty ? "save-state dirty" : "save-state"} role="status">
        {failed ? "" : saveWords({ dirty, save })}
      </p>
      {failed && (
        <p class="save-state failed" role="alert">
          {saveWords({ dirty, save })}
        </p>
      )}
      <div class="save-actions">
        <button type="button" class="button" aria-disabled={saving || !dirty || undefined} onClick={() => !saving && dirty && onSave()}>
          Save changes
        </button>
        <button
          type="button"
          class="button primary"
          aria-disabled={saving || !canPublish || undefined}
          onClick={() => !saving && canPublish && onPublish()}
        >
          Publish
        </button>
      </div>
    </div>
  );
}
