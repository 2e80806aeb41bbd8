import { describe, expect, it } from "vitest";
import { completionQuestion, falseStatement, skipReason } from "../../questions/ask/blanks.ts";
import { yearEvents } from "../../questions/facts/timeline.ts";
import { candidateQuestions, generateQuiz } from "../../questions/index.ts";

// Made-up sentences about a made-up club; each paragraph is one sentence.
const ARTICLE = [
  "Harbour City name new chairman after takeover",
  "The board of Harbour City appointed Peter Lomas as the new chairman after a long vote.",
  "The stadium was built by dock workers from Liverpool and is painted red and white.",
  "Ticket office staff found that 3,000 season tickets had been sold twice.",
  "Local businesses said takings rose by 20% on match days last season.",
  "A local software maker paid £40m for the naming rights to the old stand.",
  "A new roof was added to the main stand in 1987 after a long fundraising campaign.",
  "Supporters held the first public meeting of the new trust on 4 March 2003 at a school hall.",
  "Former chairman Tom Aldridge sold his shares to a group of investors from Leeds.",
  "Priya Shah, a lawyer from Manchester, chaired an inquiry into the finances of the club.",
  "Youth coach Dan Mercer moved to a rival academy in Glasgow at the end of the summer.",
].join("\n\n");

const read = (text = ARTICLE) => candidateQuestions(text);
const infoOf = (r: ReturnType<typeof read>, start: string) =>
  r.infos.find((i) => i.sentence.text.startsWith(start))!;
const complete = (start: string, text = ARTICLE) => {
  const r = read(text);
  return completionQuestion(infoOf(r, start), r.entities, r.pools);
};

