import { describe, expect, it } from "vitest";
import { makeTitle } from "../../questions/ask/title.ts";
import { readSentences } from "../../questions/facts/extract.ts";
import { candidateQuestions, generateQuiz } from "../../questions/index.ts";
import { splitSentences } from "../../questions/read/nlp.ts";

/**
 * Questions in a reader's words rather than the sentence with a word cut out, and the sentence
 * reading they need. Every article here is written for the tests.
 */
const prompts = (text: string) => candidateQuestions(text).candidates.map((c) => c.question.prompt);
const answerOf = (text: string, prompt: string) =>
  candidateQuestions(text).candidates.find((c) => c.question.prompt === prompt)?.question.answer;

describe("figures asked as questions", () => {
  it("asks 'About how many' for a hedged count that opens a subject with a phrase after it", () => {
    const text =
      "Tram strike\n\nAbout 2,400 tram drivers in the city of Lorvik went on strike on Monday.";
    const q = "About how many tram drivers in the city of Lorvik went on strike on Monday?";
    expect(prompts(text)).toContain(q);
    expect(answerOf(text, q)).toBe("2,400");
  });

  it("asks a bound ('More than 400 letters') with its bound, typed (a smaller one is true)", () => {
    const text =
      "Letters pour in\n\nMore than 400 letters in support of the library " +
      "arrived at the town hall. The museum has lent more than 300 paintings to schools this year.";
    expect(prompts(text).some((p) => /^how many letters/i.test(p))).toBe(false);
    const asked = candidateQuestions(text).candidates.filter((c) =>
      /^More than how many/.test(c.question.prompt),
    );
    expect(asked.map((c) => c.question.prompt)).toEqual([
      "More than how many letters in support of the library arrived at the town hall?",
      "More than how many paintings has the museum lent to schools this year?",
    ]);
    for (const c of asked) expect(c.question.type).toBe("numeric");
  });

  it("asks how large a money or share figure the verb takes as its object", () => {
    const text =
      "Council budget\n\nThe Harlow council faces a $40 million deficit this year. " +
      "The nurses' union is asking for a 7% raise over three years.";
    expect(prompts(text)).toContain("How large a deficit does the Harlow council face this year?");
    expect(prompts(text)).toContain(
      "How large a raise is the nurses' union asking for over three years?",
    );
  });

  it("asks how many of a whole a subject counts ('Two of the mayor's 12 proposals')", () => {
    const text =
      "Mayor's plans\n\nTwo of Mayor Ellen Varga's 12 proposals were rejected " +
      "by the council on Monday.";
    const q =
      "How many of Mayor Ellen Varga's 12 proposals were rejected by the council on Monday?";
    expect(prompts(text)).toContain(q);
    expect(answerOf(text, q)).toBe("Two");
  });

  it("asks about a later clause with a subject of its own ('as some 30 fires...')", () => {
    const text =
      "Fires spread\n\nHundreds of families left their homes on Tuesday as some 30 wildfires " +
      "burned across the northern hills.";
    expect(prompts(text)).toContain("About how many wildfires burned across the northern hills?");
  });

  it("asks how long a sentence ran, with the preposition kept ('sentenced to')", () => {
    const text =
      "Judge sentences councillor\n\nFormer councillor Dan Whitby was sentenced to three years " +
      "in prison by a judge on Friday.";
    expect(prompts(text)).toContain(
      "How many years in prison was former councillor Dan Whitby sentenced to " +
        "by a judge on Friday?",
    );
  });
});

describe("why, from a cause that opens a clause", () => {
  it("asks why from a fronted cause and from a cause inside a report", () => {
    const text =
      "Rail delays\n\nBecause of heavy snow, the cup match was called off after an hour. " +
      "The rail operator said that, due to a signal fault, only two lines would run into " +
      "Central Station on Friday evening. Delays are expected to last until the weekend.";
    const all = prompts(text);
    expect(all).toContain(
      "According to the article, why was the cup match called off after an hour?",
    );
    const report = all.find((p) =>
      /^According to the rail operator, why would only two lines run/.test(p),
    );
    expect(report).toBeDefined();
    expect(answerOf(text, report!)).toBe("A signal fault");
  });
});

