import business from "../../fixtures/articles/business.txt";
import disaster from "../../fixtures/articles/disaster.txt";
import science from "../../fixtures/articles/science.txt";
import sport from "../../fixtures/articles/sport.txt";
import type { Quiz } from "../../../questions/types.ts";
import { api, nextIp } from "./api.ts";

/** The fixture articles (never the built-in one) for creating quizzes. */
export const articles = { business, disaster, science, sport };

/** What POST /api/quizzes answers with. */
export type Created = { id: string; url: string; teacherUrl: string; teacherKey: string; quiz: Quiz };

/** POST /api/quizzes, each call from its own address unless `ip` says otherwise. */
export const postQuiz = (body: unknown, ip = nextIp()) => api("/api/quizzes", { method: "POST", body, ip });

/** Creates a quiz and returns the 201's body; anything else fails the test with the response. */
export async function createQuiz(body: unknown): Promise<Created> {
  const res = await postQuiz(body);
  if (res.status !== 201) throw new Error(`create failed: ${res.status} ${await res.text()}`);
  return (await res.json()) as Created;
}

/** PUT /api/quizzes/:id with a teacher key (or none). */
export const putQuiz = (id: string, body: unknown, key?: string) => api(`/api/quizzes/${id}`, { method: "PUT", body, token: key });

/** GET /api/quizzes/:id/results, as JSON or CSV. */
export const getResults = (id: string, key?: string, format?: string, layout?: string) =>
  api(`/api/quizzes/${id}/results${format ? `?format=${format}` : ""}${layout ? `&layout=${layout}` : ""}`, { token: key });

/** The error body of a failed response. */
export const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string; message: string } }).error;
