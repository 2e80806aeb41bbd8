import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { builtinQuizId } from "../../worker/quizzes/builtin-quiz.ts";

// The pages the Worker answers when no asset matches (worker/app-pages.ts): the app's routes with
// index.html and 200, anything else with the same index.html and 404. Needs the built client.
const get = (path: string, init?: RequestInit) =>
  exports.default.fetch(`https://factquiz.test${path}`, init);

describe("app pages", () => {
  it("serves the app with 200 for its routes, a quiz's pages included", async () => {
    const id = builtinQuizId();
    for (const path of [
      "/new",
      "/review",
      `/q/${id}`,
      `/q/${id}/leaderboard`,
      `/learn/${id}`,
      `/learn/${id}/practice`,
      `/learn/${id}/cards`,
      `/learn/${id}/review`,
      `/t/${id}`,
      `/t/${id}/edit`,
    ]) {
      const res = await get(path);
      expect(`${path} ${res.status}`).toBe(`${path} 200`);
      expect(res.headers.get("content-type")).toMatch(/^text\/html/);
      expect(await res.text()).toContain('<div id="app">');
    }
  });

  it("serves the app with 404 for unknown paths and pages of a missing quiz", async () => {
    for (const path of [
      "/nowhere",
      "/index.php",
      "/q/nosuchquiz",
      "/q/nosuchquiz/leaderboard",
      "/learn/nosuchquiz",
      "/t/nosuchquiz",
      "/q/bad%20id",
      `/q/${builtinQuizId()}/other`,
    ]) {
      const res = await get(path);
      expect(`${path} ${res.status}`).toBe(`${path} 404`);
      expect(res.headers.get("cache-control")).toBe("no-cache");
      expect(await res.text()).toContain('<div id="app">');
    }
  });

  it("answers a missing script with a plain 404, never the app", async () => {
    const res = await get("/assets/gone-1234.js");
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toMatch(/^text\/plain/);
  });

  it("answers HEAD without a body", async () => {
    const res = await get("/nowhere", { method: "HEAD" });
    expect(res.status).toBe(404);
    expect(await res.text()).toBe("");
  });
});