describe("sentences and subjects", () => {
  it("ends a sentence after a name the tagger took for a short form, not after 'Gov.'", () => {
    const s = splitSentences([
      "The mayor told the Harbour Ledger. Residents who lost power have been told to wait. " +
        "Gov. Ann Roe visited on Jan. 5.",
    ]);
    expect(s.map((x) => x.text)).toEqual([
      "The mayor told the Harbour Ledger.",
      "Residents who lost power have been told to wait.",
      "Gov. Ann Roe visited on Jan. 5.",
    ]);
  });

  it("joins a sentence cut inside a web address or after a quoted question", () => {
    const s = splitSentences([
      'The firm launched a brightmoor.com web page that asked "Ready to switch?" ' +
        "and then went quiet.",
    ]);
    expect(s).toHaveLength(1);
  });

  it("keeps a time before the verb out of the subject ('Velora on Thursday')", () => {
    const text =
      "Phone launch\n\nVelora on Thursday sent out invitations to a launch event in Oslo. " +
      "Analysts expect Velora to unveil two phones.";
    expect(prompts(text)).toContain(
      "Which organisation on Thursday sent out invitations to a launch event in Oslo?",
    );
  });
});

describe("what never pads a quiz", () => {
  const text = [
    "Dairy plant to close",
    "The Prairie Dairy Cooperative told workers on Friday that its Ashford plant will close by " +
      "mid-December, ending 310 jobs.",
    "The plant has a payroll of more than $20 million a year, according to the company.",
    "Mayor Tom Reyes said potential job openings include three cheese makers in the area.",
    "About 100 more workers at a second site in Milford will be laid off at the end of November.",
    "The cooperative blamed falling milk prices and rising transport costs for the closure.",
    "Workers at the plant earn an average of $21 an hour, the union said.",
  ].join("\n\n");

  it("never asks a name swapped into a false statement, nor a blank on who said it", () => {
    for (const q of generateQuiz(text).questions) {
      expect(q.prompt).not.toMatch(/___,? said|said ___/);
      if (q.type === "truefalse" && q.answer === "False") expect(q.explanation).toMatch(/\d/);
    }
  });
});

describe("titles made from the opening sentence", () => {
  const title = (text: string) => {
    const { infos } = readSentences(splitSentences([text]));
    return makeTitle(null, infos);
  };

  it("puts 'were' in the present as 'are', never 'be'", () => {
    expect(
      title("Thousands of residents were under orders to leave the valley on Wednesday."),
    ).not.toMatch(/\bbe\b/);
  });

  it("never ends on a bare number or on a verb that has lost its object", () => {
    const t = title(
      "Lawmakers were only able to agree to overturn two of the governor's vetoes as time ran out.",
    );
    expect(t).not.toMatch(/\btwo$/);
    expect(
      title("The audience award for documentary went to director Ana Ruiz's film about a choir."),
    ).not.toMatch(/goes$/);
  });
});

describe("keys that could be wrong are never written", () => {
  it("asks no magnitude when the article gives two quakes", () => {
    const text =
      "Quake hits island\n\nA 6.1-magnitude earthquake hit the island of Varos early on Friday. " +
      "Hours earlier, a 5.4-magnitude earthquake struck the same district, damaging houses.";
    expect(prompts(text).some((p) => /magnitude of/.test(p))).toBe(false);
    expect(
      prompts("Quake hits island\n\nA 6.1-magnitude earthquake hit Varos on Friday."),
    ).toContain("According to the article, what was the magnitude of the earthquake?");
  });

  it("asks no 'Who said' of a 'He' that follows someone else's words", () => {
    const text =
      "Vote disputed\n\nOpposition leader Omar Hadi said the count was wrong. " +
      '"The Speaker ignored us," Hadi said, adding that Speaker Lena Ward had refused to wait. ' +
      "He also said that the Speaker refused to listen when told the votes were short.";
    expect(prompts(text).some((p) => /^Who (also )?said that the Speaker refused/.test(p))).toBe(
      false,
    );
  });
});

