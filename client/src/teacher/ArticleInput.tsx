import { useState } from "preact/hooks";

/** The largest article file the form reads; the API refuses longer articles anyway. */
export const MAX_FILE_BYTES = 100 * 1000;

const kb = (bytes: number) => `${Math.ceil(bytes / 1000)} KB`;

/** Why a chosen file cannot be an article, before anything is read or sent; "" when it can. */
export function fileProblem(file: File): string {
  const textLike = file.type === "text/plain" || /\.txt$/i.test(file.name);
  if (!textLike)
    return (
      `“${file.name}” is not a plain-text file. ` +
      "Choose a .txt file, or copy the article's text and paste it above."
    );
  if (file.size === 0) return `“${file.name}” is empty.`;
  if (file.size > MAX_FILE_BYTES)
    return (
      `“${file.name}” is ${kb(file.size)}; an article can be at most ${kb(MAX_FILE_BYTES)}. ` +
      "Paste the part you need instead."
    );
  return "";
}

/**
 * Text that came out of a binary file: NUL bytes, or many characters the decoder could not read.
 */
export function looksBinary(text: string): boolean {
  const unreadable = text.match(/\uFFFD/g)?.length ?? 0;
  return text.includes("\u0000") || unreadable > Math.max(3, text.length / 200);
}

export const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ""));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(file);
  });
}

type Props = {
  value: string;
  /** A problem with the article (from the form or the API), shown under the text box. */
  error: string;
  disabled: boolean;
  onChange: (text: string) => void;
};

/** The article: pasted into a text box, or read from a .txt file into it (checked first). */
export function ArticleInput({ value, error, disabled, onChange }: Props) {
  const [fileError, setFileError] = useState("");
  const [loaded, setLoaded] = useState("");
  const words = countWords(value);

  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = "";
    setLoaded("");
    if (!file) return;
    const problem = fileProblem(file);
    setFileError(problem);
    if (problem) return;
    try {
      const text = await readText(file);
      if (looksBinary(text))
        return setFileError(
          `“${file.name}” does not look like text. Choose a plain-text (.txt) file.`,
        );
      onChange(text);
      setLoaded(`Loaded “${file.name}”: ${countWords(text)} words.`);
    } catch {
      setFileError(`“${file.name}” could not be read. Try again, or paste the text instead.`);
    }
  };

  const described = [error && "article-error", "article-hint", "article-count"]
    .filter(Boolean)
    .join(" ");
  return (
    <div class="field">
      <label for="article">Article</label>
      <p id="article-hint" class="hint">
        The headline and every paragraph, copied from the news site. Reports of 300 to 1,500 words
        work best.
      </p>
      <textarea
        id="article"
        rows={12}
        value={value}
        readOnly={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
        onInput={(e) => onChange(e.currentTarget.value)}
      />
      <p id="article-count" class="hint count">
        {words === 1 ? "1 word" : `${words.toLocaleString("en")} words`}
      </p>
      {error && (
        <p id="article-error" class="field-error">
          {error}
        </p>
      )}
      <div class="file-pick">
        <label for="article-file" class="file-label">
          Or upload a .txt file
        </label>
        <input
          id="article-file"
          type="file"
          accept=".txt,text/plain"
          disabled={disabled}
          aria-invalid={fileError ? true : undefined}
          aria-describedby={fileError ? "article-file-error" : undefined}
          onChange={(e) => choose(e.currentTarget)}
        />
        {fileError && (
          <p id="article-file-error" class="field-error" role="alert">
            {fileError}
          </p>
        )}
        <p class="hint" role="status">
          {loaded}
        </p>
      </div>
    </div>
  );
}
