import { describe, expect, it } from "vitest";
import { MIN_SCORE } from "../../questions/choose/select.ts";
import { analyzeClause, complementClause } from "../../questions/facts/clause.ts";
import { extractFacts, readSentences } from "../../questions/facts/extract.ts";
import { spanText } from "../../questions/read/entities.ts";
import { splitSentences } from "../../questions/read/nlp.ts";

function factsOf(...paragraphs: string[]) {
  const { infos, entities } = readSentences(splitSentences(paragraphs));
  return extractFacts(infos, entities);
}

describe("clauses", () => {
  it("separates a fronted time, subject, appositive, verb group and predicate", () => {
    const [s] = splitSentences([
      "On Wednesday night, Vladimir Putin, the president of Russia, " +
        "had expressed his wish for a peaceful outcome.",
    ]);
    const c = analyzeClause(s!)!;
    const part = (span: [number, number] | null) => (span ? spanText(s!, span[0], span[1]) : null);
    expect([
      part(c.prefix),
      part(c.subject),
      part(c.appositive),
      part(c.verb),
      part(c.rest),
    ]).toEqual([
      "On Wednesday night",
      "Vladimir Putin",
      "the president of Russia",
      "had expressed",
      "his wish for a peaceful outcome",
    ]);
  });

  it("finds the clause that a speech verb reports", () => {
    const [s] = splitSentences([
      "Both parties stated that discussions would take place on Thursday in Yevlakh.",
    ]);
    const inner = complementClause(analyzeClause(s!)!)!;
    expect(spanText(s!, inner.subject[0], inner.subject[1])).toBe("discussions");
    expect(spanText(s!, inner.verb[0], inner.verb[1])).toBe("would take");
  });
});

describe("roles", () => {
  const roles = (text: string) => factsOf(text).roles.map((r) => `${r.person} = ${r.role}`);

  it('reads "X, the president of Y,"', () => {
    expect(
      roles("Vladimir Putin, the president of Russia, expressed his wish for a peaceful outcome."),
    ).toEqual(["Vladimir Putin = the president of Russia"]);
  });
  it('reads "President X of Y"', () => {
    expect(
      roles(
        "President Ilham Aliyev of Azerbaijan declared on Wednesday " +
          "that his nation had reclaimed authority.",
      ),
    ).toEqual(["Ilham Aliyev = the president of Azerbaijan"]);
  });
  it(`reads "Y's president, X,"`, () => {
    expect(
      roles(
        "The Council of Europe’s president, Charles Michel, " +
          "asked Baku to protect the security of the local populace.",
      ),
    ).toEqual(["Charles Michel = the Council of Europe’s president"]);
  });
  it('reads "Demonym Title X" and "X, an agent noun at Y,"', () => {
    expect(
      roles(
        "Russian President Vladimir Putin met Dr. Camila Rojas, " +
          "an astrophysicist at the University of Chile, on Monday.",
      ),
    ).toEqual([
      "Vladimir Putin = the Russian president",
      "Camila Rojas = an astrophysicist at the University of Chile",
    ]);
  });
});