describe("asides in brackets", () => {
  it("never stay in a question: '(3.7 miles)' would give the kilometres away", () => {
    const text =
      "Quake strikes coast\n\nThe quake struck 6 kilometers (3.7 miles) northeast of Lora " +
      "at a depth of 10 kilometers on Friday.";
    const asked = prompts(text).filter((p) => !p.startsWith("True or false"));
    expect(asked.length).toBeGreaterThan(0);
    for (const p of asked) expect(p).not.toMatch(/\(/);
  });
});

describe("a short quiz rather than padding", () => {
  const text = [
    "Library reopens",
    "The Elmfield library reopened on Monday after a two-year repair of its roof.",
    '"This is a wonderful day for the whole town," said Maria Colbert, the head librarian.',
    '"We waited a long time for this," said Dev Patel, a retired teacher who uses the library.',
    "Colbert said the children's room would open later in the spring.",
    "The repair was paid for by the county council and a local appeal.",
    "Visitors queued outside the building before the doors opened.",
    '"My grandchildren learned to read here, and now they can come back," said Ruth Okafor, ' +
      "a member of the friends of the library group.",
    "Staff spent the last week moving books back onto the shelves and testing the computers.",
    "The library will keep its usual opening hours, and the reading groups meet again next week.",
    "Local schools plan class visits once the children's room is ready for them.",
    "Volunteers served tea and cake in the garden behind the library for most of the afternoon.",
    "A small exhibition in the entrance hall shows photographs of the building before the repair.",
  ].join("\n\n");

  it("never pads a quiz with 'Who said...?' or 'Who is the...?'", () => {
    const quiz = generateQuiz(text);
    for (const q of quiz.questions) expect(q.prompt).not.toMatch(/^Who (said|is the|was the)\b/);
    // they stay on offer to the teacher
    expect(quiz.alternates?.some((q) => /^Who said/.test(q.prompt))).toBe(true);
  });
});

describe("more figures asked in the reader's words", () => {
  const asked = (sentence: string) =>
    candidateQuestions(
      `Harbour news\n\nThe port of Dunmere opened a new quay last month.\n\n${sentence}`,
    )
      .facts.map((f) => f.prompt)
      .filter(Boolean);

  it("asks 'How much did X cost?' of a verb whose past is its own form", () => {
    expect(asked("The bridge cost $40 million.")).toContain("How much did the bridge cost?");
  });

  it("asks 'By how many' of a change that ends at a figure ('by 25 basis points to 4.5%')", () => {
    expect(
      asked("The board decided to increase the key rate by 25 basis points to 4.5 percent."),
    ).toContain(
      "By how many basis points did the board decide to increase the key rate to 4.5 percent?",
    );
  });

  it("asks 'How many more' of 'another 300 homes'", () => {
    expect(asked("Another 300 homes were damaged by the floods.")).toContain(
      "How many more homes were damaged by the floods?",
    );
  });
});

describe("a toll given as a lower bound", () => {
  it("is asked 'At least how many...?', typed, never with options or as true/false", () => {
    const text =
      "Quake hits the coast\n\nAt least 34 people were killed after a strong earthquake hit the " +
      "coast of the island early on Friday.\n\nRescue teams searched collapsed houses all night.";
    const { facts } = candidateQuestions(text);
    const fact = facts.find((f) => /^At least how many/.test(f.prompt));
    expect(fact?.prompt).toBe(
      "At least how many people were killed after a strong earthquake hit the coast of the " +
        "island early on Friday?",
    );
    expect(fact?.typedOnly).toBe(true);
    expect(fact?.statement).toBeNull();
  });
});

describe("a toll told after the event", () => {
  const asked = (sentence: string) =>
    candidateQuestions(
      `Storm news\n\nThe weather service issued warnings last week.\n\n${sentence}`,
    )
      .facts.map((f) => f.prompt)
      .filter(Boolean);

  it("asks how many were harmed 'when' the event happened, the event in its own words", () => {
    expect(
      asked("The storm swept across the region, leaving 20,000 homes without power."),
    ).toContain("How many homes were left without power when the storm swept across the region?");
    expect(
      asked("Fire destroyed a warehouse in the port, damaging 12 nearby buildings and more."),
    ).toContain(
      "How many nearby buildings were damaged when fire destroyed a warehouse in the port?",
    );
  });

  it("reads a hyphenated modifier as part of what is counted", () => {
    expect(
      asked("The health department reported 2,104 flu-associated hospitalizations."),
    ).toContain("How many flu-associated hospitalizations did the health department report?");
  });
});

describe("the time the clause reader put before the verb", () => {
  it("goes after the question's predicate ('The department on Friday reported...')", () => {
    const { facts } = candidateQuestions(
      "Flu news\n\nHospitals are busy this winter.\n\n" +
        "The department on Friday reported 2,104 hospitalizations so far.",
    );
    expect(facts.map((f) => f.prompt)).toContain(
      "How many hospitalizations did the department report so far on Friday?",
    );
  });

  it("asks one toll at a time: 'killed and hundreds more injured' keeps the killed", () => {
    const { facts } = candidateQuestions(
      "Quake news\n\nAt least 34 people were killed and hundreds more injured after a strong " +
        "earthquake hit the island early on Friday.\n\nRescuers searched all night.",
    );
    expect(facts.map((f) => f.prompt)).toContain(
      "At least how many people were killed after a strong earthquake hit the island early on " +
        "Friday?",
    );
  });
});
