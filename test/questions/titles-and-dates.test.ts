import { describe, expect, it } from "vitest";
import { chooseQuestions } from "../../questions/choose/pick.ts";
import { rankSentences } from "../../questions/choose/rank.ts";
import { ALL_TYPES } from "../../questions/choose/select.ts";
import { candidateQuestions, generateQuiz } from "../../questions/index.ts";

// Made-up news copy: a film awards story with titles of works beside people's names, and dates.
const AWARDS = [
  "Stage star tipped for award",
  "Clive Owen has already been made bookmakers' favourite for best supporting actor " +
    "for his role in Closer, which won him a Golden Globe award in Hollywood last month.",
  "Designer Gemma Jackson, who is up for art direction, " +
    "has also worked on Bridget Jones's Diary and Iris.",
  "Composer Andrew Lloyd Webber and lyricist Charles Hart are up for best original song.",
  'Director Mike Leigh said the nominations were "amazing" for the whole team in London.',
  "Finding Neverland has garnered two more nominations for the studio, " +
    "the academy said on Tuesday.",
  "The academy will announce the winners on 27 February in Los Angeles, " +
    "and the ceremony will be shown in 100 countries.",
  "The film was shot over eight weeks in Manchester and Vienna, " +
    "producer Simon Channing Williams told the BBC.",
].join("\n");

const quiz = generateQuiz(AWARDS);
const choices = generateQuiz(AWARDS, { types: ["choice"] }).questions;
const everything = (q: (typeof quiz.questions)[number]) => [
  q.prompt,
  ...(q.options ?? []),
  ...(q.items ?? []),
  ...[q.answer].flat(),
];

describe("titles of works", () => {
  it("never asks 'Where...?' with a title the article says a role was played in", () => {
    expect(
      quiz.questions.some(
        (q) => q.prompt.startsWith("Where") && [q.answer].flat().includes("Closer"),
      ),
    ).toBe(false);
  });

  it("never offers a name that only opens a title's possessive ('X's Diary') as a person", () => {
    const people = choices.filter((q) => q.prompt.startsWith("Who"));
    expect(people.length).toBeGreaterThan(0);
    expect(people.flatMap((q) => q.options ?? [])).not.toContain("Bridget Jones");
  });

  it("keeps the capital of a title that opens with a verb when it moves inside a question", () => {
    const prompts = quiz.questions.map((q) => q.prompt).join("\n");
    expect(prompts).not.toMatch(/finding Neverland/);
  });
});

describe("people in a prompt that says he or she", () => {
  it("offers no one whose given name says otherwise", () => {
    const his = choices.filter((q) => /\bhis\b/.test(q.prompt));
    expect(his.length).toBeGreaterThan(0);
    for (const q of his) expect(q.options, q.prompt).not.toContain("Gemma Jackson");
  });
});

describe("dates", () => {
  it("never changes the day of a date into a count (no 41 February)", () => {
    const months =
      "January|February|March|April|May|June|July|August|September|October|November|December";
    for (const q of quiz.questions) {
      for (const text of everything(q)) {
        for (const [, day] of String(text).matchAll(
          new RegExp(String.raw`\b(\d{1,2}) (?:${months})\b`, "g"),
        )) {
          expect(Number(day), q.prompt).toBeLessThanOrEqual(31);
        }
      }
    }
  });
});

describe("ages", () => {
  it("offers other believable ages, not double or half the answer", () => {
    const text = [
      "Solar farm approved for former colliery site",
      "Local resident Margaret Lowe, 71, who worked in the colliery canteen for 15 years, " +
        "said she was pleased the land would be used again.",
      "Northern Sun Power chief executive David Ibbotson, 48, " +
        "said the company would also plant 3,000 trees around the edge of the site.",
      "The plans drew 14 objections, " +
        "mostly about traffic on the narrow roads leading to the site during construction.",
    ].join("\n");
    const ages = generateQuiz(text, { types: ["choice"] }).questions.filter((q) =>
      q.prompt.includes("how old"),
    );
    expect(ages.length).toBe(2);
    for (const q of ages) {
      const answer = Number(q.answer);
      for (const o of q.options ?? [])
        expect(Math.abs(Number(o) - answer), q.prompt).toBeLessThanOrEqual(15);
    }
  });
});

