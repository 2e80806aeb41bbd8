/**
 * The chooser's weights, shipped as data so they can be refitted to reviewers' verdicts without
 * touching the logic (see choose/rank.ts and choose/score.ts).
 */
export const WEIGHTS = {
  /** Sentence rank: the lead paragraph's share, and how fast later paragraphs lose it. */
  position: 0.45,
  positionDecay: 0.35,
  headline: 0.25,
  centrality: 0.3,
  cause: 0.15,
  decision: 0.1,
  figure: 0.05,
  /** How much the sentence rank counts against the question's own prior (0..1). */
  rankShare: 0.55,
};

/**
 * Prior of each kind of question: how often a teacher keeps one of this kind when its sentence
 * matters. Keys are the fact kind (the part of a candidate's key before the first colon) and,
 * for true/false, "tf:" and the kind.
 */
export const KIND_PRIOR: Record<string, number> = {
  cause: 1.25,
  subject: 0.9,
  object: 0.8,
  count: 0.9,
  figure: 0.85,
  where: 0.75,
  origin: 0.55,
  when: 0.55,
  ordinal: 0.5,
  name: 0.6,
  relative: 0.5,
  age: 0.45,
  role: 0.25,
  quote: 0.1,
  sentence: 0.45,
  /**
   * a sentence of 25 words or fewer copied with its figure blanked (`scoreCandidate`); high, as
   * the quotation marks around every copied sentence cost it 0.6 in `penalty`
   */
  "sentence-figure": 2.0,
  "sentence-tf": 0.5,
  match: 0.4,
  order: 0.35,
  "match:figures": 0.35,
  "match:quote": 0.2,
  "match:deed": 0.3,
  other: 0.5,
};

/**
 * Multipliers by question type: a clean wh-question with options before a typed answer, true/false
 * last.
 */
export const TYPE_FACTOR: Record<string, number> = {
  choice: 1.0,
  numeric: 0.95,
  fill: 0.9,
  truefalse: 0.45,
  match: 0.9,
  order: 0.9,
};
