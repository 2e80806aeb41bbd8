import { describe, expect, it } from "vitest";
import { readSentences } from "../../questions/facts/extract.ts";
import { splitSentences } from "../../questions/read/nlp.ts";
import { findQuantities } from "../../questions/read/quantities.ts";

function mentionsOf(...paragraphs: string[]) {
  const { infos, entities } = readSentences(splitSentences(paragraphs));
  return {
    mentions: infos.flatMap((i) => i.mentions.map((m) => `${m.text}:${m.kind}`)),
    entities: [...entities.values()],
  };
}

describe("entities", () => {
  it("finds non-Western names and keeps hyphenated places whole", () => {
    const { mentions } = mentionsOf(
      "Hikmet Hajiyev, the president of Azerbaijan’s foreign policy advisory board, " +
        "pledged safe passage.",
      "Both parties stated that discussions would take place on Thursday in Yevlakh, " +
        "in the breakaway region of Nagorno-Karabakh.",
    );
    expect(mentions).toContain("Hikmet Hajiyev:person");
    expect(mentions).toContain("Azerbaijan:country");
    expect(mentions).toContain("Yevlakh:place");
    expect(mentions.some((m) => m.startsWith("Nagorno-Karabakh:"))).toBe(true);
  });

  it("peels titles and demonyms off names and keeps 'of' inside an organisation's name", () => {
    const { mentions } = mentionsOf(
      "The Council of Europe’s president, Charles Michel, asked Baku to protect " +
        "the local populace, Russian President Vladimir Putin said.",
    );
    expect(mentions).toEqual(
      expect.arrayContaining([
        "Council of Europe:org",
        "Charles Michel:person",
        "Baku:city",
        "Russian:nationality",
        "Vladimir Putin:person",
      ]),
    );
  });

  it("peels a local office or a hyphened description off a name", () => {
    const { mentions } = mentionsOf(
      "Councilman Ray Doyle and Sheriff Ana Ruiz met Top-seed Lena Varga at the harbour.",
    );
    expect(mentions).toEqual(
      expect.arrayContaining(["Ray Doyle:person", "Ana Ruiz:person", "Lena Varga:person"]),
    );
  });

  it("links a surname to the person named in full", () => {
    const { entities } = mentionsOf(
      "President Ilham Aliyev of Azerbaijan declared victory on Wednesday.",
      "According to Aliyev, the withdrawal had started.",
    );
    const aliyev = entities.find((e) => e.name === "Ilham Aliyev");
    expect(aliyev?.kind).toBe("person");
    expect(aliyev?.mentions.map((m) => m.text)).toEqual(["Ilham Aliyev", "Aliyev"]);
  });

  it("does not take things with capitalised names for people", () => {
    const { mentions } = mentionsOf(
      "The team combined 48 hours of observations from the Very Large Telescope " +
        "with data from the James Webb Space Telescope.",
    );
    expect(mentions.filter((m) => m.endsWith(":person"))).toEqual([]);
  });

  it("calls a name with an organisation's appositive an organisation", () => {
    const { mentions } = mentionsOf(
      "Anatolian Skies, Turkey's second-largest airline, " +
        "said on Monday it had agreed to sell a stake.",
    );
    expect(mentions).toContain("Anatolian Skies:org");
  });
});

