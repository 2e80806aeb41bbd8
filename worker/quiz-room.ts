import { DurableObject } from "cloudflare:workers";

/**
 * One Durable Object per quiz: the attempts in progress live in its SQLite storage, so every
 * answer to one quiz is serialised here and the first answer to a question always wins.
 */
export class QuizRoom extends DurableObject<Env> {}
