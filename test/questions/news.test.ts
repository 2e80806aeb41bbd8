import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildPools, pickDistractors } from "../../questions/distractors/distractors.ts";
import { extractFacts, readSentences } from "../../questions/facts/extract.ts";
import { cleanArticle, generateQuiz, MIN_ARTICLE_WORDS, quizIdOf } from "../../questions/index.ts";
import { splitSentences } from "../../questions/read/nlp.ts";

/**
 * Specifications for real news copy (multi-sentence paragraphs, quotations that run on without a
 * closing mark, "said:" introductions, titles, surnames, figures in £ and %). The sentences are
 * written for these tests in the style of wire and broadcaster news; none is taken from an article.
 */
function news(...paragraphs: string[]) {
  const { infos, entities } = readSentences(splitSentences(paragraphs));
  const facts = extractFacts(infos, entities);
  const pools = buildPools(
    [...entities.values()],
    infos.flatMap((i) => i.quantities),
    facts.speakers,
    [],
    facts.roles,
  );
  const find = (prompt: RegExp) => facts.facts.find((f) => prompt.test(f.prompt));
  return {
    ...facts,
    infos,
    entities,
    prompts: facts.facts.filter((f) => !f.statementOnly).map((f) => f.prompt),
    answerTo: (prompt: RegExp) => find(prompt)?.answer,
    options: (prompt: RegExp) => {
      const f = find(prompt);
      expect(f, String(prompt)).toBeDefined();
      return pickDistractors(f!, pools, f!.key) ?? [];
    },
    kindOf: (name: string) => [...entities.values()].find((e) => e.name === name)?.kind,
  };
}

describe("quotations as news writes them", () => {
  it("credits a quotation run on into the next sentence to the speaker of its 'said:'", () => {
    const a = news(
      `Harbour City chairman Tom Aldridge said: ` +
        `"We are thrilled that Peter has agreed to join us. ` +
        `He knows the league well and will meet the squad at the training ground on Monday."`,
      "Aldridge added that talks had lasted three weeks.",
    );
    // a quotation about a third person is a riddle
    expect(a.answerTo(/^Who said, “He knows the league well/)).toBeUndefined();
    expect(a.infos[1]!.speaker?.name).toBe("Tom Aldridge");
  });

  it("carries an open quotation into the next paragraph when that opens with a quote mark", () => {
    const a = news(
      `Sarah Whitfield, the council's housing director, said: ` +
        `"The new homes will be ready before the winter sets in for every family on the list.`,
      `"Our priority has always been the families who have waited longest ` +
        `for a flat near the school.`,
      "The council approved the plan on Tuesday.",
    );
    expect(a.answerTo(/^Who said, “Our priority has always been/)).toBe("Sarah Whitfield");
  });

  it("never asks about the words of a quotation as if the article stated them", () => {
    const a = news(
      `"The club has paid £4m for a striker who scored 30 goals in Spain last season," ` +
        `said Martin Oakes.`,
    );
    expect(a.prompts.filter((p) => !p.startsWith("Who said"))).toEqual([]);
  });

  it("resolves '..., he said' to the person the sentence before is about", () => {
    const a = news(
      "Union leader David Marsh attacked the plan to shut the depot at Felling.",
      `"We will fight this closure with every legal means open to our members," he said.`,
    );
    expect(a.answerTo(/^Who said, “We will fight this closure/)).toBe("David Marsh");
  });

  it("finds the speaker past an aside ('Price, a spokeswoman for X, told') and 'Mr Price'", () => {
    const a = news(
      `"The airport will reopen once the runway has been checked by engineers," ` +
        `Joan Price, a spokeswoman for the Harbour Airports Authority, told reporters.`,
    );
    expect(a.answerTo(/^Who said, “The airport will reopen/)).toBe("Joan Price");
    const b = news(
      "Edward Price, the mayor of Dunmore, visited the site.",
      `"Each family on this street will be rehoused within the month, I promise you that," ` +
        `Mr Price said.`,
    );
    expect(b.answerTo(/^Who said, “Each family on this street/)).toBe("Edward Price");
  });

  it("credits no one if a possessive precedes the saying verb ('Mr Cole's lawyers stated')", () => {
    const a = news(
      "Gerald Cole, 58, denies fraud.",
      `"Printing these papers now could only harm the chance of a fair trial for everyone," ` +
        `a letter from Mr Cole's solicitors stated.`,
    );
    expect(a.answerTo(/^Who said, “Printing these papers now/)).toBeUndefined();
  });
});

