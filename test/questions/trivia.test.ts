import { describe, expect, it } from "vitest";
import { fitSwap } from "../../questions/ask/write.ts";
import { answerTexts } from "../../questions/choose/answers.ts";
import { rejectReason, weakFigureSwap } from "../../questions/choose/reject.ts";
import { isWeak } from "../../questions/choose/score.ts";
import { candidateQuestions, cleanArticle, generateQuiz } from "../../questions/index.ts";
import { splitSentences } from "../../questions/read/nlp.ts";
import { findQuantities } from "../../questions/read/quantities.ts";
import { candidate, draft } from "./drafts.ts";

// Sentences written for these tests: what blind teachers dropped as trivia or as broken, in the
// held-out review of 2026-12-07 (speaker names, nationalities, streets and times, a name every
// paragraph gives, a figure beside another of its unit, a false statement among three figures).

describe("trivia a teacher deletes", () => {
  it("keeps a name from a sentence of saying out of the quiz, not a figure from it", () => {
    const said = "Kiran Vale, who chairs the board, said riders wanted more choices.";
    const name = draft(
      `Complete the sentence from the article: “___, who chairs...”`,
      "Kiran Vale",
      said,
    );
    expect(isWeak(candidate(name))).toBe(true);
    const tweeted = draft(
      "Who tweeted his sympathy to the families?",
      "Omar Teles",
      "Omar Teles tweeted his sympathy to the families.",
    );
    expect(isWeak(candidate(tweeted))).toBe(true);
    const figure = draft(
      "How many riders use the line each day, according to the board?",
      "40,000",
      "About 40,000 riders use the line each day, according to the board.",
    );
    expect(isWeak(candidate(figure))).toBe(false);
  });

  it("keeps a blank on a date out: a year, a month, a day of a month", () => {
    for (const answer of ["2013", "February", "June 23", "23 June"]) {
      const q = draft("Complete the sentence from the article: “Talks began in ___.”", answer, ".");
      expect(isWeak(candidate(q)), answer).toBe(true);
    }
    const figure = draft(
      "Complete the sentence from the article: “They hired ___ staff.”",
      "45",
      ".",
    );
    expect(isWeak(candidate(figure))).toBe(false);
  });

  it("never asks a country its own adjective or capital in the sentence gives away", () => {
    const ev =
      "The ministry summoned the Belgian ambassador over the expulsion of diplomats from Belgium.";
    const q = draft(
      "Complete the sentence from the article: “The ministry summoned the Belgian ambassador " +
        "over the expulsion of diplomats from ___.”",
      "Belgium",
      ev,
      "choice",
    );
    expect(rejectReason(q)).toBe("given by its adjective");
  });

  it("keeps a nationality blank out, plural or not", () => {
    const text = "Overseas Pakistanis may now vote in the elections.";
    const q = draft(
      "Complete the sentence from the article: “Overseas ___ may now vote in the elections.”",
      "Pakistanis",
      text,
    );
    expect(isWeak(candidate(q))).toBe(true);
  });

  it("never asks a street or a clock time", () => {
    const ev = "Officers met the man near Harbour Road at 10:30pm.";
    expect(
      rejectReason(
        draft("Complete: “Officers met the man near ___ at 10:30pm.”", "Harbour Road", ev),
      ),
    ).toBe("street or clock");
    expect(
      rejectReason(
        draft("Complete: “Officers met the man near Harbour Road at ___.”", "10:30pm", ev),
      ),
    ).toBe("street or clock");
    const hour = draft(
      "Complete the sentence from the article: “The fair opens at ___ p.m.”",
      "7",
      ev,
    );
    expect(rejectReason(hour)).toBe("street or clock");
  });

  it("never asks a question that prints another figure of the unit it asks for", () => {
    const q = draft(
      "How many kilometers from the town was the centre of the quake, at a depth of 10 kilometers?",
      "six",
      "The centre was 6 kilometers from the town at a depth of 10 kilometers.",
      "choice",
    );
    expect(rejectReason(q)).toBe("two figures of one unit");
    const clean = draft(
      "How many kilometers from the town was the centre of the quake?",
      "six",
      "The centre was 6 kilometers from the town.",
      "choice",
    );
    expect(rejectReason(clean)).toBeNull();
  });

  it("never asks a question with two clauses welded or 'more' without 'than'", () => {
    const q = draft(
      "In how many buildings were more 40 people hurt and that rescues went on?",
      "17",
      "More than 40 people were hurt and rescues went on in 17 buildings.",
      "choice",
    );
    expect(rejectReason(q)).toBe("broken");
  });

  it("changes no figure of a sentence with three: the statement would refute itself", () => {
    const ev = "In all, 2,430 pupils got a place, against 2,300 last year, a rise of 6%.";
    const q = draft(
      "True or false: In all, 3,700 pupils got a place, against 2,300 last year, a rise of 6%.",
      "False",
      ev,
      "truefalse",
    );
    expect(weakFigureSwap(q)).toBe("figures that depend on each other");
  });
});

