import { type Card, createEmptyCard, fsrs, Rating } from "ts-fsrs";
import { REVIEW_PREFIX, readSchedule, type StoredSchedule } from "./review-due";

/**
 * The spaced-repetition schedule, per quiz, kept in this browser: FSRS (the Free Spaced Repetition
 * Scheduler, by Jarrett Ye) through the ts-fsrs package. A student rates a card "Knew it" (Good)
 * or "Didn't" (Again); FSRS keeps each card's stability and difficulty and picks the next due date
 * so it comes back just before it would be forgotten.
 *
 * Short-term learning steps are off: practice mode already repeats missed questions within a
 * sitting, so the schedule deals in days (a miss comes back tomorrow, a first "Knew it" in a few
 * days, then intervals grow). No fuzz: the same ratings give the same dates.
 */
const scheduler = fsrs({ enable_short_term: false, enable_fuzz: false });

/** One studied question: the due time the home page reads, and FSRS's card state. */
export type ScheduledCard = { due: number; card: Card };

type Schedule = { title?: string; cards: Record<string, ScheduledCard> };

/** Cards come back from JSON with dates as strings; FSRS wants Dates. */
function revive(card: Card): Card {
  return {
    ...card,
    due: new Date(card.due),
    last_review: card.last_review ? new Date(card.last_review) : undefined,
  } as Card;
}

/** The card after a review at `now`: `knew` is "Knew it", otherwise "Didn't". */
export function rateCard(
  previous: ScheduledCard | undefined,
  knew: boolean,
  now: number,
): ScheduledCard {
  const card = previous ? revive(previous.card) : createEmptyCard(new Date(now));
  const { card: next } = scheduler.next(card, new Date(now), knew ? Rating.Good : Rating.Again);
  return { due: next.due.getTime(), card: next };
}

/** Days from `now` until the card is due again, rounded (for "See it again in 3 days"). */
export const daysUntil = (scheduled: ScheduledCard, now: number) =>
  Math.max(0, Math.round((scheduled.due - now) / 86_400_000));

export function loadSchedule(storage: Storage, quizId: string): Schedule {
  return (readSchedule(storage, quizId) as Schedule | null) ?? { cards: {} };
}

/** Rates one question of a quiz and saves the schedule; returns the card as now scheduled. */
export function recordReview(
  storage: Storage,
  quizId: string,
  title: string,
  questionId: string,
  knew: boolean,
  now: number,
) {
  const schedule = loadSchedule(storage, quizId);
  const scheduled = rateCard(schedule.cards[questionId], knew, now);
  const next: Schedule = { title, cards: { ...schedule.cards, [questionId]: scheduled } };
  try {
    storage.setItem(REVIEW_PREFIX + quizId, JSON.stringify(next satisfies StoredSchedule));
  } catch {
    // storage full or blocked: the rating still counts for this sitting
  }
  return scheduled;
}
