import { describe, expect, it } from "vitest";
import { analyzeClause, complementClause } from "../../questions/clause.ts";
import { spanText } from "../../questions/entities.ts";
import { extractFacts, readSentences } from "../../questions/extract.ts";
import { splitSentences } from "../../questions/nlp.ts";

function factsOf(...paragraphs: string[]) {
  const { infos, entities } = readSentences(splitSentences(paragraphs));
  return extractFacts(infos, entities);
}

describe("clauses", () => {
  it("separates a fronted time, the subject, its appositive, the verb group and the predicate", () => {
    const [s] = splitSentences(["On Wednesday night, Vladimir Putin, the president of Russia, had expressed his wish for a peaceful outcome."]);
    const c = analyzeClause(s!)!;
    const part = (span: [number, number] | null) => (span ? spanText(s!, span[0], span[1]) : null);
    expect([part(c.prefix), part(c.subject), part(c.appositive), part(c.verb), part(c.rest)]).toEqual([
      "On Wednesday night", "Vladimir Putin", "the president of Russia", "had expressed", "his wish for a peaceful outcome",
    ]);
  });

  it("finds the clause that a speech verb reports", () => {
    const [s] = splitSentences(["Both parties stated that discussions would take place on Thursday in Yevlakh."]);
    const inner = complementClause(analyzeClause(s!)!)!;
    expect(spanText(s!, inner.subject[0], inner.subject[1])).toBe("discussions");
    expect(spanText(s!, inner.verb[0], inner.verb[1])).toBe("would take");
  });
});

describe("roles", () => {
  const roles = (text: string) => factsOf(text).roles.map((r) => `${r.person} = ${r.role}`);

  it('reads "X, the president of Y,"', () => {
    expect(roles("Vladimir Putin, the president of Russia, expressed his wish for a peaceful outcome.")).toEqual(["Vladimir Putin = the president of Russia"]);
  });
  it('reads "President X of Y"', () => {
    expect(roles("President Ilham Aliyev of Azerbaijan declared on Wednesday that his nation had reclaimed authority.")).toEqual(["Ilham Aliyev = the president of Azerbaijan"]);
  });
  it(`reads "Y's president, X,"`, () => {
    expect(roles("The Council of Europe’s president, Charles Michel, asked Baku to protect the security of the local populace.")).toEqual(["Charles Michel = the Council of Europe’s president"]);
  });
  it('reads "Demonym Title X" and "X, an agent noun at Y,"', () => {
    expect(roles("Russian President Vladimir Putin met Dr. Camila Rojas, an astrophysicist at the University of Chile, on Monday.")).toEqual([
      "Vladimir Putin = the Russian president",
      "Camila Rojas = an astrophysicist at the University of Chile",
    ]);
  });
});

describe("single-answer facts", () => {
  it("asks who said a full quotation and credits the speaker named with 'according to'", () => {
    const { facts } = factsOf("President Ilham Aliyev of Azerbaijan spoke on Wednesday.", "According to Aliyev, “Azerbaijan restored its sovereignty as a result of successful anti-terrorist measures in Karabakh,” in a speech that was broadcast on television.");
    const quote = facts.find((f) => f.key.startsWith("quote:"))!;
    expect(quote.prompt).toBe("Who said, “Azerbaijan restored its sovereignty as a result of successful anti-terrorist measures in Karabakh”?");
    expect(quote.answer).toBe("Ilham Aliyev");
  });

  it("asks where and when about a reported plan, keeping its source", () => {
    const { facts } = factsOf("Both parties stated that discussions for the reunification of the separatist territory with the rest of Azerbaijan would take place on Thursday in Yevlakh.");
    const prompts = Object.fromEntries(facts.map((f) => [f.answer, f.prompt]));
    expect(prompts["Yevlakh"]).toBe("According to both parties, where would discussions for the reunification of the separatist territory with the rest of Azerbaijan take place on Thursday?");
    expect(prompts["Thursday"]).toBe("According to both parties, on which day would discussions for the reunification of the separatist territory with the rest of Azerbaijan take place in Yevlakh?");
  });

  it("asks how many about a counted subject and a counted object", () => {
    const { facts } = factsOf("30,000 people died in the fighting, and thousands were driven from their homes.", "Since the fall of the Soviet Union, Armenia and Azerbaijan have fought two wars over the mountainous area.");
    const byAnswer = Object.fromEntries(facts.filter((f) => f.kind === "count" && !f.statementOnly).map((f) => [f.answer, f.prompt]));
    expect(byAnswer["30,000"]).toBe("How many people died in the fighting?");
    expect(byAnswer["two"]).toBe("Since the fall of the Soviet Union, how many wars have Armenia and Azerbaijan fought over the mountainous area?");
  });

  it("asks about an N-person compound", () => {
    const { facts } = factsOf("According to the defence ministry, weapons are to be surrendered under the guidance of the 2,000-person Russian peacekeeping team stationed there.");
    expect(facts.find((f) => f.answer === "2,000")?.prompt).toBe("According to the article, how many people make up the Russian peacekeeping team?");
  });

  it("asks why when the sentence states a cause", () => {
    const { facts } = factsOf("President Ilham Aliyev of Azerbaijan declared victory.", "Aliyev has made significant progress toward his goal of regaining control of Baku over Nagorno-Karabakh, which is populated primarily by Armenians, thanks to the shocking collapse of rebel opposition.");
    const cause = facts.find((f) => f.kind === "cause")!;
    expect(cause.prompt).toBe("According to the article, why has Aliyev made significant progress toward his goal of regaining control of Baku over Nagorno-Karabakh?");
    expect(cause.answer).toBe("The shocking collapse of rebel opposition");
  });

  it("skips sentences that lean on a pronoun from another sentence", () => {
    const { facts } = factsOf("He said that the talks would take place on Thursday in Yevlakh.", "It was the first time Morocco had reached the final.");
    expect(facts.filter((f) => !f.statementOnly)).toEqual([]);
  });
});
