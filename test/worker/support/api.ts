import { env, exports } from "cloudflare:workers";
import type { Quiz } from "../../../questions/types.ts";
import { publishQuiz } from "../../../worker/quizzes/publish-quiz.ts";

let ip = 0;

/** A distinct client address per call, so tests do not share one rate-limit bucket by accident. */
export const nextIp = () => `198.51.${(++ip >> 8) & 255}.${ip & 255}`;

/** Calls the real worker in workerd. A JSON `body` is serialised with its content type. */
export function api(
  path: string,
  init: {
    method?: string;
    body?: unknown;
    token?: string;
    ip?: string;
    headers?: Record<string, string>;
  } = {},
) {
  const headers: Record<string, string> = { ...init.headers };
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  headers["cf-connecting-ip"] ??= init.ip ?? nextIp();
  let body: string | undefined;
  if (init.body !== undefined) {
    body = typeof init.body === "string" ? init.body : JSON.stringify(init.body);
    headers["content-type"] ??= "application/json";
  }
  return exports.default.fetch(`https://factquiz.test${path}`, {
    method: init.method ?? "GET",
    headers,
    body,
  });
}

/** Stores a quiz the way the product does (QuizRoom, then KV). */
export const seedQuiz = (quiz: Quiz, listed = false) => publishQuiz(env, quiz, { listed });

/** Starts an attempt and returns its id and token. */
export async function startAttempt(quizId: string, name = "Ana", ip?: string) {
  const res = await api(`/api/quizzes/${quizId}/attempts`, { method: "POST", body: { name }, ip });
  if (res.status !== 201) throw new Error(`start failed: ${res.status} ${await res.text()}`);
  return (await res.json()) as { attemptId: string; token: string };
}

export function answer(attemptId: string, token: string, questionId: string, value: unknown) {
  return api(`/api/attempts/${attemptId}/answers/${questionId}`, {
    method: "PUT",
    token,
    body: { answer: value },
  });
}

export const finish = (attemptId: string, token: string) =>
  api(`/api/attempts/${attemptId}/finish`, { method: "POST", token });
