import { describe, expect, it } from "vitest";
import { fitSwap } from "../../questions/ask/write.ts";
import {
  buildPools,
  formatLike,
  nearbyNumbers,
  ordinal,
  pickDistractors,
} from "../../questions/distractors/distractors.ts";
import { extractFacts, readSentences } from "../../questions/facts/extract.ts";
import { hashId, seededShuffle } from "../../questions/hash.ts";
import { splitSentences } from "../../questions/read/nlp.ts";

describe("nearby numbers", () => {
  it("are of the same magnitude and written like the answer", () => {
    const near = nearbyNumbers(2000, "2,000");
    expect(near.length).toBeGreaterThanOrEqual(3);
    for (const n of near) {
      expect(n).toMatch(/^\d{1,3}(,\d{3})*$/);
      expect(n).not.toBe("2,000");
      const v = Number(n.replace(/,/g, ""));
      expect(v).toBeGreaterThanOrEqual(400);
      expect(v).toBeLessThanOrEqual(6000);
    }
  });
  it("are as round as the answer, so a round set does not single it out", () => {
    const near = nearbyNumbers(442, "442");
    expect(near.filter((n) => n.endsWith("0"))).toEqual([]);
  });
  it("keep scale words, number words and ordinals", () => {
    expect(nearbyNumbers(18e6, "18 million").every((n) => / million$/.test(n))).toBe(true);
    // ("$1100 million" is written by nobody: a thousand millions is a billion)
    expect(nearbyNumbers(756e6, "756 million")).toContain("1.1 billion");
    expect(nearbyNumbers(756e6, "756 million").some((n) => /^\d{4,}/.test(n))).toBe(false);
    expect(nearbyNumbers(900e6, "900m")).toContain("1.4bn");
    expect(nearbyNumbers(2, "two")).toEqual(expect.arrayContaining(["three", "one"]));
    expect(nearbyNumbers(88, "88th")).toEqual(expect.arrayContaining(["89th", "87th"]));
    expect(ordinal(22)).toBe("22nd");
    expect(ordinal(13)).toBe("13th");
  });
  it("formats like the answer", () => {
    expect(formatLike(30000, "2,000")).toBe("30,000");
    expect(formatLike(7.5, "6.9")).toBe("7.5");
  });
});

describe("hash", () => {
  it("gives a 12-character base32 id that depends on every character", () => {
    expect(hashId("article")).toMatch(/^[0-9a-z]{12}$/);
    expect(hashId("article")).toBe(hashId("article"));
    expect(hashId("article")).not.toBe(hashId("articlf"));
  });
  it("shuffles deterministically", () => {
    const items = ["a", "b", "c", "d", "e"];
    expect(seededShuffle(items, "x")).toEqual(seededShuffle(items, "x"));
    expect([...seededShuffle(items, "x")].sort()).toEqual(items);
  });
});

/** The facts of a small article and the stand-ins the article offers for them. */
function article(...paragraphs: string[]) {
  const { infos, entities } = readSentences(splitSentences(paragraphs));
  const { facts, roles, speakers } = extractFacts(infos, entities);
  const pools = buildPools(
    [...entities.values()],
    infos.flatMap((i) => i.quantities),
    speakers,
    [],
    roles,
  );
  return {
    facts,
    pools,
    options: (prompt: RegExp) => {
      const f = facts.find((x) => prompt.test(x.prompt))!;
      expect(f, String(prompt)).toBeDefined();
      return pickDistractors(f, pools, f.key) ?? [];
    },
  };
}

