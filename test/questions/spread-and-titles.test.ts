import { describe, expect, it } from "vitest";
import { mentions, titleTexts } from "../../questions/choose/answers.ts";
import { chooseQuestions } from "../../questions/choose/pick.ts";
import { rejectReason } from "../../questions/choose/reject.ts";
import { isWeak } from "../../questions/choose/score.ts";
import { ALL_TYPES } from "../../questions/choose/select.ts";
import { opensLeaning } from "../../questions/facts/facts.ts";
import { candidateQuestions, generateQuiz } from "../../questions/index.ts";
import { cleanArticle } from "../../questions/read/clean.ts";
import { splitSentences } from "../../questions/read/nlp.ts";
import { candidate, draft } from "./drafts.ts";

// Every sentence here is written for the tests.

describe("what a headline gives away", () => {
  const givesAway = (title: string, q: ReturnType<typeof draft>) => mentions(title, titleTexts(q));

  it("a share written 'percent', a country by another of its names, a body's own word", () => {
    const share = draft("Complete: “Ferry fares rose ___ percent in May.”", "12", "", "numeric");
    expect(givesAway("Ferry fares jump 12 percent", share)).toBe(true);
    const country = draft("Complete: “Storms hit the ___ on Friday.”", "United States", "");
    expect(givesAway("Storms Across The US", country)).toBe(true);
    const body = draft("Complete: “The ___ passed the plan.”", "Carrow Town Council", "");
    expect(givesAway("Carrow passes parking plan", body)).toBe(true);
    expect(givesAway("Harbour plan passes", body)).toBe(false);
  });
});

describe("text around the article", () => {
  it("drops a wire tag after the headline and an agency before the first sentence", () => {
    const a = cleanArticle(
      "Pier reopens after storm (Update)\n\n(Harbour News) -- The Carrow pier reopened on " +
        "Monday after repairs.\n\nThe work took three weeks.",
    );
    expect(a.headline).toBe("Pier reopens after storm");
    expect(a.paragraphs[0]).toBe("The Carrow pier reopened on Monday after repairs.");
  });

  it("does not end a sentence inside 'Minneapolis-St. Paul'", () => {
    const s = splitSentences([
      "Flights returned to the Minneapolis-St. Paul International Airport on Monday. It was late.",
    ]);
    expect(s.map((x) => x.text)).toEqual([
      "Flights returned to the Minneapolis-St. Paul International Airport on Monday.",
      "It was late.",
    ]);
    const cut = draft("Complete: “Flights returned to the Minneapolis-St. ___ on Monday.”", "Paul");
    expect(rejectReason(cut)).toBe("inside a name");
  });
});

describe("figures a teacher would not ask", () => {
  it("leaves a figure to the last unit among the alternates, not a round one", () => {
    const q = (answer: string) =>
      candidate(draft("Complete: “Dealers sold ___ cars.”", answer, "", "numeric"), "sentence:1");
    expect(isWeak(q("208,560"))).toBe(true);
    expect(isWeak(q("17.3 million"))).toBe(false);
    expect(isWeak(q("170,000"))).toBe(false);
  });
});

describe("a quiz spread over the article", () => {
  const paragraph = (i: number) =>
    `The Carrow ferry board met for the ${
      ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"][i]
    } time this year to discuss the harbour plan.`;
  const text = [
    "Carrow ferry board backs harbour plan",
    "The Carrow ferry board approved a harbour budget of $42 million on Tuesday. " +
      "The plan adds 14 new berths for fishing boats. " +
      "Fares will rise by 9% from June.",
    ...Array.from({ length: 8 }, (_, i) => paragraph(i)),
    "The harbour master said 300 boats use the port each summer.",
  ].join("\n\n");

  it("asks one question a paragraph while other paragraphs have one to ask", () => {
    const quiz = generateQuiz(text);
    const paragraphs = quiz.questions.map((q) => q.evidence.paragraph);
    expect(new Set(paragraphs).size).toBe(paragraphs.length);
  });

  it("asks several from one paragraph of a text pasted as one block", () => {
    const block = text.split("\n\n").join(" ");
    const quiz = generateQuiz(block);
    expect(quiz.questions.length).toBeGreaterThanOrEqual(2);
  });
});

