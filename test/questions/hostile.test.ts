import { describe, expect, it } from "vitest";
import { generateQuiz, MAX_ARTICLE_CHARS, QuizError } from "../../questions/index.ts";

/**
 * Lines made by `line(i)` up to the engine's size limit, so every case is as long as an
 * article may be.
 */
function upToLimit(line: (i: number) => string): string {
  let text = "";
  for (let i = 0; ; i++) {
    const next = line(i);
    if (text.length + next.length + 1 > MAX_ARTICLE_CHARS) return text;
    text += `${next}\n`;
  }
}

/** A made-up name for the i-th person: "Barado", "Caraeo"... */
const made = (i: number) =>
  `${String.fromCharCode(66 + (i % 24))}ara${String.fromCharCode(97 + (Math.floor(i / 24) % 26))}o`;

/**
 * Generates a quiz or refuses with a QuizError, never anything else; true when it finishes. The
 * time it takes is measured by `npm run bench -- generator`, not here: a wall-clock limit in a unit
 * test fails on a busy machine and passes on a slow engine.
 */
function handles(text: string): boolean {
  try {
    const quiz = generateQuiz(text);
    return quiz.questions.length <= 30;
  } catch (e) {
    if (!(e instanceof QuizError)) throw e;
    return true;
  }
}

describe("hostile input", { timeout: 60_000 }, () => {
  // the model loads on first use
  handles(
    upToLimit(
      () => "Peter Lomas takes charge of Harbour City on Tuesday after a long search.",
    ).slice(0, 2_000),
  );

  it("one role sentence repeated 800 times is handled", () => {
    const text = Array.from(
      { length: 800 },
      () =>
        "Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan " +
        "and Armenian Prime Minister Nikol Pashinyan.",
    ).join("\n");
    expect(handles(text)).toBe(true);
  });

  it("100 KB of distinct people with roles is handled", () => {
    const text = upToLimit(
      (i) =>
        `${made(i)} Smith, the chairman of ${made(i)} United, said the deal was worth £${i + 1}m.`,
    );
    expect(handles(text)).toBe(true);
  });

  it("100 KB of one paragraph, of quotations and of figures are handled", () => {
    const paragraph = upToLimit(
      () => "Peter Lomas takes charge of Harbour City on Tuesday in London after a long search.",
    ).replace(/\n/g, " ");
    const quotes = upToLimit(
      () =>
        `"We are thrilled to have him and will back him all through the season," ` +
        `said Tom Aldridge. "It is a fresh start.`,
    );
    const figures = upToLimit(
      (i) =>
        `Sales rose ${i % 90}% to $${i}.5bn in ${1900 + (i % 200)} as ${i} people bought cars.`,
    );
    for (const text of [paragraph, quotes, figures]) expect(handles(text)).toBe(true);
  });

  it("a sentence that opens on its date ('Late on Monday night, ...') is handled", () => {
    const text = [
      "Storm floods harbour town",
      "Heavy rain flooded the harbour town of Carrow on Monday, cutting the coast road again.",
      "Late on Monday night, an overloaded pumping station at Carrow was struggling to cope " +
        "with the storm water, said the council's spokesman Tom Reed.",
      "Five crew members were taken by boat from Dunmere to Carrow to help tired volunteers.",
    ].join("\n\n");
    expect(handles(text)).toBe(true);
  });
});
