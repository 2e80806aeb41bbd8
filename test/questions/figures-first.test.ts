import { describe, expect, it } from "vitest";
import type { Candidate } from "../../questions/ask/write.ts";
import { rejectReason } from "../../questions/choose/reject.ts";
import { asksFigure, scoreCandidate } from "../../questions/choose/score.ts";
import { candidateQuestions, generateQuiz } from "../../questions/index.ts";
import { candidate, draft } from "./drafts.ts";

/**
 * Blind teachers kept 12 of 63 figure questions and 2 of 56 of all other kinds over four review
 * rounds: a quiz is made of figures first. Every article here is written for the tests.
 */
const prompts = (text: string) => candidateQuestions(text).candidates.map((c) => c.question.prompt);
const asked = (sentence: string) =>
  prompts(`Harbour news\n\nThe port of Dunmere opened a new quay last month.\n\n${sentence}`);

/** Sentences with no figure, to bring a short test article to a quiz's length. */
const FILLER =
  "Volunteers handed out blankets and hot drinks at the town hall. Shops on the high street " +
  "stayed closed while crews cleared the roads. Teachers at the local school said pupils would " +
  "work from home until the buildings were checked.";

const COUNCIL = [
  "Housing plan for eastern districts wins final approval",
  "The Harbury City Council voted 10-1 on Friday to give final approval to a housing plan for " +
    "the city's eastern districts.",
  "The plan allows three homes on lots where only one is allowed today.",
  "Mayor Ellen Rusk said the plan would add about 4,000 homes over the next decade.",
  "Council member Tom Beck, who cast the only vote against, said the plan moved too fast.",
  "The first permits are due in March, and the city's planning office will hire 12 new staff.",
  "Builders in the region have warned that the cost of timber rose by 30% last year.",
  "Residents of the Millbrook estate said they feared more traffic on narrow streets.",
  "The council first discussed the plan in 2019, when the city's population passed 200,000.",
].join("\n\n");

