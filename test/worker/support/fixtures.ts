import type { Quiz } from "../../../questions/types.ts";

const paragraphs = [
  "Azerbaijan said on Wednesday that it had regained control of Nagorno-Karabakh.",
  "About 2,000 Russian peacekeepers remain in the region, the Kremlin said.",
  "Nikol Pashinyan, the prime minister of Armenia, said he would not send troops.",
];

/** A small hand-written quiz with one question of every type, answers included. */
export const fixtureQuiz: Quiz = {
  id: "fixture-quiz-1",
  title: "Karabakh in three sentences",
  article: { paragraphs },
  questions: [
    {
      id: "q-choice",
      type: "choice",
      prompt: "Which country said it had regained control of Nagorno-Karabakh?",
      options: ["Armenia", "Azerbaijan", "Russia", "Georgia"],
      answer: "Azerbaijan",
      explanation: "The article says Azerbaijan regained control.",
      evidence: { paragraph: 0, text: paragraphs[0]!, highlight: "Azerbaijan" },
      difficulty: "easy",
    },
    {
      id: "q-tf",
      type: "truefalse",
      prompt: "True or false: about 2,000 Russian peacekeepers remain in the region.",
      options: ["True", "False"],
      answer: "True",
      explanation: "The Kremlin said about 2,000 peacekeepers remain.",
      evidence: { paragraph: 1, text: paragraphs[1]! },
      difficulty: "easy",
    },
    {
      id: "q-fill",
      type: "fill",
      prompt: "Who is the prime minister of Armenia?",
      answer: "Nikol Pashinyan",
      accept: ["Pashinyan"],
      explanation: "Nikol Pashinyan is named as Armenia's prime minister.",
      evidence: { paragraph: 2, text: paragraphs[2]! },
      difficulty: "medium",
    },
    {
      id: "q-num",
      type: "numeric",
      prompt: "About how many Russian peacekeepers remain in the region?",
      answer: "2,000",
      explanation: "The article gives about 2,000.",
      evidence: { paragraph: 1, text: paragraphs[1]!, highlight: "2,000" },
      difficulty: "medium",
    },
    {
      id: "q-match",
      type: "match",
      prompt: "Match each name to what the article says about it.",
      items: ["Nikol Pashinyan", "the Kremlin"],
      options: ["spoke about the peacekeepers", "prime minister of Armenia"],
      answer: ["prime minister of Armenia", "spoke about the peacekeepers"],
      explanation:
        "Pashinyan is Armenia's prime minister; the Kremlin spoke about the peacekeepers.",
      evidence: { paragraph: 2, text: paragraphs[2]! },
      difficulty: "hard",
    },
    {
      id: "q-order",
      type: "order",
      prompt: "Put these statements in the order the article gives them.",
      options: [
        "Pashinyan would not send troops",
        "Azerbaijan regained control",
        "Peacekeepers remain",
      ],
      answer: [
        "Azerbaijan regained control",
        "Peacekeepers remain",
        "Pashinyan would not send troops",
      ],
      explanation: "That is the order of the article's paragraphs.",
      evidence: { paragraph: 0, text: paragraphs[0]! },
      difficulty: "hard",
    },
  ],
};

/** The right answer to every question of `quiz`, by question id. */
export const rightAnswers = (quiz: Quiz) =>
  Object.fromEntries(quiz.questions.map((q) => [q.id, q.answer]));

/** A copy of the fixture under another id, for tests that need a fresh leaderboard. */
export const fixtureWithId = (id: string): Quiz => ({ ...fixtureQuiz, id });