describe("what every reader knows", () => {
  it("asks no name the article gives in two other sentences", () => {
    const text = [
      "Two border crossings close for repairs",
      "Velmark closed two of its border crossings with its southern neighbour on Tuesday.",
      "Officials in Velmark said the crossings would stay shut while roads were repaired.",
      "Lorry drivers were told to use the crossing at Tarn, which is open day and night.",
      "Traders in Velmark said the closures would raise the cost of fruit and vegetables.",
      "The roads were damaged by floods in the spring, when rivers burst their banks.",
      "The transport ministry will spend $4 million on the repairs.",
      "At busy times, drivers who use the crossing at Tarn may wait for several hours.",
      "Bus companies said their passengers should expect longer journeys until the work ends.",
      "The two crossings handle about 1,200 lorries a day.",
      "Farmers near the border said they feared their harvest would reach markets late this year.",
      "The ministry has promised to publish a weekly update on the progress of the repairs.",
      "Neighbouring towns have offered to open extra parking areas for lorries waiting at Tarn.",
    ].join("\n\n");
    const quiz = generateQuiz(text);
    expect(quiz.questions.length).toBeGreaterThan(0);
    for (const q of quiz.questions) expect(q.answer).not.toBe("Velmark");
  });
});

describe("a quiz with few strong facts", () => {
  it("is short rather than padded with copied true statements", () => {
    const text = [
      "Island ferries stop",
      "Ferries between the port of Dunmere and two islands stopped on Friday after crews walked " +
        "out in a dispute over rotas.",
      "The operator said it regretted the disruption and hoped to restart talks soon.",
      "About 3,500 passengers a day use the routes in summer, islanders said.",
      "Shops on the islands said deliveries had already been delayed.",
      "The union said its members felt they had no other choice.",
      "Both sides are expected to meet next week at a conciliation service in the port.",
      "Some islanders travelled to the mainland on fishing boats to reach hospital appointments.",
      "The council asked the government to step in if the ferries did not run by the weekend.",
      "Crews on the longer route said the new rotas would keep them away from home for days.",
      "The operator said the rotas were needed to keep the timetable reliable in winter.",
      "Islanders said they would hold a meeting in the village hall on the larger island.",
    ].join("\n\n");
    const quiz = generateQuiz(text);
    expect(quiz.questions.length).toBeGreaterThan(0);
    for (const q of quiz.questions)
      expect(q.type === "truefalse" && q.answer === "True").toBe(false);
  });
});

describe("figures in a false statement", () => {
  it("reads '11pc' as a share", () => {
    const [s] = splitSentences(["Profits rose 11pc to $3.4bn."]);
    expect(findQuantities(s!)[0]).toMatchObject({ kind: "percent", core: "11" });
  });

  it("puts 'a' or 'an' before a changed figure as it is said", () => {
    expect(fitSwap("Velora has posted an ", "17pc", "percent").before).toBe("Velora has posted a ");
    expect(fitSwap("Velora has posted a ", "18pc", "percent").before).toBe("Velora has posted an ");
    expect(fitSwap("It was a ", "8,000", "count").before).toBe("It was an ");
    expect(fitSwap("It was an ", "1,800", "count").before).toBe("It was a ");
  });
});

describe("matching", () => {
  it("waits among the alternates: no blind teacher kept a match", () => {
    const match = draft("Match each person to the role the article gives them.", "x", ".", "match");
    expect(isWeak(candidate(match, "match"))).toBe(true);
    expect(isWeak(candidate(match, "match:figures"))).toBe(true);
  });
});