describe("sentence questions", () => {
  it("cut a full name out, typed (the surname accepted), though the article has others", () => {
    const q = complete("The board of")!.question;
    expect(q.answer).toBe("Peter Lomas");
    expect(q.prompt).toBe(
      "Complete the sentence from the article: " +
        "“The board of Harbour City appointed ___ as the new chairman after a long vote.”",
    );
    expect(q.evidence.highlight).toBe("Peter Lomas");
    expect([q.type, q.accept, q.options]).toEqual(["fill", ["Lomas"], undefined]);
  });

  it("ask a name as fill-in (surname accepted) when the article has too few of its kind", () => {
    const text = [
      "Harbour City name new chairman after takeover",
      "The board of Harbour City appointed Peter Lomas as the new chairman after a long vote.",
      "The stadium was built by dock workers from Liverpool and is painted red and white.",
    ].join("\n\n");
    const q = complete("The board of", text)!.question;
    expect([q.type, q.answer, q.accept]).toEqual(["fill", "Peter Lomas", ["Lomas"]]);
  });

  it("ask a place typed, not among the article's other places", () => {
    const q = complete("The stadium")!.question;
    expect([q.type, q.answer, q.options]).toEqual(["fill", "Liverpool", undefined]);
  });

  it("ask a number, a share and a sum as typed numbers, the noun left in the sentence", () => {
    const count = complete("Ticket office")!.question;
    expect([count.type, count.answer, count.accept]).toEqual(["numeric", "3,000", ["3000"]]);
    expect(count.prompt).toContain("found that ___ season tickets");
    const share = complete("Local businesses")!.question;
    expect([share.type, share.answer]).toEqual(["numeric", "20%"]);
    const money = complete("A local software")!.question;
    expect([money.type, money.answer]).toEqual(["numeric", "£40m"]);
  });

  it("cut a year or a full date out", () => {
    const year = complete("A new roof")!.question;
    expect(year.answer).toBe("1987");
    expect(year.prompt).toContain("main stand in ___ after");
    const date = complete("Supporters held")!.question;
    expect(date.answer).toBe("4 March 2003");
  });

  it("have exactly one blank and keep the rest of the sentence verbatim", () => {
    const r = read();
    for (const info of r.infos) {
      const c = completionQuestion(info, r.entities, r.pools);
      if (!c) continue;
      const q = c.question;
      expect(q.prompt.split("___")).toHaveLength(2);
      const blanked = info.sentence.text.replace(q.answer as string, "___");
      expect(q.prompt).toBe(`Complete the sentence from the article: “${blanked}”`);
      expect(q.evidence.text).toBe(info.sentence.text);
    }
  });

  it("skip sentences that lean on another, quote, say I/we, ask, or are too short or long", () => {
    const text = [
      "Harbour City name new chairman after takeover",
      "He said the decision was the right one for everyone at the club in Leeds.",
      "“We will be back next season and we will be stronger than ever,” said Tom Aldridge.",
      "I was at the ground in Leeds when the news about the new chairman broke.",
      "Did the board of Harbour City make the right choice about the future of the club?",
      "The move surprised many supporters of the club in the north of England.",
      "Tom Aldridge thanked the board.",
      `Peter Lomas ${"said that the club and the board and the fans ".repeat(5)}were happy.`,
      "Harbour City name a new chairman after the takeover.",
    ].join("\n\n");
    const r = read(text);
    const reasons = r.infos.map((i) =>
      skipReason(i, "Harbour City name a new chairman after the takeover."),
    );
    expect(reasons).toEqual([
      "pronoun",
      "quotation",
      "person",
      "question",
      "refers back",
      "short",
      "long",
      "headline",
    ]);
  });

  it("never cut out a name that the rest of the sentence gives away", () => {
    const text = [
      ARTICLE,
      "Maria Costa of the Costa Foundation opened a new library for children in Leeds.",
    ].join("\n\n");
    const q = complete("Maria Costa", text);
    expect(q?.question.answer ?? "").not.toMatch(/Costa/);
  });

  it("never cut out the only named thing of a sentence that says little else", () => {
    const text = `${ARTICLE}\n\nAccording to the club, Peter Lomas said yes to it.`;
    expect(complete("According to the club", text)).toBeNull();
  });

  it("make a false statement only with a name no sentence states with the same content", () => {
    const text = [
      ARTICLE,
      // Leeds is stated with the stadium and its builders too, so "from Leeds" might be true
      "Dock workers from Leeds also built the stadium and painted it red and white.",
    ].join("\n\n");
    const r = read(text);
    const tf = falseStatement(infoOf(r, "The stadium"), r.infos, r.entities)!;
    expect(tf.question.answer).toBe("False");
    expect(tf.question.prompt).toMatch(
      new RegExp(
        "^True or false: The stadium was built by dock workers from (Manchester|Glasgow) " +
          "and is painted red and white\\.$",
      ),
    );
    expect(tf.question.explanation).toMatch(
      /^False: the article says Liverpool, not (Manchester|Glasgow)\.$/,
    );
  });

  it("narrow to the types and count asked for", () => {
    const five = generateQuiz(ARTICLE, { count: 5 });
    expect(five.questions.length).toBeLessThanOrEqual(5);
    const typed = generateQuiz(ARTICLE, { count: 30, types: ["numeric"] });
    expect(typed.questions.every((q) => q.type === "numeric")).toBe(true);
  });

  it("ask only sentences no other question uses, no span twice, true/false under a third", () => {
    const quiz = generateQuiz(ARTICLE, { count: 30 });
    const key = (q: { evidence: { text: string }; answer: unknown }) =>
      `${q.evidence.text}|${String(q.answer)}`;
    const sentence = quiz.questions.filter((q) => q.prompt.startsWith("Complete the sentence"));
    expect(sentence.length).toBeGreaterThan(0);
    for (const q of sentence)
      expect(quiz.questions.filter((x) => x.evidence.text === q.evidence.text)).toHaveLength(1);
    for (const q of sentence)
      expect(quiz.questions.filter((x) => key(x) === key(q))).toHaveLength(1);
    expect(quiz.questions.filter((q) => q.type === "truefalse").length).toBeLessThanOrEqual(
      Math.ceil(quiz.questions.length * 0.4),
    );
  });

  it("are deterministic, ids included", () => {
    expect(generateQuiz(ARTICLE)).toEqual(generateQuiz(ARTICLE));
  });
});

