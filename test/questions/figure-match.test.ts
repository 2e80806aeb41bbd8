import { describe, expect, it } from "vitest";
import { candidateQuestions } from "../../questions/index.ts";

const figures = (lines: string[]) =>
  candidateQuestions(lines.join("\n")).candidates.find((c) => c.factKey === "match:figures")
    ?.question;

const COLLIERY = [
  "Solar farm approved for former colliery site",
  "Councillors have approved plans for a solar farm on the site of the former colliery, " +
    "which closed in 1993.",
  "The scheme will generate enough electricity for about 12,000 homes, the company said.",
  "Construction is expected to begin in March and take about nine months, " +
    "creating 60 temporary jobs.",
  "The company would also plant 3,000 trees around the edge of the site.",
  "The plans drew 14 objections, mostly about traffic on the narrow roads leading to the site.",
];

describe("matching the article's figures to what they count", () => {
  it("pairs figures with the things they count, in article order, the things shuffled", () => {
    const q = figures(COLLIERY)!;
    expect(q.type).toBe("match");
    expect(q.items).toEqual(["12,000", "60", "3,000", "14"]);
    expect(q.answer).toEqual(["homes", "temporary jobs", "trees", "objections"]);
    expect(q.options).not.toEqual(q.answer);
    expect([...(q.options ?? [])].sort()).toEqual([...(q.answer as string[])].sort());
    for (const [i, source] of (q.sources ?? []).entries())
      expect(source.highlight).toContain(q.items![i]);
  });

  it("leaves out time spans, money, measures, 'one' and 'two', and a count in a quotation", () => {
    const q = figures([
      "Ferry service to resume after storm",
      "The ferry will carry 400 passengers a day from Monday, the operator said.",
      "Repairs took nine months and cost £2m, and the new pier is 120 metres long.",
      "Two engineers and one diver inspected the hull before the service was approved.",
      '"We have 30 crew ready to go," the captain said.',
      "The operator also plans to add 12 sailings next summer.",
      "A further 3 routes will open in the autumn.",
    ]);
    expect(q?.items).toEqual(["400", "12", "3"]);
  });

  it("takes one row a sentence, as the quiz asks one question a sentence", () => {
    const q = figures([
      "Ferry service to resume after storm",
      "The ferry will carry 400 passengers a day from Monday, the operator said.",
      "The operator also plans to add 12 sailings and 3 routes next summer.",
      "A crew of 25 sailors will run the new routes.",
    ]);
    expect(q?.items).toEqual(["400", "12", "25"]);
  });

  it("asks nothing when the article counts fewer than three different things", () => {
    expect(figures(COLLIERY.slice(0, 3))).toBeUndefined();
  });
});