describe("a quiz of figures first", () => {
  const quiz = generateQuiz(COUNCIL);

  it("asks at most one question that is not a figure in a short quiz, and no true/false", () => {
    const others = quiz.questions.filter(
      (q) =>
        q.type === "truefalse" ||
        typeof q.answer !== "string" ||
        !(/\d/.test(q.answer) || /^(about )?(one|two|three|four|five|six|seven)\b/i.test(q.answer)),
    );
    expect(quiz.questions.length).toBeGreaterThanOrEqual(3);
    expect(others.length).toBeLessThanOrEqual(1);
    expect(quiz.questions.some((q) => q.type === "truefalse")).toBe(false);
  });

  it("asks no year while it has figures to ask", () => {
    for (const q of quiz.questions) expect(String(q.answer)).not.toMatch(/^(19|20)\d\d$/);
  });

  it("tells figures from years, dates and clock times", () => {
    const kinds = (answer: string) =>
      asksFigure(candidate(draft("How many?", answer, "", "numeric"), "count:1"));
    expect(["4,000", "30%", "$2 million", "six", "10-1"].map(kinds)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(["2019", "March 3", "March", "7 p.m.", "Harbury"].map(kinds)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe("figures typed", () => {
  it("asks a figure as a typed number before the same question with four numbers to choose", () => {
    const quiz = generateQuiz(COUNCIL);
    const homes = quiz.questions.find((q) => /how many homes would the plan add/.test(q.prompt));
    expect(homes?.type).toBe("numeric");
  });

  it("asks no figure in a phrase of a verb of its own ('levels not seen in 103 years')", () => {
    expect(
      asked("The river rose to levels not seen in 103 years after heavy rain.").join(" "),
    ).not.toMatch(/how many years/i);
  });
});

describe("a short sentence with its figure blanked", () => {
  it("comes before the same figure asked as a question turned round from the sentence", () => {
    const text =
      "Dunmere budget\n\nThe Dunmere council approved a budget of $42.6 million on Tuesday. " +
      "About 1,200 residents attended the public hearings this spring. " +
      FILLER +
      FILLER;
    const quiz = generateQuiz(text);
    const budget = quiz.questions.find((q) => q.answer === "$42.6 million");
    expect(budget?.prompt).toMatch(/^Complete the sentence/);
  });

  it("blanks the first of two figures of a sentence first", () => {
    const blank = (prompt: string, answer: string): Candidate => ({
      ...candidate(
        draft(`Complete the sentence from the article: “${prompt}”`, answer, "", "numeric"),
        `sentence:1:${answer}`,
      ),
      score: 0.9,
    });
    const first = blank("There have been ___ cases of measles reported in 26 states.", "940");
    const second = blank("There have been 940 cases of measles reported in ___ states.", "26");
    expect(scoreCandidate(first, 1)).toBeGreaterThan(scoreCandidate(second, 1));
  });

  it("asks no question welded to a second clause or a second figure", () => {
    expect(
      asked(
        "Texas has documented more than 384,000 coronavirus cases and at least 4,880 deaths as " +
          "of Saturday.",
      ).join(" "),
    ).not.toMatch(/more than how many/i);
    expect(
      asked("The team pumped in two more goals in the final 10 minutes.").join(" "),
    ).not.toMatch(/In how many more goals/);
    const welded = draft(
      "How many votes had Ann Mole won, Tom Hale more than 1.9 million?",
      "2.3 million",
      "",
      "numeric",
    );
    expect(rejectReason(welded)).toBe("broken");
  });
});

describe("figures asked in the reader's words", () => {
  it("asks a vote's margin, with wrong splits of the same number of voters", () => {
    const q = generateQuiz(COUNCIL, { count: 30 }).questions.find((x) =>
      x.prompt.startsWith("By what margin"),
    );
    expect(q?.prompt).toBe(
      "By what margin did the Harbury City Council vote on Friday to give final approval to a " +
        "housing plan for the city's eastern districts?",
    );
    expect(q?.answer).toBe("10-1");
    expect(q?.options?.length).toBe(4);
    for (const o of q?.options ?? []) {
      const [a, b] = o.split("-").map(Number);
      expect(a! + b!).toBe(11);
      // (a vote that carried: no split where it fails)
      expect(a!).toBeGreaterThan(b!);
    }
  });

  it("offers no losing split of a small board's vote that carried ('2-1' is never '1-2')", () => {
    const text =
      "Board vote\n\nThe three-member Harbury board voted 2-1 on Monday to raise water rates by " +
      "8% from July. " +
      FILLER +
      FILLER;
    const quiz = generateQuiz(text, { count: 30 });
    const votes = [...quiz.questions, ...(quiz.alternates ?? [])].filter((x) => x.answer === "2-1");
    expect(votes.length).toBeGreaterThan(0);
    for (const q of votes)
      for (const o of q.options ?? []) {
        const [a, b] = o.split("-").map(Number);
        expect(a! + b!).toBe(3);
        expect(a!).toBeGreaterThan(b!);
      }
  });

  it("asks what sum a named amount was ('a loss of $277 million' → 'What loss...?')", () => {
    expect(asked("Marlow Foods reported a loss of $277 million for the year.")).toContain(
      "What loss did Marlow Foods report for the year?",
    );
    // ("What loss did analysts expect?": whose loss? the subject must place the sum)
    expect(asked("Analysts expected a loss of $277 million.").join(" ")).not.toMatch(/What loss/);
    expect(asked("The new contract includes a base salary of $255,000 a year.")).toContain(
      "What base salary a year does the new contract include?",
    );
    // (a sum named by a word that is no amount is left alone)
    expect(asked("The ferry carried a cargo of $3 million.").join(" ")).not.toMatch(/What cargo/);
  });

  it("asks 'By how much' of a sum only after a verb of change", () => {
    expect(
      asked("The new tram lines are being funded by $900 million from the state.").join(" "),
    ).not.toMatch(/By how much/);
  });

  it("reports what a city or a board says, with the source in the question", () => {
    expect(asked("The city says more than 10,000 residents sent comments on the plan.")).toContain(
      "According to the city, more than how many residents sent comments on the plan?",
    );
  });

  it("keeps a pronoun that stands for the people the question names", () => {
    const text =
      "Doctors' survey\n\nThe survey, published in a medical journal, concluded 83 percent of " +
      "physicians say they could easily be sued for failing to order a test.";
    const prompt =
      "According to the survey, what percentage of physicians say they could easily be sued for " +
      "failing to order a test?";
    const c = candidateQuestions(text).candidates.find((x) => x.question.prompt === prompt);
    expect(c && rejectReason(c.question)).toBeNull();
  });

  it("writes no question across a word that goes on with a hyphen ('How large a year')", () => {
    const all = asked("Marlow Foods saw a 20% year-on-year drop in its quarterly profit.");
    expect(all.join(" ")).not.toMatch(/how large a year/i);
    expect(asked("Marlow Foods saw a 20% drop in its quarterly profit.")).toContain(
      "How large a drop did Marlow Foods see in its quarterly profit?",
    );
  });

  it("asks a toll with the event after a second toll ('and more than 400 injured when...')", () => {
    expect(
      asked(
        "At least 14 people were killed and more than 400 injured when a strong earthquake " +
          "struck the coast on Friday.",
      ),
    ).toContain(
      "At least how many people were killed when a strong earthquake struck the coast on Friday?",
    );
    expect(
      asked(
        "At least 20 people died and 50 were injured after a bus overturned on a mountain road.",
      ),
    ).toContain("At least how many people died after a bus overturned on a mountain road?");
  });

  it("types a bounded figure copied with a blank, and never blanks one end of a range", () => {
    const text =
      "Dairy jobs\n\nMarlow Dairy has a payroll of more than $20 million, the firm's owner said. " +
      "A new tax would have raised an estimated $3,400,000- $5,600,000 for the county. " +
      "The dairy's new cheese plant near Harbury will employ 140 people from next spring. " +
      FILLER;
    const quiz = generateQuiz(text, { count: 30 });
    for (const q of [...quiz.questions, ...(quiz.alternates ?? [])]) {
      if (/more than ___/.test(q.prompt)) expect(q.type).toBe("numeric");
      expect(q.prompt).not.toMatch(/___\s?[-–]\s?\$\d|\d\s?[-–]\s?___/);
    }
    expect(
      quiz.questions.concat(quiz.alternates ?? []).some((q) => /more than ___/.test(q.prompt)),
    ).toBe(true);
  });

  it("asks no count across a phrase that belongs to the counted noun", () => {
    const all = [
      ...asked("The flood orders affected 20 villages stretching dozens of miles along the river."),
      ...asked("The airline announced 140 new orders worth $6 billion."),
    ];
    expect(all.filter((p) => /^How many/.test(p))).toEqual([]);
  });

  it("asks no figure whose bound the question drops ('more than six feet' → 'how many')", () => {
    const text =
      "Storm floods coast\n\nSome streets were already under more than six feet of water as the " +
      "storm drenched the coast early on Friday. About 70 people were rescued overnight from a " +
      "hotel that was starting to collapse. The storm made landfall near Port Ellis, where " +
      "crews had boarded up shops and moved boats inland before the wind rose. " +
      FILLER;
    for (const q of generateQuiz(text, { count: 30 }).questions)
      expect(q.prompt).not.toMatch(/how many feet/i);
  });
});