describe("questions that lose what the sentence says", () => {
  it("never drop the bound the article puts on a figure ('more than 20 communities')", () => {
    const ev = "The orders affected more than 20 communities along the river.";
    const q = draft("How many communities did the orders affect?", "20", ev, "choice");
    expect(rejectReason(q)).toBe("bound dropped");
    const about = "The orders affected about 20 communities along the river.";
    expect(rejectReason(draft("How many communities did the orders affect?", "20", about))).toBe(
      null,
    );
  });

  it("never read a year as a subject or lose a passive's verb", () => {
    const ev = "The plan has been in the pipeline since 2011, with plans signed off in 2012.";
    expect(rejectReason(draft("When did 2011 with plans sign off?", "2012", ev))).toBe("broken");
    const since = draft(
      "Since which year has the plan been in the pipeline, with plans signed off in 2012?",
      "2011",
      ev,
    );
    expect(rejectReason(since)).toBe("two figures of one unit");
    const by = "Prouvost was presented with the prize by Saoirse Ronan in Londonderry on Monday.";
    const where = draft("Where was Prouvost by Saoirse Ronan on Monday?", "Londonderry", by);
    expect(rejectReason(where)).toBe("broken");
  });

  it("never ask a clause welded to another, a verb left alone before 'and' or a clock time", () => {
    const ev = "The Speaker adjourned the House till 2 PM and the House managed only one question.";
    const welded = draft(
      "Who adjourned the House and the House managed only one question?",
      "Om",
      ev,
    );
    expect(rejectReason(welded)).toBe("broken");
    const had = draft("How many inches had and Evansville measured?", "6.2", ev, "choice");
    expect(rejectReason(had)).toBe("broken");
    const clock = draft("For how many a.m. has the ceremony been scheduled?", "10", ev, "choice");
    expect(rejectReason(clock)).toBe("broken");
    const tf = draft(
      "True or false: The Speaker adjourned the House till 3 PM and the House managed only one " +
        "question.",
      "False",
      ev,
      "truefalse",
    );
    expect(weakFigureSwap(tf)).toBe("a clock time");
  });

  it("never raise a bound on a sum of money ('more than $30,000')", () => {
    const ev = "The department is saving more than $30,000 by doing its own digging.";
    const tf = draft(
      "True or false: The department is saving more than $265,000 by doing its own digging.",
      "False",
      ev,
      "truefalse",
    );
    expect(weakFigureSwap(tf)).toBe("a bound changed");
  });

  it("never change a figure with a conversion in brackets, nor a distance naming an event", () => {
    const ev = "The river passed its flood stage of 32 feet (9.8 meters) on Tuesday.";
    const tf = draft(
      "True or false: The river passed its flood stage of 46 feet (9.8 meters) on Tuesday.",
      "False",
      ev,
      "truefalse",
    );
    expect(weakFigureSwap(tf)).toBe("a conversion left in");
    const walk = "Korzeniowski won the 50-kilometer walk in three hours and 36 minutes.";
    const made = draft(
      "True or false: Korzeniowski won the 75-kilometer walk in three hours and 36 minutes.",
      "False",
      walk,
      "truefalse",
    );
    expect(weakFigureSwap(made)).toBe("a named distance");
  });
});

describe("headlines", () => {
  it("lose a newsroom tag such as 'UPDATE:'", () => {
    const article = cleanArticle(
      "UPDATE: Teachers and board reach a contract agreement\n\nThe board voted on Monday night.",
    );
    expect(article.headline).toBe("Teachers and board reach a contract agreement");
  });
});

describe("sources and trades", () => {
  it("keeps a news source's name out of a quiz ('..., ___ reports.')", () => {
    const s = "Marlow Foods has opened a new bakery in Dunmere, Harbour News reports.";
    const q = draft(
      "Complete the sentence from the article: “Marlow Foods has opened a new bakery in Dunmere, " +
        "___ reports.”",
      "Harbour News",
      s,
    );
    expect(isWeak(candidate(q, "sentence:1:Harbour News"))).toBe(true);
  });

  it("never reads a trade written in capitals as part of the name after it", () => {
    const text =
      "Clinic opens\n\nIt took ten years, but Paediatrician Ruth M. Kellow, director of the " +
      "Dunmere Children's Clinic, says the new ward will treat 400 children a year. The ward " +
      "opened on Monday with 30 beds and a play room for patients and their families. Nurses " +
      "from the town's hospital will staff the ward at night, and volunteers will run the play " +
      "room on weekday afternoons.";
    const quiz = generateQuiz(text, { count: 30 });
    const answers = [...quiz.questions, ...(quiz.alternates ?? [])].map((q) => String(q.answer));
    const named = answers.filter((a) => /Kellow/.test(a));
    expect(named.length).toBeGreaterThan(0);
    for (const a of named) expect(a).not.toMatch(/Paediatrician/);
  });
});

