import * as v from "valibot";
import { cleanText, stripInvisible } from "./clean-text.ts";

/** Quiz, question and attempt ids: URL-safe, no dots or colons (tokens and KV keys use those). */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export const isId = (text: string) => ID_PATTERN.test(text);

/**
 * A player's name as typed, cleaned (`cleanText`: no control, zero-width or direction-control
 * characters, whitespace runs as one space), then 1 to 40 characters (as people count them).
 * Stored and returned as plain text; clients render it as text, never as HTML.
 */
export const PlayerName = v.pipe(
  v.string("Send your name as text."),
  v.transform(cleanText),
  v.minLength(1, "Enter your name."),
  // A byte cap too, since one "character" can hide many code points; KV metadata holds 1 KB.
  v.maxBytes(720, "Your name is too long: 40 characters at most."),
  v.maxGraphemes(40, "Your name is too long: 40 characters at most."),
);

/**
 * The device a student plays on: a random id the client keeps, so "one scored attempt" means one
 * per phone.
 */
const DeviceId = v.pipe(
  v.string("device must be text."),
  v.regex(ID_PATTERN, "device is 1 to 64 letters, digits, - or _."),
);

/** Body of POST /api/quizzes/:id/attempts. */
export const NewAttemptBody = v.object(
  { name: PlayerName, device: v.optional(DeviceId) },
  'Send a JSON object such as {"name": "Ana"}.',
);

/** A typed answer: invisible and control characters are removed before it is graded or stored. */
const AnswerText = v.pipe(
  v.string(),
  v.maxLength(1000, "That answer is too long."),
  v.transform(stripInvisible),
);

/**
 * Body of PUT /api/attempts/:attemptId/answers/:questionId: text, or a list for match and order.
 */
export const AnswerBody = v.object(
  {
    answer: v.union(
      [
        AnswerText,
        v.pipe(v.array(AnswerText), v.minLength(1), v.maxLength(50, "That list is too long.")),
      ],
      "Send the answer as text, or as a list of texts for match and order questions.",
    ),
  },
  'Send a JSON object such as {"answer": "Armenia"}.',
);

export type NewAttemptInput = v.InferInput<typeof NewAttemptBody>;
export type AnswerInput = v.InferInput<typeof AnswerBody>;
