import { describe, expect, it } from "vitest";
import { cleanArticle, isJunkLine, stripDateline } from "../../questions/read/clean.ts";

describe("cleanArticle", () => {
  it("drops advertisement, read-more, share, subscribe, byline and photo-credit lines", () => {
    const text = [
      "Both parties stated that talks would take place on Thursday in Yevlakh.",
      "Advertisement",
      "Read more: How the war began",
      "Share this article",
      "Subscribe to our newsletter",
      "By Laura Fernández and Ali Khan",
      "Photo: ESO/M. Kornmesser",
      "Published 4 hours ago",
      "30,000 people died in the fighting, and thousands were driven from their homes.",
    ].join("\n");
    expect(cleanArticle(text).paragraphs).toEqual([
      "Both parties stated that talks would take place on Thursday in Yevlakh.",
      "30,000 people died in the fighting, and thousands were driven from their homes.",
    ]);
  });

  it("handles Windows line endings and blank-line separated paragraphs alike", () => {
    const oneALine = "Aliyev spoke on Wednesday.\nPutin spoke on Thursday.";
    const blankLines = "Aliyev spoke on Wednesday.\r\n\r\nPutin spoke on Thursday.\r\n";
    expect(cleanArticle(blankLines).paragraphs).toEqual(cleanArticle(oneALine).paragraphs);
  });

  it("joins hard-wrapped lines inside a blank-line separated paragraph", () => {
    const text =
      "The planet circles its star every 25 days, according to a study\n" +
      "published in the journal Nature Astronomy.\n\n" +
      "Rojas said her team would ask for more time.";
    expect(cleanArticle(text).paragraphs).toEqual([
      "The planet circles its star every 25 days, according to a study " +
        "published in the journal Nature Astronomy.",
      "Rojas said her team would ask for more time.",
    ]);
  });

  it("keeps curly and straight quotes as written", () => {
    const text =
      "According to Aliyev, “Azerbaijan restored its sovereignty,” in a speech.\n" +
      'He said "peace" was near.';
    expect(cleanArticle(text).paragraphs).toEqual([
      "According to Aliyev, “Azerbaijan restored its sovereignty,” in a speech.",
      'He said "peace" was near.',
    ]);
  });

  it("takes a short first line without a full stop as the headline", () => {
    const a = cleanArticle(
      "Earthquake kills at least 162 in Indonesia's Sulawesi\n\n" +
        "A powerful earthquake struck the island early on Friday.",
    );
    expect(a.headline).toBe("Earthquake kills at least 162 in Indonesia's Sulawesi");
    expect(a.paragraphs).toEqual(["A powerful earthquake struck the island early on Friday."]);
  });

  it("does not take a first sentence for a headline", () => {
    const a = cleanArticle(
      "President Ilham Aliyev of Azerbaijan declared on Wednesday " +
        "that his nation had reclaimed authority.\nAliyev spoke on television.",
    );
    expect(a.headline).toBeNull();
    expect(a.paragraphs).toHaveLength(2);
  });

  it("strips a wire dateline in front of the first sentence", () => {
    expect(
      stripDateline("PALU, Indonesia (AP) — A powerful earthquake struck early on Friday."),
    ).toBe("A powerful earthquake struck early on Friday.");
    expect(
      stripDateline(
        "SANTIAGO, March 14 (Reuters) - Astronomers said on Tuesday that they had found water.",
      ),
    ).toBe("Astronomers said on Tuesday that they had found water.");
    expect(
      stripDateline(
        "Since the fall of the Soviet Union, Armenia and Azerbaijan have fought two wars.",
      ),
    ).toBe("Since the fall of the Soviet Union, Armenia and Azerbaijan have fought two wars.");
  });

  it("writes a word a house style shouts at a story's start as a word", () => {
    const a = cleanArticle(
      "Line opens\n\nMORE than 2,100 commuters rode the new line.\n\nNASA says so.",
    );
    expect(a.paragraphs).toEqual(["More than 2,100 commuters rode the new line.", "NASA says so."]);
  });

  it("strips datelines with a state and a date, a colon, a channel number or a date alone", () => {
    expect(
      stripDateline("MILLBROOK FALLS, Ore., Oct. 3 (UPI) -- Doctors say clinics are full."),
    ).toBe("Doctors say clinics are full.");
    expect(stripDateline("DUNMERE, Kent: A former mayor was fined.")).toBe(
      "A former mayor was fined.",
    );
    expect(stripDateline("HARBURY (KTV 7) - The council voted.")).toBe("The council voted.");
    expect(stripDateline("May 2 (UPI) -- Two ferries collided.")).toBe("Two ferries collided.");
    // a sentence that happens to hold a colon keeps its words
    expect(stripDateline("Warning, officials said: The river will rise.")).toBe(
      "Warning, officials said: The river will rise.",
    );
  });

  it("keeps real sentences that merely mention sharing or photos", () => {
    expect(
      isJunkLine(
        "Shares of Anatolian Skies jumped 9% in Istanbul on Monday, " +
          "while Mehta Group's shares fell 2% in Mumbai.",
      ),
    ).toBe(false);
    expect(isJunkLine("Advertisement")).toBe(true);
  });
});
