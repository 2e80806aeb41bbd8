import { api, bearer, RequestError } from "../api";

/** A file name from a quiz title: letters, digits and dashes, at most 60 characters. */
export function csvName(title: string) {
  const slug = title
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60);
  return `${slug || "quiz"}-results.csv`;
}

/**
 * Downloads the results as CSV. The key goes as `Authorization: Bearer`, which a plain link
 * cannot send, so the file is fetched, turned into a Blob and saved through a temporary link.
 */
export async function downloadCsv(id: string, key: string, title: string) {
  let res: Response;
  try {
    res = await api.quizzes[":id"].results.$get(
      { param: { id }, query: { format: "csv" } },
      bearer(key),
    );
  } catch {
    throw new RequestError(0, "network", "We couldn't reach the server. Check your connection.");
  }
  if (!res.ok)
    throw new RequestError(
      res.status,
      `http_${res.status}`,
      "The server could not make the CSV file. Try again.",
    );
  const file = URL.createObjectURL(await res.blob());
  const link = document.createElement("a");
  link.href = file;
  link.download = csvName(title);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(file), 10_000);
}