describe("names in the second round", () => {
  it("keeps 'for' inside an organisation's name and does not join a place to '-based'", () => {
    const { mentions } = mentionsOf(
      "Amina Yusuf, a researcher at the Nairobi-based Centre for Digital Rights, " +
        "welcomed the ruling.",
    );
    expect(mentions).toContain("Centre for Digital Rights:org");
    expect(mentions.some((m) => m.startsWith("Digital Rights:"))).toBe(false);
    expect(mentions.some((m) => m.startsWith("Nairobi-based"))).toBe(false);
  });

  it("peels a place off a title in front of a name", () => {
    const { mentions } = mentionsOf(
      "Seoul Mayor Park Ji-hoon said the city could not keep covering the losses.",
    );
    expect(mentions).toContain("Park Ji-hoon:person");
    expect(mentions.some((m) => m.startsWith("Seoul Mayor"))).toBe(false);
  });

  it("keeps an organisation that lists its fields whole", () => {
    const { mentions } = mentionsOf(
      "The quake hit at dawn, " +
        "according to Indonesia's Meteorology, Climatology and Geophysical Agency.",
    );
    expect(mentions).toContain("Meteorology, Climatology and Geophysical Agency:org");
  });

  it("links an organisation's short name to its full name, not to a person", () => {
    const { entities } = mentionsOf(
      "The register was built by Shenzhen Zhiyuan Technology, a Chinese firm, " +
        "under a large contract.",
      "Liang Wenjie said Shenzhen Zhiyuan had never stored data abroad.",
    );
    expect(entities.find((e) => e.name === "Shenzhen Zhiyuan")).toBeUndefined();
    expect(entities.find((e) => e.name === "Shenzhen Zhiyuan Technology")?.mentions).toHaveLength(
      2,
    );
  });

  it("accepts the family name readers use: the article's short form, else one put first", () => {
    const short = (...p: string[]) =>
      Object.fromEntries(
        mentionsOf(...p)
          .entities.filter((e) => e.kind === "person")
          .map((e) => [e.name, e.short]),
      );
    expect(
      short(
        "Kim Jae-won, the head of the union, said the cuts were unsafe.",
        "Kim said the union was ready to talk.",
      ),
    ).toEqual({ "Kim Jae-won": "Kim" });
    expect(
      short("Liang Wenjie, the company's regional director, said it had followed the law."),
    ).toEqual({ "Liang Wenjie": "Liang" });
    expect(short("Jennifer Lee, an analyst at a bank, said the deal was fair.")).toEqual({
      "Jennifer Lee": "Lee",
    });
    expect(short("Nguyen Thi Lan, the director of the programme, said cases had fallen.")).toEqual({
      "Nguyen Thi Lan": "Lan",
    });
  });
});

describe("names found on the held-out articles", () => {
  it("does not take a place described in apposition for a person", () => {
    const { mentions } = mentionsOf(
      "In Peru's Cordillera Blanca, the largest tropical mountain range covered by glaciers, " +
        "12 small glaciers disappeared.",
    );
    expect(mentions).toContain("Cordillera Blanca:place");
  });

  it("links an acronym to the body it abbreviates", () => {
    const { entities } = mentionsOf(
      "A report was published on Monday by the World Meteorological Organization in Geneva.",
      "The WMO called on governments to expand monitoring.",
    );
    const wmo = entities.find((e) => e.name === "World Meteorological Organization");
    expect(wmo?.mentions.map((m) => m.text)).toEqual(["World Meteorological Organization", "WMO"]);
  });

  it("never shortens a name to a generation suffix", () => {
    const { entities } = mentionsOf(
      "Oba Ewuare II, the traditional ruler of Benin, " +
        "sent a delegation of chiefs to receive the works.",
    );
    expect(entities.find((e) => e.name === "Oba Ewuare II")?.short).toBe("Ewuare");
  });
});

describe("quantities", () => {
  const q = (text: string) =>
    findQuantities(splitSentences([text])[0]!).map(
      (x) => `${x.text}|${x.kind}|${x.core}|${x.unit ?? ""}`,
    );

  it("reads N-person compounds, counted nouns and decades", () => {
    expect(
      q(
        "Weapons are to be surrendered under the guidance of " +
          "the 2,000-person Russian peacekeeping team.",
      ),
    ).toContain("2,000-person|count|2,000|person");
    expect(q("30,000 people died in the fighting.")).toContain("30,000 people|count|30,000|people");
    expect(q("The territory was annexed by Armenian separatists in the early 1990s.")).toContain(
      "the early 1990s|decade|1990s|",
    );
  });

  it("reads money, percentages, ordinals, weekdays and years", () => {
    const found = q(
      "Shares jumped 9% on Monday night after a $1.2 billion deal, " +
        "and Oshoala scored in the 88th minute in 2024.",
    );
    expect(found).toEqual(
      expect.arrayContaining([
        "9%|percent|9|",
        "Monday night|weekday|Monday|",
        "$1.2 billion|money|1.2 billion|",
        "88th minute|ordinal|88th|minute",
        "2024|year|2024|",
      ]),
    );
  });

  it("leaves numbers inside names alone", () => {
    expect(
      q("The planet, known as LHS 1140 b, circles its star every 25 days.").map(
        (x) => x.split("|")[2],
      ),
    ).toEqual(["25"]);
  });
});

describe("buildings named after people", () => {
  it("reads a full name before 'Hall' as a place, and 'Tom Hall' as a person", async () => {
    const { candidateQuestions } = await import("../../questions/index.ts");
    const text =
      "Concert hall\n\nThe orchestra will renovate Margaret Ellery Hall, its home since 1962. " +
      "Conductor Tom Hall said the work would start next year.";
    const kinds = new Map(
      [...candidateQuestions(text).entities.values()].map((e) => [e.name, e.kind]),
    );
    expect(kinds.get("Margaret Ellery Hall")).not.toBe("person");
    expect(kinds.get("Tom Hall")).toBe("person");
  });
});