describe("people as news names them", () => {
  it("takes a common given name alone as a person, and a lone surname for the same person", () => {
    const a = news(
      "Glenn Hartley takes charge of Avon Rovers this weekend.",
      "Hartley, who left his last club in 2003, signed a two-year contract.",
    );
    expect(a.kindOf("Glenn Hartley")).toBe("person");
    expect(a.answerTo(/^Who takes charge of Avon Rovers this weekend/)).toBe("Glenn Hartley");
  });

  it("lets one-word evidence ('said Kestner') prove the full name it stands for", () => {
    const a = news(
      "Ulrike Kestner has taken charge of the bank's lending arm.",
      `"We will lend more to small firms this year than in any year before," said Kestner.`,
    );
    expect(a.kindOf("Ulrike Kestner")).toBe("person");
  });

  it("links 'Ms Diemont' to the full name and keeps the title out of the answer", () => {
    const a = news(
      "Carla Venn of research firm Tessaract said the poll covered 300 towns.",
      "Ms Venn said bus firms had cut evening routes.",
    );
    expect(a.answerTo(/^Who said bus firms had cut evening routes/)).toBe("Carla Venn");
  });

  it("peels a title of several words off a name as its role ('Transport Secretary X')", () => {
    const a = news("Transport Secretary Helen Ward announced the new rail timetable on Thursday.");
    expect(a.roles.map((r) => `${r.person} = ${r.role}`)).toContain(
      "Helen Ward = the Transport Secretary",
    );
    expect(a.answerTo(/^Who announced the new rail timetable/)).toBe("Helen Ward");
  });

  it("never answers with the party label or title before the name ('Lib Dem Owen Price')", () => {
    const a = news("Lib Dem Owen Price accused ministers of hiding the flood survey.");
    expect(a.answerTo(/^Who accused ministers of hiding the flood survey/)).toBe("Owen Price");
  });

  it("reads a role before a name ('Harbour City chairman X') and one the clause states", () => {
    const a = news(
      "Harbour City chairman Tom Aldridge praised the choice.",
      "Peter Lomas was confirmed as the new Harbour City manager.",
    );
    const roles = a.roles.map((r) => `${r.person} = ${r.role}`);
    expect(roles).toContain("Tom Aldridge = the Harbour City chairman");
    expect(roles).toContain("Peter Lomas = the new Harbour City manager");
  });

  it("resolves a leading 'He' to the last sentence's person, never against a title's sex", () => {
    const a = news(
      "Dennis Carver joined the club from Leeds in 2001.",
      "He scored 40 goals over the next two seasons.",
    );
    expect(
      a.prompts.some((p) =>
        /Dennis Carver score 40 goals|how many goals did Dennis Carver score/i.test(p),
      ),
    ).toBe(true);
    const b = news(
      "Ms Hollis said the hospital had enough beds.",
      "He said the ward would close in March.",
    );
    expect(b.infos[1]!.referent).toBeUndefined();
  });

  it("resolves 'The 47-year-old' to the person named just before", () => {
    const a = news(
      "Ray Lennard takes over at Avon Rovers on Monday.",
      "The 52-year-old previously coached in Norway for three seasons.",
    );
    expect(a.infos[1]!.referent?.name).toBe("Ray Lennard");
  });

  it("gives a shared surname to the person named first, or to the one a title's sex picks", () => {
    const a = news(
      "Michael Harker, 61, denies the charges.",
      "His sister Katherine Harker described him as a gentle neighbour.",
      "Mrs Harker added that the family had moved away.",
      "Harker denies all ten counts.",
    );
    expect(a.answerTo(/^Who denies all ten counts/)).toBe("Michael Harker");
    expect(a.answerTo(/^Who added that the family had moved away/)).toBe("Katherine Harker");
  });

  it("asks a person's age given in apposition", () => {
    const a = news("Dean Rawley, 26, began his career at a club in his home town.");
    expect(a.answerTo(/^According to the article, how old is Dean Rawley/)).toBe("26");
  });
});

