import { describe, expect, it } from "vitest";
import { api } from "./support/api.ts";

describe("wrong methods and unknown paths", () => {
  it.each([
    ["DELETE", "/api/quizzes", "GET, POST, HEAD"],
    ["POST", "/api/quizzes/abc", "GET, PUT, PATCH, HEAD"],
    ["POST", "/api/quizzes/abc/results", "GET, HEAD"],
    ["PUT", "/api/quizzes/abc/review", "GET, HEAD"],
    ["PATCH", "/api/quizzes/abc/leaderboard", "GET, HEAD"],
    ["GET", "/api/quizzes/abc/attempts", "POST"],
    ["DELETE", "/api/attempts/abc", "GET, HEAD"],
    ["POST", "/api/attempts/abc/answers/q1", "PUT"],
    ["GET", "/api/attempts/abc/finish", "POST"],
    ["OPTIONS", "/api/health", "GET, HEAD"],
  ])("answers %s %s with a JSON 405 that says what is allowed", async (method, path, allow) => {
    const res = await api(path, { method });
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe(allow);
    expect(await res.json()).toEqual({
      error: { code: "method_not_allowed", message: expect.stringContaining(allow) },
    });
  });

  it.each(["/api", "/api/", "/api/quizzes/a/b/c", "/api/attempts", "/api/attempts/a/answers"])(
    "answers GET %s with a JSON 404",
    async (path) => {
      const res = await api(path);
      expect(res.status).toBe(404);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("not_found");
    },
  );

  it("answers HEAD like GET, without a body", async () => {
    const res = await api("/api/health", { method: "HEAD" });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("");
  });
});
