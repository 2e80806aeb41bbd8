import { readFileSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { generateQuiz } from "../../questions/index.ts";
import type { Question } from "../../questions/types.ts";
import { axeViolations, launchBrowser, PHONE, screenshot } from "./browser";
import {
  answerBlindly,
  answerRightly,
  expectBigTouchTargets,
  expectNoSidewaysScroll,
  progress,
  prompt,
  questionType,
} from "./player";

// A teacher builds the quiz they want from an article the engine was not tuned on: replaces two
// questions (and undoes a replacement), adds one about a sentence they choose and writes one of
// their own, publishes, and puts the projector view on the wall; three students join on phones,
// each in an order of their own; the dashboard fits a phone and the CSV has a row per student.

const baseUrl = inject("baseUrl");
const LAPTOP = { width: 1280, height: 800 };
const ARTICLE = "test/fixtures/heldout/glaciers.txt";
const LONG_NAME = "Alexandra-Konstantinopoulou";
const STUDENTS = [LONG_NAME, "Bo", "Chidi Okafor"];

let browser: Browser;
let teacherContext: BrowserContext;
let teacher: Page;
let projector: Page;
const problems: string[] = [];
const run = { id: "", key: "", count: 0, added: "" };

function watch(page: Page) {
  page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
  page.on("console", (msg) => {
    if (
      msg.type() === "error" &&
      !/^Failed to load resource: the server responded with a status of 4\d\d/.test(msg.text())
    ) {
      problems.push(`console error: ${msg.text()}`);
    }
  });
}

beforeAll(async () => {
  browser = await launchBrowser();
  teacherContext = await browser.newContext({ viewport: LAPTOP });
  teacher = await teacherContext.newPage();
  watch(teacher);
});
afterAll(async () => {
  await browser?.close();
});
afterEach(() => {
  expect(problems.splice(0)).toEqual([]);
});

/**
 * axe-core at laptop and phone size, no sideways scroll and big targets on the phone, and
 * screenshots of both.
 */
async function inspect(page: Page, name: string, targets = true) {
  expect(await axeViolations(page), `axe-core on the ${name} screen`).toEqual([]);
  const size = page.viewportSize() ?? LAPTOP;
  for (const [label, viewport] of [
    ["phone", PHONE],
    ["laptop", LAPTOP],
  ] as const) {
    await page.setViewportSize(viewport);
    if (label === "phone") {
      await expectNoSidewaysScroll(page);
      if (targets) await expectBigTouchTargets(page);
      expect(await axeViolations(page), `axe-core on the ${name} screen at phone size`).toEqual([]);
    }
    await screenshot(page, `classroom-${name}-${label}`);
  }
  await page.setViewportSize(size);
}

const cards = () => teacher.locator(".question-list > li.question-edit");

/**
 * The numbers of the questions "Another question" can replace now (one whose sentence another
 * question shares cannot be).
 */
const replaceable = async () =>
  await teacher
    .getByRole("button", { name: /^Another question instead of question \d+$/ })
    .evaluateAll((els) =>
      els
        .filter((el) => !el.hasAttribute("aria-disabled"))
        .map((el) => Number(/\d+$/.exec(el.getAttribute("aria-label")!)![0])),
    );
const another = (n: number) =>
  teacher.getByRole("button", { name: `Another question instead of question ${n}`, exact: true });
const promptOf = (n: number) =>
  teacher.getByRole("textbox", { name: `Question ${n} Prompt` }).inputValue();
/**
 * A question as the card shows it: its type and prompt (an alternate may ask the same as another
 * type).
 */
const questionAt = async (n: number) =>
  `${await cards()
    .nth(n - 1)
    .getByRole("heading", { level: 2 })
    .textContent()}: ${await promptOf(n)}`;

/** The teacher's copy of the quiz as the API keeps it. */
async function storedQuiz() {
  const res = await fetch(`${baseUrl}/api/quizzes/${run.id}/review`, {
    headers: { authorization: `Bearer ${run.key}` },
  });
  return ((await res.json()) as { quiz: { questions: Question[]; alternates?: Question[] } }).quiz;
}

describe("a teacher builds the quiz they want and runs the class from one screen", () => {
  it("generates a quiz from an unseen article", async () => {
    await teacher.goto(`${baseUrl}/new`);
    await teacher.getByRole("textbox", { name: "Article" }).fill(readFileSync(ARTICLE, "utf8"));
    await teacher.getByRole("button", { name: "Generate the quiz", exact: true }).click();
    await teacher.waitForURL(/\/t\/[^/]+\/edit$/);
    run.id = new URL(teacher.url()).pathname.split("/")[2]!;
    await cards().first().waitFor();
    run.count = await cards().count();
    run.key = await teacher.evaluate((id) => {
      const list = JSON.parse(localStorage.getItem("factquiz:my-quizzes") ?? "[]") as {
        id: string;
        key: string;
      }[];
      return list.find((q) => q.id === id)?.key ?? "";
    }, run.id);
    expect(run.key).not.toBe("");
    expect((await storedQuiz()).alternates?.length).toBeGreaterThan(2);
  });

  it("replaces a question with the engine's next-best one, and undoes it", async () => {
    const n = (await replaceable())[0]!;
    const before = await promptOf(n);
    const shown = await questionAt(n);
    await another(n).click();
    await expect.poll(() => questionAt(n)).not.toBe(shown);
    const card = cards().nth(n - 1);
    await card
      .getByText(`Replaced “${before.length > 80 ? `${before.slice(0, 77)}…` : before}”`)
      .waitFor();
    await card
      .getByRole("button", { name: `Undo the replacement of question ${n}`, exact: true })
      .click();
    await expect.poll(() => questionAt(n)).toBe(shown);
    expect(await cards().count()).toBe(run.count);
  });

  it("replaces two questions, never with a sentence another question asks about", async () => {
    // one replacement can use up another question's only alternate: look again after each
    const numbers: number[] = [];
    for (let i = 0; i < 2; i++) {
      const n = (await replaceable()).find((m) => !numbers.includes(m));
      expect(n, "a question left to replace").toBeDefined();
      const before = await questionAt(n!);
      await another(n!).click();
      await expect.poll(() => questionAt(n!)).not.toBe(before);
      numbers.push(n!);
    }
    await teacher.getByRole("button", { name: "Save changes", exact: true }).click();
    await teacher.getByText(/^All changes saved at /).waitFor();
    const quiz = await storedQuiz();
    const ids = new Set(quiz.alternates!.map((q) => q.id));
    expect(numbers.every((n) => ids.has(quiz.questions[n - 1]!.id))).toBe(true);
    for (const n of numbers.map((n) => n - 1)) {
      const key = (q: Question) => `${q.evidence.paragraph}:${q.evidence.text}`;
      const others = quiz.questions.filter((_, i) => i !== n).map(key);
      expect(others).not.toContain(key(quiz.questions[n]!));
    }
  });

  it("asks about a sentence the teacher picks: engine questions with it as evidence", async () => {
    const article = teacher.getByRole("region", { name: "Ask about a sentence" });
    const offers = article.getByRole("group", { name: "Questions about this sentence" });
    const add = offers.getByRole("button", { name: /^Add the question: / });
    // sentences no question asks about first, then the others, until the engine has a question for
    // one
    const all = article.locator("button.sentence");
    const asked = await all.evaluateAll((els) => els.map((el) => el.classList.contains("asked")));
    const tries = [...asked.keys()].sort((a, b) => Number(asked[a]) - Number(asked[b])).slice(0, 8);
    let text = "";
    for (const i of tries) {
      const sentence = all.nth(i);
      text = (await sentence.textContent())!.trim();
      await sentence.click();
      await offers.waitFor();
      await add
        .first()
        .or(offers.getByText(/has no other question about this sentence/))
        .waitFor({ timeout: 20_000 });
      if (await add.count()) break;
    }
    if (await add.count()) {
      run.added = (await add.first().getAttribute("aria-label"))!.replace(
        /^Add the question: /,
        "",
      );
      await add.first().click();
    } else {
      // no engine question for this sentence: a fill-in on one of its words
      const words = await offers
        .getByRole("combobox", { name: "Blank out a word" })
        .locator("option")
        .allTextContents();
      await offers
        .getByRole("combobox", { name: "Blank out a word" })
        .selectOption({ label: words.at(-1)! });
      await offers.getByRole("button", { name: "Add a fill-in question", exact: true }).click();
    }
    await expect.poll(() => cards().count()).toBe(run.count + 1);
    const last = cards().last();
    if (run.added) expect(await promptOf(run.count + 1)).toBe(run.added);
    expect(await last.getByRole("figure").getByRole("blockquote").first().textContent()).toContain(
      text.slice(0, 40),
    );
    await expect
      .poll(() =>
        last.getByRole("heading", { level: 2 }).evaluate((el) => el === document.activeElement),
      )
      .toBe(true);
  });

  it("adds a fill-in on a word the teacher picks and their own true/false, and saves", async () => {
    const article = teacher.getByRole("region", { name: "Ask about a sentence" });
    const offers = article.getByRole("group", { name: "Questions about this sentence" });
    const words = offers.getByRole("combobox", { name: "Blank out a word" });
    const word = (await words.locator("option").allTextContents())[2]!;
    await words.selectOption({ label: word });
    await offers.getByRole("button", { name: "Add a fill-in question", exact: true }).click();
    await expect.poll(() => cards().count()).toBe(run.count + 2);
    expect(
      await teacher
        .getByRole("textbox", { name: `Question ${run.count + 2} Right answer` })
        .inputValue(),
    ).toBe(word);
    await offers
      .getByRole("combobox", { name: "Write your own" })
      .selectOption({ label: "True or false" });
    await offers.getByRole("button", { name: "Write a question", exact: true }).click();
    await expect.poll(() => cards().count()).toBe(run.count + 3);
    expect(await promptOf(run.count + 3)).toMatch(/^True or false: /);
    await teacher.getByRole("button", { name: "Save changes", exact: true }).click();
    await teacher.getByText(/^All changes saved at /).waitFor();
    expect((await storedQuiz()).questions).toHaveLength(run.count + 3);
    // for the README: the review with a replaced and an added question, the article beside them
    await teacher
      .getByText(/^Replaced “/)
      .first()
      .evaluate((el) => el.closest("li")!.scrollIntoView());
    await teacher.screenshot({
      path: "test/screenshots/classroom-review-replaced-viewport-laptop.png",
    });
    await cards()
      .nth(run.count)
      .evaluate((el) => el.scrollIntoView());
    await teacher.screenshot({
      path: "test/screenshots/classroom-review-added-viewport-laptop.png",
    });
    await inspect(teacher, "review");
  });

  it("writes a match of the teacher's own, checked like any edit", async () => {
    const offers = teacher.getByRole("group", { name: "Questions about this sentence" });
    await offers
      .getByRole("combobox", { name: "Write your own" })
      .selectOption({ label: "Match people to roles" });
    await offers.getByRole("button", { name: "Write a question", exact: true }).click();
    const n = run.count + 4;
    await teacher.getByRole("button", { name: "Save changes", exact: true }).click();
    await teacher.getByText("Write at least two pairs, one a line: left — right.").waitFor();
    await teacher
      .getByRole("textbox", { name: `Question ${n} Pairs, one a line: left — right` })
      .fill("Ana — mayor\nBo — judge\nCy — nurse");
    await teacher.getByRole("button", { name: "Save changes", exact: true }).click();
    await teacher.getByText(/^All changes saved at /).waitFor();
    const saved = (await storedQuiz()).questions.at(-1)!;
    expect(saved).toMatchObject({
      type: "match",
      items: ["Ana", "Bo", "Cy"],
      answer: ["mayor", "judge", "nurse"],
    });
  });

  it("publishes: the share box shows the whole link, the projector fills the screen", async () => {
    await teacher.getByRole("button", { name: "Publish", exact: true }).click();
    const share = teacher.getByRole("region", { name: "Your quiz is ready to share" });
    await share.waitFor();
    // a new quiz is a draft until the teacher opens it to students
    await share.getByRole("button", { name: "Open the quiz to students" }).click();
    const link = share.getByRole("textbox", { name: "Share link" });
    expect(await link.inputValue()).toBe(`${baseUrl}/q/${run.id}`);
    // nothing cut: the field is as wide as its text needs
    expect(
      await link.evaluate(
        (el) => el.scrollWidth <= el.clientWidth + 1 && el.scrollHeight <= el.clientHeight + 1,
      ),
    ).toBe(true);
    projector = await teacherContext.newPage();
    watch(projector);
    await projector.goto(`${baseUrl}/t/${run.id}/present`);
    await projector.getByText("0 students have joined").waitFor();
    await projector.getByText(`${new URL(baseUrl).host}/q/${run.id}`).waitFor();
    const qr = await projector
      .getByRole("img", { name: `QR code for ${baseUrl}/q/${run.id}` })
      .boundingBox();
    expect(qr!.height).toBeGreaterThan(0.75 * LAPTOP.height);
    await inspect(projector, "present-empty", false);
  });

  it("shows each student who joins on the projector, live, each with their own order", async () => {
    const orders: string[][] = [];
    for (const name of STUDENTS) {
      const phone = await browser.newPage({ viewport: PHONE });
      watch(phone);
      await phone.goto(`${baseUrl}/q/${run.id}`);
      await phone.getByRole("textbox", { name: "Your name" }).fill(name);
      await phone.getByRole("button", { name: "Start the quiz", exact: true }).click();
      const [, total] = await progress(phone);
      const seen: string[] = [];
      for (let i = 0; i < total; i++) {
        await progress(phone);
        seen.push((await prompt(phone).textContent())!);
        await answerBlindly(phone, await questionType(phone));
        await phone
          .getByRole("button", { name: i + 1 < total ? "Next question" : "See my score" })
          .click();
      }
      await phone.getByText(/^You scored /).waitFor();
      orders.push(seen);
      await phone.close();
    }
    expect(new Set(orders.map((o) => o.join("\n"))).size).toBeGreaterThan(1);
    expect(new Set(orders.map((o) => [...o].sort().join("\n"))).size).toBe(1);
    await projector.getByText("3 students have joined").waitFor({ timeout: 15_000 });
    const names = await projector
      .getByRole("list", { name: "Students who have joined" })
      .getByRole("listitem")
      .allTextContents();
    expect([...names].sort()).toEqual([...STUDENTS].sort());
    await projector.screenshot({ path: "test/screenshots/classroom-present-viewport-laptop.png" });
    await inspect(projector, "present-joined", false);
  });

  it("fits a 360 px phone with a long name; the CSV has a row per student, in order", async () => {
    await teacher.goto(`${baseUrl}/t/${run.id}`);
    const rows = teacher.getByRole("table").getByRole("row");
    await expect.poll(() => rows.count()).toBe(1 + STUDENTS.length);
    await teacher.setViewportSize(PHONE);
    await expectNoSidewaysScroll(teacher);
    // each name cell holds the name, then its Remove button
    const shown = (await teacher.locator(".results-table td.name").allTextContents()).map((t) =>
      t.replace(/\s*Remove$/, ""),
    );
    await teacher.setViewportSize(LAPTOP);
    const [download] = await Promise.all([
      teacher.waitForEvent("download"),
      teacher.getByRole("button", { name: "Download CSV", exact: true }).click(),
    ]);
    const text = readFileSync((await download.path())!, "utf8");
    // (a heading with a comma in its prompt comes quoted)
    expect(text).toMatch(/^\uFEFFstudent,attempt,kind,started,finished,score,out of,"?Q1 /);
    const lines = text
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(lines).toHaveLength(1 + STUDENTS.length);
    expect(lines.slice(1).map((l) => l.split(",")[0])).toEqual(shown);
    await inspect(teacher, "results");
  });
});

describe("a match question", () => {
  it("scores a point per pair and shows each pair with its sentence", async () => {
    const article = readFileSync("test/fixtures/articles/disaster.txt", "utf8");
    // a default quiz holds only the best few questions: ask the engine for a match and a choice
    const match = generateQuiz(article, { types: ["match"], count: 1 }).questions.find(
      (q) => (q.items?.length ?? 0) >= 3,
    )!;
    const choice = generateQuiz(article, { types: ["choice"], count: 1 }).questions[0]!;
    const res = await fetch(`${baseUrl}/api/quizzes`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        article: readFileSync("test/fixtures/articles/disaster.txt", "utf8"),
        questions: [match, choice],
      }),
    });
    const { id, teacherKey } = (await res.json()) as { id: string; teacherKey: string };
    const opened = await fetch(`${baseUrl}/api/quizzes/${id}`, {
      method: "PATCH",
      headers: { "content-type": "application/json", authorization: `Bearer ${teacherKey}` },
      body: JSON.stringify({ status: "open" }),
    });
    expect(opened.status).toBe(200);
    const phone = await browser.newPage({ viewport: PHONE });
    watch(phone);
    await phone.goto(`${baseUrl}/q/${id}`);
    await phone.getByRole("textbox", { name: "Your name" }).fill("Pairs");
    await phone.getByRole("button", { name: "Start the quiz", exact: true }).click();
    for (let i = 0; i < 2; i++) {
      await progress(phone);
      const type = await questionType(phone);
      if (type === "match") {
        const right = match.answer as string[];
        await answerRightly(phone, "match", [right[1]!, right[0]!, ...right.slice(2)]);
        const region = phone.getByRole("region", {
          name: `${right.length - 2} of ${right.length} pairs right`,
        });
        await region.waitFor();
        for (const source of match.sources ?? [])
          await region.getByText(source.text, { exact: true }).first().waitFor();
        expect(await axeViolations(phone)).toEqual([]);
        await expectNoSidewaysScroll(phone);
        await screenshot(phone, "classroom-match-feedback-phone");
      } else {
        await answerRightly(phone, "choice", [choice.answer as string]);
      }
      await phone.getByRole("button", { name: i === 0 ? "Next question" : "See my score" }).click();
    }
    const points = (match.items!.length - 2) / match.items!.length;
    await phone.getByText(`You scored ${Math.round((1 + points) * 10) / 10} out of 2`).waitFor();
    await phone.close();
  });
});