describe("single-answer facts", () => {
  it("asks who said a full quotation and credits the speaker named with 'according to'", () => {
    const { facts } = factsOf(
      "President Ilham Aliyev of Azerbaijan spoke on Wednesday.",
      "According to Aliyev, “Azerbaijan restored its sovereignty as a result of " +
        "successful anti-terrorist measures in Karabakh,” " +
        "in a speech that was broadcast on television.",
    );
    const quote = facts.find((f) => f.key.startsWith("quote:"))!;
    expect(quote.prompt).toBe(
      "Who said, “Azerbaijan restored its sovereignty as a result of " +
        "successful anti-terrorist measures in Karabakh”?",
    );
    expect(quote.answer).toBe("Ilham Aliyev");
  });

  it("asks where and when about a reported plan, keeping its source", () => {
    const { facts } = factsOf(
      "Officials of both sides stated that discussions for the reunification of the separatist " +
        "territory with the rest of Azerbaijan would take place on Thursday in Yevlakh.",
    );
    const prompts = Object.fromEntries(facts.map((f) => [f.answer, f.prompt]));
    expect(prompts.Yevlakh).toBe(
      "According to officials of both sides, where would discussions for the reunification " +
        "of the separatist territory with the rest of Azerbaijan take place on Thursday?",
    );
    expect(prompts.Thursday).toBe(
      "According to officials of both sides, on which day would discussions for the " +
        "reunification of the separatist territory with the rest of Azerbaijan take place in " +
        "Yevlakh?",
    );
  });

  it("asks how many about a counted subject and a counted object", () => {
    const { facts } = factsOf(
      "30,000 people died in the fighting, and thousands were driven from their homes.",
      "Since the fall of the Soviet Union, Armenia and Azerbaijan have fought two wars " +
        "over the mountainous area.",
    );
    const byAnswer = Object.fromEntries(
      facts.filter((f) => f.kind === "count" && !f.statementOnly).map((f) => [f.answer, f.prompt]),
    );
    expect(byAnswer["30,000"]).toBe("How many people died in the fighting?");
    expect(byAnswer.two).toBe(
      "Since the fall of the Soviet Union, how many wars have Armenia and Azerbaijan fought " +
        "over the mountainous area?",
    );
  });

  it("asks about an N-person compound", () => {
    const { facts } = factsOf(
      "According to the defence ministry, weapons are to be surrendered under the guidance " +
        "of the 2,000-person Russian peacekeeping team stationed there.",
    );
    expect(facts.find((f) => f.answer === "2,000")?.prompt).toBe(
      "According to the article, how many people make up the Russian peacekeeping team?",
    );
  });

  it("asks why when the sentence states a cause", () => {
    const { facts } = factsOf(
      "President Ilham Aliyev of Azerbaijan declared victory.",
      "Aliyev has made significant progress toward his goal of regaining control of Baku " +
        "over Nagorno-Karabakh, which is populated primarily by Armenians, " +
        "thanks to the shocking collapse of rebel opposition.",
    );
    const cause = facts.find((f) => f.kind === "cause")!;
    expect(cause.prompt).toBe(
      "According to the article, why has Aliyev made significant progress toward his goal " +
        "of regaining control of Baku over Nagorno-Karabakh?",
    );
    expect(cause.answer).toBe("The shocking collapse of rebel opposition");
  });

  it("skips sentences that lean on a pronoun from another sentence", () => {
    const { facts } = factsOf(
      "He said that the talks would take place on Thursday in Yevlakh.",
      "It was the first time Morocco had reached the final.",
    );
    expect(facts.filter((f) => !f.statementOnly)).toEqual([]);
  });
});

describe("prompts a teacher keeps", () => {
  // What the selection would consider: confident facts with a question.
  const prompts = (...p: string[]) =>
    factsOf(...p)
      .facts.filter((f) => !f.statementOnly && f.confidence >= MIN_SCORE)
      .map((f) => f.prompt);

  it("cuts a trailing comparison or source off the predicate", () => {
    expect(
      prompts(
        "Anatolian Skies carried 18 million passengers last year, up 12% from 2022, " +
          "and reported a net profit of $310 million.",
      ),
    ).toContain("How many passengers did Anatolian Skies carry last year?");
    const statements = factsOf(
      "The deal gives the Mumbai conglomerate two seats on the board of Anatolian Skies, " +
        "the companies said in a joint statement.",
    ).facts.map((f) => f.statement?.text);
    for (const st of statements) if (st) expect(st).not.toMatch(/companies said/);
  });

  it("asks how many about a hedged subject count, and leaves a describing participle out", () => {
    expect(
      prompts(
        "About 32 million Kenyans had enrolled in the register, known as Huduma Digital, " +
          "since registration began in 2022.",
      ),
    ).toContain("About how many Kenyans had enrolled in the register?");
  });

  it("does not take a hedge on a number for a fronted phrase", () => {
    const [s] = splitSentences([
      "About 32 million Kenyans had enrolled in the register, known as Huduma Digital, " +
        "since registration began in 2022.",
    ]);
    const c = analyzeClause(s!)!;
    expect(spanText(s!, c.subject[0], c.subject[1])).toBe("About 32 million Kenyans");
    expect(c.prefix).toBeNull();
  });

  it("never cuts one place or day of two out of a question", () => {
    const all = prompts(
      "Data protection experts said the ruling could influence similar cases " +
        "in Uganda and Tanzania.",
      "The talks were held in Nairobi on Monday and Tuesday.",
    );
    expect(
      all.filter((p) => /^According to data protection experts, where|^On which day/.test(p)),
    ).toEqual([]);
    expect(all).toContain("Where were the talks held on Monday and Tuesday?");
  });

  it("asks 'until which day' for 'until Saturday'", () => {
    expect(prompts("The union has said the walkout will last until Saturday.")).toContain(
      "According to the union, until which day will the walkout last?",
    );
  });

  it("keeps who reported a reported clause in its true/false statement", () => {
    const st = factsOf("The union has said the walkout will last until Saturday.")
      .facts.map((f) => f.statement?.text)
      .filter(Boolean);
    expect(st).toContain("The union has said the walkout will last until Saturday.");
  });

  it("asks a person's age by name, and nothing about 'the office worker'", () => {
    const all = prompts(
      "Thousands of commuters were late.",
      "“I left home an hour early,” said Lee Soo-min, a 34-year-old office worker, " +
        "at Sindorim station.",
      "Rina Susanti, a 34-year-old teacher, said she had pulled her children from the rubble.",
    );
    expect(all).toContain("According to the article, how old is Rina Susanti?");
    expect(all.filter((p) => /how old is the /.test(p))).toEqual([]);
  });

  it("asks no 'Who said it had...?' about a person, and 'Which organisation' about a body", () => {
    const all = prompts(
      "The company's regional director, Liang Wenjie, " +
        "said in a statement that it had always followed Kenyan law.",
      "The Red Cross said it had sent 300 volunteers and 12 water trucks to the area.",
    );
    expect(all.filter((p) => /^Who said (in a statement )?(that )?(it|they)\b/.test(p))).toEqual(
      [],
    );
    expect(all).toContain(
      "Which organisation said it had sent 300 volunteers and 12 water trucks to the area?",
    );
  });

  it("names 'the company' when the article has one, and leaves it when it could be two", () => {
    const one = prompts(
      "Samjin Semiconductor, South Korea's third-largest chipmaker, will build a factory in Texas.",
      "The company was founded in 1987.",
    );
    expect(one).toContain("In which year was Samjin Semiconductor founded?");
    const two = prompts(
      "Anatolian Skies, Turkey's second-largest airline, sold a stake to Mehta Group.",
      "Turkish Airlines, the country's largest carrier, did not comment.",
      "The airline was founded in 2003.",
    );
    expect(two.filter((p) => /2003|founded/.test(p) && /the airline/i.test(p))).toEqual([]);
  });

  it("skips a sentence that points back with 'that game'", () => {
    expect(
      prompts("Barbra Banda, the Zambia captain, scored twice in that game.").filter((p) =>
        /that game/.test(p),
      ),
    ).toEqual([]);
  });
});