describe("distractors", () => {
  it("never offers a speaker's own body or colleague for 'Who said...?'", () => {
    const a = article(
      "The Confederation of African Football said the tournament had drawn " +
        "a record total attendance of 310,000 spectators.",
      "Patrice Motsepe, the president of the Confederation of African Football, " +
        "handed the trophy to Onome Ebi.",
      "Randy Waldrum, the head coach of Nigeria, said the victory was " +
        "the reward for two years of hard work.",
      "Jorge Vilda, Morocco's coach, praised his team.",
      "Barbra Banda, the Zambia captain, said she was proud.",
      "John Enoh, Nigeria's sports minister, announced a national reception.",
    );
    const options = a.options(/^Who said the tournament had drawn/);
    expect(options).toHaveLength(3);
    expect(options).not.toContain("Patrice Motsepe");
  });

  it("never offers a person whose name the body asked about carries", () => {
    const a = article(
      "The Mehta Foundation said the investment would help the airline grow.",
      "Priya Mehta, an heir to the family fortune, said she supported the deal.",
      "Mehmet Yılmaz, the chairman of Anatolian Skies, said the board had approved the deal.",
      "Ayşe Demir, an analyst at Deniz Securities, said the deal was generous.",
      "Rohan Kapoor, India's trade minister, said he welcomed the agreement.",
      "Elif Kaya, Anatolian Skies' finance chief, said the money would fund a maintenance centre.",
    );
    for (const o of a.options(/^Who said the investment would help/))
      expect(o).not.toMatch(/Mehta/);
  });

  it("never offers two options where one is part of the other", () => {
    const a = article(
      "Officials of both sides stated that discussions would take place on Thursday in Yevlakh.",
      "Fighting in Nagorno-Karabakh ended after talks in Baku.",
      "Armenians in Karabakh fled to Armenia, and Moscow sent peacekeepers to Stepanakert.",
    );
    const options = a.options(/where would discussions take place/);
    expect(options.includes("Nagorno-Karabakh") && options.includes("Karabakh")).toBe(false);
  });

  it("offers only named speakers as stand-ins", () => {
    const a = article(
      "Officials said the airport had reopened on Saturday.",
      "The Red Cross said it had sent 300 volunteers.",
      "Joko Widodo, the president of Indonesia, said the government would rebuild schools.",
    );
    expect(a.pools.speakers).not.toContain("Officials");
  });
});

describe("false statements", () => {
  it("give a swapped country its 'the', and take it away", () => {
    expect(fitSwap("In 2021, ", "United States", "country")).toEqual({
      before: "In 2021, ",
      swap: "the United States",
    });
    expect(fitSwap("Museums in the ", "France", "country")).toEqual({
      before: "Museums in ",
      swap: "France",
    });
    expect(fitSwap("The ", "France", "country")).toEqual({ before: "", swap: "France" });
    expect(fitSwap("", "the Red Cross", "org")).toEqual({ before: "", swap: "The Red Cross" });
  });

  it("swap a city for a city, and give a country its 'the'", () => {
    const cities = article(
      "The findings will be discussed at the United Nations climate conference " +
        "in Baku in November.",
      "Scientists met in Geneva and in Kathmandu, near the Himalayas, " +
        "and visited Peru's Cordillera Blanca, the largest tropical mountain range.",
    );
    const f = cities.facts.find((x) => x.answer === "Baku")!;
    expect(pickDistractors(f, cities.pools, f.key)).not.toContain("Cordillera Blanca");
  });
});

describe("a place the atlas does not know", () => {
  it("takes no capital city of the region for a stand-in", () => {
    const a = article(
      "The earthquake struck near the town of Karuva in Indonesia on Friday.",
      "Rescue teams from Makassar reached Karuva by road.",
    );
    const day = a.facts.find((f) => f.answer === "Friday")!;
    expect(day).toBeDefined();
    // the same sentence asked as "Where...?": the answer a district the gazetteer lacks
    const where = { ...day, key: "where:0:Karuva", answer: "Karuva", kind: "place" as const };
    const capitals = ["Jakarta", "Kuala Lumpur", "Manila", "Bangkok", "Phnom Penh", "Hanoi"];
    for (const o of pickDistractors(where, a.pools, where.key) ?? [])
      expect(capitals).not.toContain(o);
    // a city the gazetteer knows still takes its neighbours
    const city = { ...where, key: "where:0:Jakarta", answer: "Jakarta", kind: "city" as const };
    expect(pickDistractors(city, a.pools, city.key)).not.toBeNull();
  });
});