describe("a title after a place's possessive", () => {
  it("keeps the place: Thailand's Prime Minister X is the prime minister of Thailand", () => {
    const text = [
      "Quake costs emerging",
      "Thailand's Prime Minister Thaksin Shinawatra has estimated the destruction at 20bn baht, " +
        "officials said on Monday.",
      "World Bank president James Wolfensohn said his agency " +
        "was only beginning to grasp the scale of the disaster.",
    ].join("\n");
    const { roles } = candidateQuestions(text);
    expect(roles.find((r) => r.person === "Thaksin Shinawatra")?.role).toBe(
      "the prime minister of Thailand",
    );
  });
});

describe("a team sheet's names", () => {
  it("are never offered beside full names: initials look like a misprint", () => {
    const text = [
      "Scotland name side for Italy",
      "Scotland coach Matt Williams has recalled Simon Taylor " +
        "for the match against Italy on Saturday.",
      "Italy coach John Kirwan said his side must cut out the errors that cost them against Wales.",
      "Centre Marco Rossi returns after a knee injury kept him out for a month.",
      "R de Marigny; Mirco Bergamasco, C Stoica, A Masi, L Nitoglia; " +
        "L Orquera, A Troncon; A Lo Cicero, F Ongaro.",
    ].join("\n");
    const people = candidateQuestions(text).pools.names.get("person") ?? [];
    expect(people).toContain("Matt Williams");
    expect(people.filter((p) => /^[A-Z] /.test(p))).toEqual([]);
  });
});

describe("where-questions", () => {
  it("are not asked when the sentence names another place with 'at' or 'in'", () => {
    const text = [
      "Leaders to meet in Scotland",
      "The G8 leaders will meet at Gleneagles in Scotland in July, officials said on Monday.",
      "Ministers from Brazil and India were invited to attend some of the sessions in London.",
      "The talks will focus on aid, trade and debt relief for the poorest countries.",
      "Campaigners from Oxfam said the leaders had a real chance to end the debt crisis this year.",
      "The leaders met in Washington last year, when they agreed to double aid to Africa by 2010.",
    ].join("\n");
    expect(
      generateQuiz(text).questions.filter((q) => /^Where .*\b(at|in) [A-Z]/.test(q.prompt)),
    ).toEqual([]);
  });
});