describe("order questions from explicit years", () => {
  const text = [
    "Harbour City celebrate their long history",
    "The club was founded by a group of dock workers in 1902.",
    "Supporters raised money for the first covered stand in 1936.",
    "A new roof was added to the main stand in 1987.",
    "Former chairman Tom Aldridge sold the club to local investors in 2003.",
    "The youth academy will open a second site in Glasgow next year.",
    "The stadium is painted red and white and holds 18,000 fans on match days.",
    "Many fans travel to away games by coach from the city centre each week.",
  ].join("\n\n");

  it("orders three or more dated events, earliest first, the dates taken out of the items", () => {
    const q = candidateQuestions(text)
      .candidates.map((c) => c.question)
      .find((x) => x.type === "order")!;
    expect(q.prompt).toBe(
      "Put these events from the article in the order they happened, earliest first.",
    );
    const answer = q.answer as string[];
    expect(answer.length).toBeGreaterThanOrEqual(3);
    for (const item of answer) expect(item).not.toMatch(/\b(19|20)\d\d\b/);
    expect(answer.at(-1)).toBe("Former chairman Tom Aldridge sold the club to local investors");
    expect(answer.some((a) => /academy/.test(a))).toBe(false);
  });

  it("reads an event from a fronted date; none from a plan, a pronoun or two dates", () => {
    const sentences = [
      "Harbour City celebrate their long history",
      "In 1998, Kestrel Grid bought the old stadium from the city council.",
      "Kestrel Grid will build a new stadium for the club on the site in 2026.",
      "He bought the old stadium from the city council for the club in 1999.",
      "Kestrel Grid bought the stadium in 1998 and sold it to the club in 2004.",
    ].join("\n\n");
    const events = yearEvents(read(sentences).infos);
    expect(events.map((e) => [e.text, e.when])).toEqual([
      ["Kestrel Grid bought the old stadium from the city council", 1998000],
    ]);
  });

  it("makes none from fewer than three dated events", () => {
    const two = text
      .split("\n\n")
      .filter((p) => !/1936|1987/.test(p))
      .join("\n\n");
    expect(generateQuiz(two).questions.some((x) => x.type === "order")).toBe(false);
  });
});

describe("blanks a teacher would strike out", () => {
  const text = [
    "Ministers back debt relief plan",
    "The International Monetary Fund (IMF) is to look at a proposal " +
      "to use its gold supplies next spring.",
    "Representatives from China, India, Russia and Brazil were invited " +
      "to attend some of the sessions.",
    "A European Union-funded project is looking at new ways to show old sites to tourists.",
    "The software has been developed by a UK company based near the old harbour.",
    "Peter Lomas, the chairman of Harbour City, " +
      "said the plan was a good start for the poorest countries.",
    "Anna Hale of the Meridian Trust said the plan would need a long time to work.",
    "Among the items was a stripy deckchair from the Queen Mary liner, " +
      "priced at several hundred pounds.",
    "The band led a poll of Boom! magazine readers with their 1970 debut album, " +
      "the editor said on Monday.",
    "The two banks reportedly held talks in October and November 2004 about a possible merger.",
    "Officials from both governments met in Geneva in March and again in Vienna in May " +
      "to discuss the plan.",
    "Last week the company filed for bankruptcy in a last-ditch attempt to hang on to Yugansk, " +
      "which accounts for most of its output.",
  ].join("\n\n");

  it("never asks the rest of a sentence cut after a name with an exclamation mark", () => {
    const r = read(text);
    // a sentence never starts in lower case: "magazine readers..." runs on from "Boom!"
    expect(r.infos.some((i) => i.sentence.text.startsWith("magazine readers"))).toBe(false);
    const whole = r.infos.find((i) => i.sentence.text.startsWith("The band led"));
    expect(whole?.sentence.text).toContain("Boom! magazine readers");
    expect(skipReason(whole!, null)).not.toBe("fragment");
  });

  it("never blanks an unknown name after 'to' as a place ('hang on to Yugansk')", () => {
    expect(complete("Last week the company", text)?.question.answer).not.toBe("Yugansk");
  });

  it("asks nothing of 'The two banks...', and never blanks one month of a pair", () => {
    expect(complete("The two banks", text)).toBeNull();
    const q = complete("Officials from both", text)?.question;
    expect(q?.prompt ?? "").not.toMatch(/in ___ and|and ___ \d/);
  });

  it("never blanks 'X (IMF)', half of 'Union-funded', one of a list or an adjective 'UK'", () => {
    for (const start of [
      "The International",
      "Representatives from",
      "A European",
      "The software",
      "Among the items",
    ]) {
      const q = complete(start, text)?.question;
      if (!q) continue;
      expect(q.prompt, start).not.toMatch(
        /___ \(|___-|___, |, ___|___ and |and ___|a ___ company|Queen ___/,
      );
    }
  });
});
