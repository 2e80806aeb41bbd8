import { clock } from "./clock";
import type { SaveState } from "./use-review";

type Props = {
  dirty: boolean;
  save: SaveState;
  canPublish: boolean;
  onSave: () => void;
  onPublish: () => void;
};

/**
 * Words for where the edits stand: unsaved, saving, saved (and when), or why they were not saved.
 */
function saveWords({ dirty, save }: Pick<Props, "dirty" | "save">) {
  if (save.status === "saving") return "Saving…";
  if (save.status === "failed") return save.message ?? "Not saved.";
  if (dirty) return "Unsaved changes";
  if (save.status === "saved" && save.at) return `All changes saved at ${clock(save.at)}`;
  return "No unsaved changes";
}

/**
 * The review screen's bar, kept at the bottom of the screen within a thumb's reach: the save
 * state in words (announced), Save changes and Publish.
 */
export function SaveBar({ dirty, save, canPublish, onSave, onPublish }: Props) {
  const saving = save.status === "saving";
  const failed = save.status === "failed";
  return (
    <div class="save-bar">
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
        <button
          type="button"
          class="button"
          aria-disabled={saving || !dirty || undefined}
          onClick={() => !saving && dirty && onSave()}
        >
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
