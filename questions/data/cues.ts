/**
 * Word lists the chooser reads. General English only: no entry names a word of one article.
 */

/**
 * Words that mark a cause, a consequence or a decision: the sentences a reader should take away.
 */
export const CAUSE_CUES = new RegExp(
  String.raw`\b(${[
    "because|after|due to|as a result|led to|leading to|so that|caused|causing|resulted in",
    "following|in response to|blamed|forced|prompted|triggered|means that|in order to",
  ].join("|")})\b`,
  "i",
);

/** Verbs of a decision or an event that changes things. */
export const DECISION_CUES = new RegExp(
  String.raw`\b(${[
    "decided|decision|agreed|approved|voted|announced|ordered|ruled|banned|launched",
    "signed|rejected|introduced|plans? to|will|found|discovered|closed|opened|cut|raised",
    "fined|charged|sentenced|elected|won|lost|killed|injured|died|arrested|resigned",
  ].join("|")})\b`,
  "i",
);

/** Function and very common words, left out of a sentence's content words. */
export const STOP_WORDS = new Set(
  (
    "a an the and or but if of to in on at by for with from as is are was were be been being has " +
    "have had do does did not no it its this that these those he she they them his her their we " +
    "our you your i me my us who whom whose which what when where why how than then there here " +
    "also just more most such so said says say told would could should will can may might must " +
    "about into over after before while during up down out off again very all any both each few " +
    "other some own same " +
    "new one two mr mrs ms dr"
  ).split(" "),
);

/**
 * Common English function words; their share of a text's words tells English apart from other
 * languages.
 */
export const ENGLISH_FUNCTION_WORDS = new Set(
  (
    "the of and to a in is was for on that with as by at from it his her are be has have had " +
    "were an this which not but they their he she its or who been will would said after also " +
    "more than up about into over"
  ).split(" "),
);

/** Days of the week: never an answer on their own. */
export const WEEKDAY = new RegExp(
  "^(on )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)" +
    "( (morning|afternoon|evening|night))?$",
  "i",
);

/**
 * Words of saying: a name asked from a sentence that holds one is who spoke, which blind teachers
 * dropped every time ("___, chairman of the board, said...", "Who tweeted condolences?").
 */
export const SPEECH_CUES = new RegExp(
  String.raw`\b(${[
    "said|says|say|told|tells|added|stated|noted|explained|tweeted|wrote|announced that|claimed",
    "claims|insisted|argued|warned|urged|asked|believes|vowed|pledged|promised|reported",
    "according to|discussed|briefing|overview|spokesman|spokeswoman|spokesperson",
  ].join("|")})\b`,
  "i",
);

/** A street or a clock time: where and when exactly something happened is not worth asking. */
/**
 * Words that put a floor (or a ceiling) under a figure: a smaller option offered beside it would be
 * true too ("a payroll of more than ___").
 */
export const FIGURE_BOUND = "more than|at least|over|up to|as many as";

export const ADDRESS_OR_CLOCK = new RegExp(
  String.raw`\b(street|st\.|avenue|ave\.|boulevard|blvd\.?|road|rd\.|drive|lane)$|` +
    String.raw`^\d{1,2}([:.]\d{2})?\s*(am|pm|a\.m\.|p\.m\.)$|^\d{1,2}:\d{2}$`,
  "i",
);

/** A role every student knows for a country's leader ("the president of Russia"). */
export const HEAD_OF_STATE_ROLE = new RegExp(
  String.raw`^(the )?(former )?(us |u\.s\. |french |russian |chinese |british )?` +
    "(president|prime minister|premier|chancellor|king|queen|pope|supreme leader|head of state)" +
    String.raw`( of [\p{Lu}][\p{L}’'. -]+)?$`,
  "iu",
);

/** Words that lean on another sentence when a prompt keeps them unresolved. */
export const LEFTOVER_CONTEXT = new RegExp(
  String.raw`\b(${[
    "he|she|him|they|them|his|her|their|this|these|those|despite this",
    "the product|our correspondent|the company's|the latter|the former",
    "such|meanwhile|however|instead|also|the move|the decision|the same",
  ].join("|")})\b`,
  "i",
);

/** A sentence that is page furniture rather than news: a caption, byline, dateline or reference. */
export const FURNITURE = new RegExp(
  [
    "^(image|photo|picture|caption|pictured|above|below|top|left|right|watch|listen|read" +
      String.raw`|related|file)\b[:,]?`,
    String.raw`\b(getty|reuters\/|ap photo|afp)\b`,
    String.raw`^[A-Z][A-Z ,.'-]{2,40}\s*(\([A-Za-z ]+\))?\s*[-–—]\s`,
  ].join("|"),
);

/**
 * Reasons that stand behind many news events, offered as wrong answers to a "why" question when the
 * article names too few other events of its own. General English only; one that shares a word with
 * the article is never offered (it could be true there).
 */
export const COMMON_REASONS = [
  "A shortage of staff",
  "Bad weather",
  "A power cut",
  "A lack of funding",
  "A computer failure",
  "Safety concerns",
  "Rising costs",
  "A legal challenge",
  "Low demand",
  "A change in the law",
];