describe("sentences that lean on an earlier one", () => {
  it("keeps out a later sentence that opens on a description ('The company's losses...')", () => {
    const ev = "The company's losses widened to $245 million in the latest quarter.";
    const q = draft(
      "Complete the sentence from the article: “The company's losses widened to ___ in the " +
        "latest quarter.”",
      "$245 million",
      ev,
      "numeric",
    );
    expect(isWeak({ ...candidate(q, "sentence:3:245"), sentence: 3 })).toBe(true);
    // the lead may open so: it is where the story names what it is about
    expect(isWeak({ ...candidate(q, "sentence:0:245"), sentence: 0 })).toBe(false);
    const named = draft(
      "Complete the sentence from the article: “The Rock River crested at ___ feet in Moline.”",
      "16.5",
      "The Rock River crested at 16.5 feet in Moline.",
      "numeric",
    );
    expect(isWeak({ ...candidate(named, "sentence:3:16.5"), sentence: 3 })).toBe(false);
  });
});

describe("match reports and titles", () => {
  it("keeps the minute of a goal out of a quiz", () => {
    const q = draft(
      "In which minute did Sakura Kim score the winner?",
      "64th",
      "Kim scored in the 64th minute.",
      "choice",
    );
    expect(isWeak(candidate(q, "ordinal:1"))).toBe(true);
  });

  it("knows a family name with a particle as the answer a title gives away ('van Zweden')", () => {
    const q = draft(
      "Who will lead the orchestra?",
      "Jaap van Zweden",
      "Jaap van Zweden will lead it.",
    );
    expect(answerTexts(q)).toEqual(expect.arrayContaining(["zweden", "van zweden"]));
  });
});

describe("after blind set 8", () => {
  it("asks no figure printed beside itself in another unit ('202 km (___ miles)')", () => {
    const q = draft(
      "Complete the sentence from the article: “The quake struck 202 km (___ miles) offshore.”",
      "125",
      "The quake struck 202 km (125 miles) offshore.",
      "numeric",
    );
    expect(rejectReason(q)).toBe("conversion");
  });

  it("keeps a decade ('the 2020s') out of a quiz, as a date", () => {
    const q = draft(
      "Complete the sentence from the article: “The crew will fly to the Moon in ___.”",
      "the 2020s",
      "The crew will fly to the Moon in the 2020s.",
    );
    expect(isWeak(candidate(q, "sentence:1:2020s"))).toBe(true);
  });

  it("reads a player's position before a name as no part of it ('Flyhalf Ben Tuilagi')", () => {
    const text =
      "Rugby\n\nThe Harbour Sharks beat Port Ellis 24-10 on Saturday as Flyhalf Ben Tuilagi " +
      "kicked four penalties for the Sharks, and then Winger Sam Okafor scored two tries before " +
      "half " +
      "time. The Sharks have now won six games in a row and lead the table by three points. " +
      "Fans queued outside the ground for an hour before kick-off, and the club's shop sold out " +
      "of home shirts by the end of the first half. About 9,000 fans watched the game, the " +
      "club's " +
      "biggest crowd this season.";
    const names = [...candidateQuestions(text).entities.values()].map((e) => e.name);
    expect(names).toContain("Ben Tuilagi");
    expect(names.some((n) => /Flyhalf|Winger/.test(n))).toBe(false);
  });
});

describe("after blind set 9", () => {
  it("keeps a person's age and the minutes before a goal out of a quiz", () => {
    const age = draft("According to the article, how old is Ann Mole?", "53", "Ann Mole, 53, ...");
    expect(isWeak(candidate(age, "age:1"))).toBe(true);
    const goal = draft(
      "Complete the sentence from the article: “Rovers took the lead when Kim scored the opening " +
        "goal after ___ minutes.”",
      "4",
      "Rovers took the lead when Kim scored the opening goal after 4 minutes.",
      "numeric",
    );
    expect(isWeak(candidate(goal, "sentence:1:4"))).toBe(true);
    // minutes that matter stay
    const trip = draft(
      "Complete the sentence from the article: “The new line will cut the trip by ___ minutes.”",
      "10",
      "The new line will cut the trip by 10 minutes.",
      "numeric",
    );
    expect(isWeak(candidate(trip, "sentence:1:10"))).toBe(false);
  });
});
