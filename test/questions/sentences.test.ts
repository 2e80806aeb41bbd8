import { describe, expect, it } from "vitest";
import { splitSentences } from "../../questions/read/nlp.ts";

describe("splitSentences", () => {
  it("splits a paragraph into verbatim sentences with their paragraph index", () => {
    const p =
      "As the Armenian population of Karabakh fears being expelled, " +
      "there are worries of a new refugee crisis. " +
      "The years of fighting have been defined by ethnic cleansing and crimes on both sides.";
    const s = splitSentences(["Intro sentence here.", p]);
    expect(s.map((x) => x.text)).toEqual([
      "Intro sentence here.",
      "As the Armenian population of Karabakh fears being expelled, " +
        "there are worries of a new refugee crisis.",
      "The years of fighting have been defined by ethnic cleansing and crimes on both sides.",
    ]);
    expect(s.map((x) => [x.index, x.paragraph])).toEqual([
      [0, 0],
      [1, 1],
      [2, 1],
    ]);
  });

  it("keeps a closing quote with its sentence and gives token offsets into the sentence", () => {
    const [s] = splitSentences([
      "Although Putin spoke with Nikol Pashinyan, " +
        "the Kremlin stressed that the conflict was “Azerbaijan’s internal matter.”",
    ]);
    expect(s!.text.endsWith("matter.”")).toBe(true);
    for (const t of s!.tokens) expect(s!.text.slice(t.start, t.end)).toBe(t.text);
  });

  it("does not split a name at a letter outside the tagger's alphabet", () => {
    const [s] = splitSentences([
      "Its chairman, Mehmet Yılmaz, said the board had approved the deal.",
    ]);
    expect(s!.tokens.map((t) => t.text)).toContain("Yılmaz");
  });

  it("reads an article the same way whatever it read before: 's is always its own token", () => {
    // wink-nlp keeps "Zarqavian's" whole once it has read "Zarqavian's." anywhere.
    const paragraphs = [
      "Zarqavian's mayor opened the bridge on Monday.",
      "The bridge belongs to Zarqavian's.",
    ];
    const words = () =>
      splitSentences(paragraphs).map((s) => s.tokens.map((t) => `${t.text}/${t.pos}`).join(" "));
    const first = words();
    expect(words()).toEqual(first);
    expect(first[0]).toContain("Zarqavian/PROPN 's/PART mayor");
  });

  it("never lets a sentence run over a paragraph break, and keeps offsets per paragraph", () => {
    const s = splitSentences([
      "A heading without a full stop",
      "Aliyev spoke on Wednesday. He left.",
      "Pashinyan said nothing",
    ]);
    expect(s.map((x) => `${x.paragraph}:${x.text}`)).toEqual([
      "0:A heading without a full stop",
      "1:Aliyev spoke on Wednesday.",
      "1:He left.",
      "2:Pashinyan said nothing",
    ]);
    for (const x of s) for (const t of x.tokens) expect(x.text.slice(t.start, t.end)).toBe(t.text);
  });
});
