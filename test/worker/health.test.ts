import { env, exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";

const api = (path: string, init?: RequestInit) =>
  exports.default.fetch(`https://factquiz.test${path}`, init);

describe("the API skeleton", () => {
  it("answers GET /api/health with ok", async () => {
    const res = await api("/api/health");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });

  it("answers an unknown API path with a JSON 404", async () => {
    const res = await api("/api/nope");
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toContain("application/json");
    expect(await res.json()).toEqual({
      error: { code: "not_found", message: "No API route for GET /api/nope." },
    });
  });

  it("sends security headers with API responses", async () => {
    const res = await api("/api/health");
    expect(res.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });
});

describe("the KV binding", () => {
  it("stores and lists a value with metadata in the real QUIZZES namespace", async () => {
    await env.QUIZZES.put("score:q1:a1", "", { metadata: { name: "Ana", score: 7 } });
    const listed = await env.QUIZZES.list({ prefix: "score:q1:" });
    expect(listed.keys).toEqual([{ name: "score:q1:a1", metadata: { name: "Ana", score: 7 } }]);
  });
});