describe("bodies, teams and works", () => {
  it("takes a name with a plural verb in sport news for a team ('Harbour City have...')", () => {
    const a = news(
      "Harbour City have dropped their Irish goalkeeper Sean Tully for the cup match.",
    );
    expect(a.answerTo(/^Which club have dropped their Irish goalkeeper/)).toBe("Harbour City");
  });

  it("takes a name after the noun for its sort for a body ('IT firm Kestrel Grid')", () => {
    const a = news("Analysts at IT firm Kestrel Grid said spending would rise.");
    expect(a.kindOf("Kestrel Grid")).toBe("org");
  });

  it("never takes a work's title for a person, even one that starts with a given name", () => {
    const a = news(
      "The musical Sally Swift took two prizes on Sunday.",
      "Sally Swift also took the prize for best set.",
    );
    expect(a.kindOf("Sally Swift")).toBeUndefined();
  });

  it("never offers the same party or country under another name", () => {
    const a = news(
      "The Tories blame Labour for closing 40 rural schools since 2001.",
      "Neither the Liberal Democrats nor the Greens have said how they will vote, " +
        "but the Conservatives will oppose the plan.",
    );
    const options = a.options(/^Which party do the Tories blame for closing 40 rural schools/);
    expect(options).not.toContain("the Conservatives");
    const b = news(
      "Farm leaders in Europe have criticised the US over cheap grain imports.",
      "America, France, Canada and Mexico met in Paris.",
    );
    expect(b.options(/^Which country have farm leaders in Europe criticised/)).not.toContain(
      "America",
    );
  });
});

describe("figures", () => {
  it("asks 'after how many seconds of...' in the present tense of a plural subject", () => {
    const a = news("Customers give up after just 65 seconds of listening to recorded music.");
    expect(a.prompts).toContain(
      "After how many seconds of listening to recorded music do customers give up?",
    );
  });

  it("asks by what percentage a figure rose, and what percentage of a group did something", () => {
    const a = news(
      "Sales at the chain rose 8% in the six weeks to Christmas.",
      "Only 42% of the firms surveyed offer any training to new staff.",
    );
    expect(a.answerTo(/^By what percentage did sales at the chain rise/)).toBe("8%");
    expect(a.answerTo(/^What percentage of the firms surveyed offer any training/)).toBe("42%");
  });

  it("asks for how much something was bought, and offers sums written the same way", () => {
    const a = news(
      "Harbour Holdings bought the shipping firm for £600m in cash.",
      "The deal values the group at £1.2bn, up from £450m a year ago.",
    );
    expect(a.answerTo(/^For how much did Harbour Holdings buy the shipping firm/)).toBe("£600m");
    for (const o of a.options(/^For how much did Harbour Holdings buy/))
      expect(o).toMatch(/^£[\d.,]+(m|bn)$/);
  });

  it("leaves the ends of a range ('from 36 to just 21 days') to true/false", () => {
    const a = news(
      "The average induction time for new staff fell last year from 36 to just 21 days.",
    );
    expect(a.prompts.filter((p) => /how many days/i.test(p))).toEqual([]);
  });
});

describe("clauses as news writes them", () => {
  it("asks about a relative clause on a named person ('X, who resigned..., said')", () => {
    const a = news(
      "Clara Stone, who left the cabinet over the budget, said the figures should be made public.",
    );
    expect(a.answerTo(/^Who left the cabinet over the budget/)).toBe("Clara Stone");
  });

  it("asks about a named object after a preposition ('by the Linden Foundation')", () => {
    const a = news("The software was written by the Linden Foundation in 2003.");
    expect(a.answerTo(/^By which (organisation|foundation) was the software written/)).toBe(
      "the Linden Foundation",
    );
  });

  it("skips a linking 'But' and asks about the sentence after it", () => {
    const a = news("But Lib Dem Owen Price accused ministers of hiding the flood survey.");
    expect(a.answerTo(/^Who accused ministers of hiding the flood survey/)).toBe("Owen Price");
  });

  it("asks nothing of an unnamed subject pointing back ('The move', 'the northern giant')", () => {
    const a = news(
      "The move followed talks between Holland and Belgium in 2005.",
      "The northern giant has doubled its sales in 2004.",
    );
    expect(
      a.facts.filter((f) => f.confidence >= 0.75).map((f) => f.prompt || f.statement?.text),
    ).toEqual([]);
  });

  it("never takes 'The first task, ..., said X' for a report with a source", () => {
    const a = news(
      "The first task, in towns and villages alike, " +
        "said the World Health Organization is to train more nurses.",
    );
    expect(a.prompts.filter((p) => /^According to the first task/i.test(p))).toEqual([]);
  });
});

describe("the engine's contract for the Worker", () => {
  it("exports the quiz id it gives an article and the fewest words it needs", () => {
    const text = readFileSync("questions/article.txt", "utf8");
    const quiz = generateQuiz(text);
    expect(quizIdOf(text)).toBe(quiz.id);
    expect(quizIdOf(cleanArticle(text))).toBe(quiz.id);
    expect(MIN_ARTICLE_WORDS).toBe(60);
    expect(() => generateQuiz("Harbour Holdings bought the shipping firm for £600m.")).toThrowError(
      expect.objectContaining({ code: "too_short" }),
    );
  });
});
