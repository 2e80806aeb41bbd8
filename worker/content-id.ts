import { hashId } from "../questions/hash.ts";
import type { CleanArticle } from "../questions/clean.ts";

/**
 * The engine's content address of a cleaned article, as `generateQuiz` computes its quiz id (a
 * test keeps the two equal). The Worker needs it without generating: for the built-in quiz and
 * for questions written in a teacher's browser, whose claimed id is not trusted.
 */
export function contentId(article: CleanArticle): string {
  return hashId([article.headline ?? "", ...article.paragraphs].join("\n"));
}