describe("denied events", () => {
  it("are never inverted into a broken question ('Where did Jamie n't arrive...?')", () => {
    const text = [
      "Walker aims for comeback",
      "Jamie Costin didn't arrive at hospital in Athens " +
        "until nine hours after the crash on the coast road.",
      "Doctors in Athens wanted to operate on his back at once, " +
        "but Costin insisted on waiting until he got home to Dublin.",
      "Costin wore a body cast for three months " +
        "and then walked on crutches for six weeks before his first race.",
      "He will travel to Poland on Sunday " +
        "for two weeks of treatment at a training centre in Spala.",
    ].join("\n");
    const prompts = candidateQuestions(text).candidates.map((c) => c.question.prompt);
    expect(prompts.length).toBeGreaterThan(0);
    for (const p of prompts) expect(p).not.toMatch(/ n['’]t\b|\bdid \w+ not\b/);
  });
});

describe("who said a quotation", () => {
  const text = [
    "Veteran defender backs his old club",
    "Marcel Dumont insists there is no chance of history repeating itself " +
      "when his old club meet Porto on Wednesday.",
    "He is now winding down his career in Qatar, alongside several other former internationals.",
    "So he is full of admiration for two of his old colleagues " +
      "who are likely to play on Wednesday - Paolo Marini and Luca Bertone.",
    '"I\'m happy that they have managed to play so long at a high level," he said.',
    '"And it\'s amazing that Paolo has managed to play at such a high level for such a long time."',
  ].join("\n");
  const { infos } = candidateQuestions(text);
  const speakerOf = (start: string) =>
    infos.find((i) => i.sentence.text.startsWith(start))?.speaker?.name;

  it("follows a leading 'So he' to the person the article is about, not those just listed", () => {
    expect(speakerOf("\"I'm happy")).toBe("Marcel Dumont");
  });

  it("never credits a quotation to a person it names", () => {
    expect(speakerOf("\"And it's amazing")).not.toBe("Paolo Marini");
  });
});

describe("a false statement", () => {
  it("never swaps a name after 'the' (a ship's, a show's) for a person", () => {
    const text = [
      "Crew test new identity cards",
      "The luxury cruise liner Crystal Harmony, currently in the Gulf of Mexico, " +
        "is the setting for tests of the new cards.",
      "Crystal Cruises, which operates the Crystal Harmony, " +
        "is exploring the use of the cards but has not yet committed to them.",
      '"It should be a safer place for seafarers to work in," ' +
        "said Cynthia Musselman, the chief executive of Authenticorp.",
      "The cards are due to be issued in February next year " +
        "to sailors from France, Jordan and Nigeria.",
    ].join("\n");
    // (a short text: a quiz of one, and the alternates read too)
    const quiz = generateQuiz(text, { count: 1 });
    for (const q of [...quiz.questions, ...(quiz.alternates ?? [])])
      expect(q.prompt).not.toMatch(/operates the (?!Crystal Harmony)/);
  });

  it("never prints a role that picked up a quotation's closing mark", () => {
    const text = [
      "Crew test new identity cards",
      '"You want to be sure the card works in any port," ' +
        "Authenticorp's chief executive, Cynthia Musselman, told the BBC.",
      "The cards are due to be issued in February next year " +
        "to sailors from France, Jordan and Nigeria.",
      "Crystal Cruises is exploring the use of the cards but has not yet committed to them, " +
        "a spokesman said.",
    ].join("\n");
    for (const r of candidateQuestions(text).roles) expect(r.role).not.toMatch(/["“”]/);
  });
});

describe("sentences that lean on the one before", () => {
  const text = [
    "Search firms thank advertising revival",
    "Lookwise has become the third online search firm this week to thank a revival in advertising.",
    "The firm's revenue nearly tripled in the last quarter of the year, exceeding $86m.",
    "Late last year, marketing company Clickbank warned " +
      "that some of its business would have to be sold.",
    "Neither Lookwise nor Clickbank thrilled investors with their profit news on Thursday.",
    "In both cases, their shares fell by some 4% in early trading in New York.",
    "Analysts blamed the falls on high hopes fuelled by the results of rival Findly on Tuesday.",
  ].join("\n");
  // what the chooser keeps of the candidates, alternates included
  const r = candidateQuestions(text);
  const sentences = r.infos.map((i) => i.sentence);
  const chosen = chooseQuestions({
    candidates: r.candidates,
    sentences,
    ranks: rankSentences(sentences, null),
    title: "",
    count: 30,
    types: ALL_TYPES,
  });
  const prompts = [...chosen.questions, ...chosen.alternates].map((q) => q.prompt);

  it("ask nothing of 'In both cases, their...' or 'The firm's...'", () => {
    expect(prompts.length).toBeGreaterThan(0);
    for (const p of prompts) expect(p).not.toMatch(/both cases|firm's revenue/i);
  });
});

describe("where the news came from", () => {
  it("is never a stand-in or an option: 'told BBC News', 'speaking to the Courier'", () => {
    const text = [
      "Party highlights problem debt",
      "The Green Party's Treasury spokesman Vincent Cole " +
        "is unveiling a policy on problem debt this week.",
      '"Large numbers of people could be affected," Mr Cole told BBC News on Monday.',
      "Speaking to the Courier on Sunday, " +
        "party leader Charles Kemp said the election would be close.",
      "The Consumer Credit Bill would target some of the worst problems, " +
        "the Office of Fair Trading said.",
      "The Labour Party and the Conservative Party both say the plan would cost too much.",
    ].join("\n");
    const orgs = candidateQuestions(text).pools.names.get("org") ?? [];
    expect(orgs.length).toBeGreaterThan(0);
    expect(orgs.filter((o) => /BBC|Courier/.test(o))).toEqual([]);
  });
});

describe("a sort noun before a name", () => {
  const text = [
    "Studio backs new disc format",
    "Film giant Disney says it will produce its future discs using the new format, " +
      "but has not ruled out a rival one.",
    "The two competing formats have been courting the top film studios for several months, " +
      "analysts in Tokyo said.",
    "Disney is the latest studio to announce which format it is backing " +
      "in a battle that mirrors the video war of the 1980s.",
    "Universal is to start producing films on the rival format in 2005, " +
      "and Paramount will follow in 2006.",
  ].join("\n");

  // every question the engine could write, not only the few a quiz of this length picks
  const written = () => candidateQuestions(text).candidates.map((c) => c.question);

  it("is no name when only the sentence's start capitalises it ('Film giant Disney')", () => {
    expect(candidateQuestions(text).entities.has("Film")).toBe(false);
    expect(written().length).toBeGreaterThan(0);
    for (const q of written()) expect([q.answer].flat()).not.toContain("Film");
  });

  it("asks 'Which company' for a giant, never 'Which giant'", () => {
    expect(written().some((q) => /^Which company/.test(q.prompt))).toBe(true);
    for (const q of written()) expect(q.prompt).not.toMatch(/^Which giant/);
  });
});

describe("a country's distractors", () => {
  it("come from the answer's own region, never from the top of the atlas", () => {
    const text = [
      "Captain shrugs off defeat",
      "Norland were beaten 14-10 by Wales in their opening match in Cardiff last week " +
        "and face France at home on Sunday.",
      "Captain Aled Pryce said the team was certainly not in decline after one defeat.",
      "Norland are trying to avoid a third successive championship defeat " +
        "for the first time since 1991.",
      "Pryce also had words of comfort for the young centre Owain Merrick, " +
        "who has been dropped from the squad.",
    ].join("\n");
    for (const c of candidateQuestions(text).candidates)
      expect(c.question.options ?? c.options?.() ?? []).not.toContain("Afghanistan");
  });
});

describe("a hunting report's people and figures", () => {
  const text = [
    "Hunts put ban to the test",
    "One anti-hunt protester was taken to hospital after a violent clash in Kent on Saturday.",
    "BBC correspondent Simon Hall said 2,000 people " +
      "had turned out to welcome the hunt at Postbridge.",
    "Tom Heap, BBC rural affairs correspondent, " +
      "said the huntsmen appeared to be sticking to the new rules.",
    "Suffolk Chief Constable Alastair McWhirter, " +
      "the Association of Chief Police Officers' spokesman on rural policing, " +
      "told reporters the law would be enforced.",
    "The Countryside Alliance said the new law " +
      "was impossibly difficult to enforce across the country.",
    "Mike Hobday, from the League Against Cruel Sports, " +
      "said video evidence would be passed to police.",
  ].join("\n");
  // (a short text of who said what: a quiz of one, and the alternates read too)
  const quiz = generateQuiz(text, { count: 1 });
  const all = [...quiz.questions, ...(quiz.alternates ?? [])].flatMap((q) => [
    q.prompt,
    ...(q.options ?? []),
    ...(q.items ?? []),
    ...[q.answer].flat(),
  ]);

  it("reads 'Chief Constable' as a title, not as part of a name", () => {
    expect([...candidateQuestions(text).entities.values()].map((e) => e.name)).not.toContain(
      "Constable Alastair McWhirter",
    );
    expect(
      all.some((x) => /Constable Alastair/.test(x) && !/Chief Constable Alastair/.test(x)),
    ).toBe(false);
  });

  it("asks 'Who is the BBC correspondent?' only when no one else's role holds those words", () => {
    expect(quiz.questions.some((q) => q.prompt === "Who is the BBC correspondent?")).toBe(false);
  });

  it("asks no 'How many ... was' for a count of one", () => {
    expect(quiz.questions.some((q) => /^How many .* was /.test(q.prompt))).toBe(false);
  });

  it("writes a swapped possessive whole ('Alliance's', not 'Alliance'')", () => {
    expect(all.some((x) => /[^s]' spokesman/.test(x))).toBe(false);
  });
});

describe("a question cut short", () => {
  it("is never asked ('Who said that the structure of silicon meant that?')", () => {
    const text = [
      "Chip maker unveils laser breakthrough",
      "Dr Mario Paniccia, director of the photonics lab at Chipworks, " +
        "said the result was a fundamental step.",
      "Dr Paniccia said that the structure of silicon meant that, " +
        "when laser light passed through it, colliding photons ripped electrons off the atoms.",
      "The researchers have found a way to remove these electrons " +
        "and turn silicon into a material that can amplify laser light.",
      "Products using the breakthrough should appear by the end of the decade, " +
        "the company said in London on Tuesday.",
    ].join("\n");
    for (const c of candidateQuestions(text).candidates)
      expect(c.question.prompt).not.toMatch(/\b(that|of|the)[?.]$/);
  });
});

describe("a true/false statement", () => {
  it("never opens on someone the sentence before named ('The 25-year-old was...')", () => {
    const text = [
      "Defensive crisis grows",
      "Manchester United's Wes Brown last played for England " +
        "in the defeat by Australia at Upton Park in February 2003.",
      "The 25-year-old was only called into the squad on Sunday night " +
        "as cover for the injured Matthew Upson.",
      "Coach Sven-Goran Eriksson has still not decided " +
        "whether to call up any further players before the match.",
      "Chelsea's John Terry is also out of the match " +
        "at Villa Park on Wednesday with a bruised knee.",
    ].join("\n");
    for (const c of candidateQuestions(text).candidates)
      expect(c.question.prompt).not.toMatch(/^True or false: The \d+-year-old/);
  });
});

describe("a plural of letters", () => {
  it("is no organisation: 'CSOs', 'MPs'", () => {
    const text = [
      "Row over new police powers",
      "The Police Federation said CSOs do not have the training " +
        "to deal with confrontational situations.",
      "CSOs can now use reasonable force to detain suspects for up to 30 minutes " +
        "while they wait for police.",
      "Home Office minister Hazel Blears said the new powers " +
        "would help the officers on patrol in England.",
      "Several MPs said the change had been rushed through Parliament " +
        "without a proper debate in March.",
    ].join("\n");
    const names = [...candidateQuestions(text).entities.values()]
      .filter((e) => e.kind === "org")
      .map((e) => e.name);
    expect(names).not.toContain("CSOs");
    expect(names).not.toContain("MPs");
  });
});

describe("names and figures written on into other characters", () => {
  const text = [
    "Concerns over cash machine software",
    "For many years the IBM operating system, known as OS/2, " +
      "has powered many of the 1.4m cash machines in operation around the world.",
    "But IBM will end support for OS/2 in 2006, " +
      "which is forcing banks to look for alternatives, analysts said.",
    "Dominic Hirsch, managing director of Retail Banking Research, " +
      "said the number of machines at risk was low.",
    "Todd Thiemann, spokesman for anti-virus firm Trend Micro, " +
      "said the move to Windows was not without risks.",
    "A spokesman for the Association of Payment and Clearing Services " +
      "said the risk from viruses was minimal.",
  ].join("\n");
  // (a short text of who said what: a quiz of one, and the alternates read too)
  const quiz = generateQuiz(text, { count: 1 });
  const all = [...quiz.questions, ...(quiz.alternates ?? [])].flatMap((q) => [
    q.prompt,
    ...(q.options ?? []),
    ...[q.answer].flat(),
  ]);

  it("never cut 'OS/2' into a body 'OS', nor leave the 'm' of '1.4m' beside a blank", () => {
    expect(all).not.toContain("OS");
    expect(all.some((x) => /___m\b|support \/2/.test(x))).toBe(false);
  });

  it("never offer a name cut short at 'and' ('the Association of Payment')", () => {
    expect(candidateQuestions(text).pools.names.get("org") ?? []).not.toContain(
      "the Association of Payment",
    );
  });
});

describe("a body's name with a list inside it", () => {
  it("is never offered in pieces ('the Department for Culture', 'Sport')", () => {
    const text = [
      "Soap creator bids for channel",
      "A spokesman for the Department for Culture, Media and Sport " +
        "said there were no plans to sell the channel.",
      "Media watchdog Ofcom has said the publicly owned broadcaster " +
        "will not be privatised in the next ten years.",
      "Phil Redmond, chairman of Mersey Television, " +
        "told the minister he would keep the channel's remit intact.",
      "The soap was axed in 2003 " +
        "after its ratings slumped from a peak of seven million viewers to 1.5 million.",
    ].join("\n");
    const orgs = candidateQuestions(text).pools.names.get("org") ?? [];
    expect(orgs).not.toContain("the Department for Culture");
    expect(orgs).not.toContain("Sport");
  });
});

describe("world bodies as wrong options", () => {
  it("stand in only for a world body, never for a national regulator", () => {
    const text = [
      "Soap creator bids for channel",
      "Media watchdog Ofcom has said the publicly owned broadcaster " +
        "will not be privatised in the next ten years.",
      "Phil Redmond, chairman of Mersey Television, " +
        "told the minister he would keep the channel's remit intact.",
      "The soap was axed in 2003 " +
        "after its ratings slumped from a peak of seven million viewers to 1.5 million.",
      "Redmond also created a school drama serial " +
        "which was first broadcast on national television in 1978.",
    ].join("\n");
    // (a name from a sentence of saying waits among the alternates)
    const quiz = generateQuiz(text, { types: ["choice", "fill"] });
    const ofcom = [...quiz.questions, ...(quiz.alternates ?? [])].filter(
      (q) => q.answer === "Ofcom",
    );
    expect(ofcom.length).toBeGreaterThan(0);
    for (const q of ofcom) expect(q.options ?? []).not.toContain("United Nations");
  });
});

describe("statements and questions around 'had to' and 'said'", () => {
  const text = [
    "Minister questioned over sentencing plan",
    "Amid opposition anger, Justice Secretary Marta Okonjo " +
      "had to answer an urgent question in the assembly on Thursday.",
    "Speaking after the report was published, justice minister Lord Penhallow said: " +
      '"Arson is among the most serious of crimes."',
    "The Sentencing Review Board said it had found wide support among lawyers " +
      "for an end to the fixed minimum term.",
    "Results of a consultation showed 58 respondents out of 131 " +
      "believed the fixed term should end.",
  ].join("\n");
  const prompts = candidateQuestions(text).candidates.map((c) => c.question.prompt);

  it("never invert 'had to' ('on which day had Ms Okonjo to answer')", () => {
    // a name of any length may stand between "had" and "to" ("had Justice Secretary Marta Okonjo
    // to answer")
    for (const p of prompts) expect(p).not.toMatch(/\bhad (\S+ )+to answer\b/);
  });

  it("never end a true/false on 'said.' with what was said cut away", () => {
    for (const p of prompts) expect(p).not.toMatch(/^True or false: .*\bsaid\.$/);
  });
});