describe("dated events", () => {
  const events = (...p: string[]) => factsOf(...p).events.map((e) => e.text);

  it("come from 'on'/'in'/'during' in the main clause, never 'since'/'by' or an intention", () => {
    expect(
      events(
        "The strike is the first full walkout on the network since 2016.",
        "The company wants to eliminate 2,212 jobs by 2026.",
        "About 32 million Kenyans had enrolled in the register since registration began in 2022.",
        "Talks between the union and Seoul Metro broke down late on Wednesday.",
      ),
    ).toEqual(["Talks between the union and Seoul Metro broke down"]);
  });

  it("take a date set off by commas as the date of the subject's event", () => {
    expect(events("The last major strike on the network, in 2016, lasted 74 days.")).toEqual([
      "The last major strike on the network lasted 74 days",
    ]);
  });
});

describe("prompts found wanting on the held-out articles", () => {
  const prompts = (...p: string[]) =>
    factsOf(...p)
      .facts.filter((f) => !f.statementOnly && f.confidence >= MIN_SCORE)
      .map((f) => f.prompt);

  it("asks 'since which decade' for 'since the 1980s', not 'when'", () => {
    expect(
      prompts(
        "In the tropical Andes, glaciers have lost about half of their surface area " +
          "since the 1980s, the report said.",
      ),
    ).toContain(
      "In the tropical Andes, since which decade have glaciers lost " +
        "about half of their surface area?",
    );
  });

  it("never cuts one place out of a list with commas", () => {
    const all = prompts(
      "Many of the works were later sold to collectors and museums " +
        "in Germany, Britain and the United States.",
      "The return comes as museums in France, the Netherlands and the United States " +
        "face growing pressure.",
    );
    expect(all.filter((p) => /^Where/.test(p))).toEqual([]);
  });

  it("skips a sentence whose subject is a bare quantifier ('Many were later sold')", () => {
    expect(
      factsOf(
        "Many were later sold to collectors and museums in Germany, Britain and the United States.",
      ).facts,
    ).toEqual([]);
  });

  it("leaves a counted noun with its participle rather than strand it", () => {
    for (const p of prompts(
      "In 2021, France returned 26 treasures looted from the Kingdom of Dahomey to Benin.",
    ))
      expect(p).not.toMatch(/^In 2021, how many treasures/);
  });
});