describe("sentences and blanks that lean on the story around them", () => {
  it("reads 'A further 12...' and 'The remaining 75...' as leaning on an earlier sentence", () => {
    const [further, remaining, plain] = splitSentences([
      "A further 12 boat makers joined the scheme in May.",
      "The remaining 75 seats go to the regions.",
      "Twelve boat makers joined the scheme in May.",
    ]);
    expect([further, remaining, plain].map((s) => opensLeaning(s!))).toEqual([true, true, false]);
  });

  it("blanks no part of a time, and leaves a point to measure from among the alternates", () => {
    const time = draft("Complete: “She won in ___ hours, 8 minutes and 51 seconds.”", "2");
    expect(rejectReason(time)).toBe("part of a time");
    const east = candidate(draft("Complete: “Flood watches were issued east of ___.”", "Carrow"));
    expect(isWeak(east)).toBe(true);
  });
});

describe("prompts that cut a name or no longer read", () => {
  it("turns down a blank inside a name, a list of figures welded on, a dash left inside", () => {
    expect(rejectReason(draft("Complete: “They bought the house in Braunau am ___.”", "Inn"))).toBe(
      "inside a name",
    );
    // (a list of figures welded on; a dash left inside a question turned round from its sentence)
    for (const prompt of [
      "How many cases have been reported in Carrow, 58 in Dunmere, and 79 in Harbury?",
      "About how many miles did Carrow ― lie away ― from the coast?",
    ])
      expect(rejectReason(draft(prompt, "120", "", "numeric")), prompt).toBe("broken");
  });

  it("leaves 'To which organisation...?' among the alternates", () => {
    const q = candidate(draft("To which organisation did the council send the plan?", "X"));
    expect(isWeak(q)).toBe(true);
  });
});

/**
 * The quiz the pick makes of one sentence a paragraph, each with `answers[i]` blanked ("fill" for a
 * name, "numeric" for a figure), the sentences ranked `ranks`.
 */
function pickOf(texts: string[], answers: string[], ranks: number[], count: number) {
  const candidates = texts.map((text, i) => {
    const answer = answers[i]!;
    const prompt = `Complete the sentence from the article: “${text.replace(answer, "___")}”`;
    const q = draft(prompt, answer, "", /\d/.test(answer) ? "numeric" : "fill");
    return {
      ...candidate({ ...q, evidence: { paragraph: i, text } }),
      sentence: i,
      factKey: `sentence:${i}`,
    };
  });
  const sentences = splitSentences(texts);
  return chooseQuestions({ candidates, sentences, ranks, title: "", count, types: ALL_TYPES });
}

describe("a name blanked in a copied sentence", () => {
  it("fills a quiz only from the lead, while the quiz has figures to ask", () => {
    const choice = pickOf(
      [
        "The Carrow ferry board approved a harbour budget of $42 million on Tuesday.",
        "Work on the new berths will be led by Mira Holt from next spring.",
        "Builders will add 14 new berths for fishing boats.",
        "Fares on the island ferry will rise by 9% from June.",
        "About 300 boats use the port each summer.",
      ],
      ["$42 million", "Mira Holt", "14", "9%", "300"],
      [1, 0.7, 0.6, 0.6, 0.5],
      5,
    );
    expect(choice.questions.length).toBeGreaterThanOrEqual(3);
    expect(choice.questions.map((q) => q.answer)).not.toContain("Mira Holt");
  });
});

describe("figures of one counted noun", () => {
  it("asks one '___ runs' in a quiz while it has other figures to ask", () => {
    const choice = pickOf(
      [
        "Carrow won the final match of the series by 110 runs on Sunday.",
        "The openers added 52 runs for the first wicket before lunch.",
        "The tail added 18 runs for the last wicket after tea.",
        "About 5,000 spectators watched the match at the harbour ground.",
      ],
      ["110", "52", "18", "5,000"],
      [1, 0.9, 0.8, 0.5],
      3,
    );
    expect(choice.questions.map((q) => q.answer)).toEqual(["110", "5,000"]);
  });
});

describe("questions turned round from a sentence", () => {
  it("asks no 'why' of what a speaker cites: it backs a claim, it does not cause it", () => {
    const text = [
      "Ferry fares challenged",
      "The Carrow Ferry Users Group argued the extra charges are unfair, citing court rulings.",
      "The group has 400 members across the three harbour towns of the bay.",
    ].join("\n\n");
    const prompts = candidateQuestions(text).candidates.map((c) => c.question.prompt);
    expect(prompts.some((p) => /\bwhy\b/i.test(p))).toBe(false);
  });
});
