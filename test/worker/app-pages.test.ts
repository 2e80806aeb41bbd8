import { env, exports } from "cloudflare:workers";
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
      "/",
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
      `/t/${id}/present`,
    ]) {
      const res = await get(path);
      expect(`${path} ${res.status}`).toBe(`${path} 200`);
      expect(res.headers.get("content-type")).toMatch(/^text\/html/);
      expect(await res.text()).toContain('<div id="app">');
    }
  });

  it("preloads a page's chunks, stylesheet and first API read with the HTML", async () => {
    const id = builtinQuizId();
    const links = async (path: string) => (await get(path)).headers.get("link") ?? "";
    const fetchLink = "rel=preload; as=fetch; crossorigin=anonymous";
    const styleLink = "rel=preload; as=style; crossorigin=anonymous";
    const chunk = (name: string) => `</assets/${name}-[\\w-]+\\.js>; rel=modulepreload`;
    const more = `(, (${chunk("[\\w-]+")}|</assets/[\\w-]+\\.css>; ${styleLink}))*`;
    const scripts = (links: string) => links.match(/rel=modulepreload/g)?.length ?? 0;
    // The page's own chunk first, then what it imports that index.html does not load already
    // (never the entry or the shared chunk), so none of it waits for the entry to run.
    const home = await links("/");
    expect(home).toMatch(new RegExp(`^</api/quizzes>; ${fetchLink}, ${chunk("Home")}${more}$`));
    const play = await links(`/q/${id}`);
    expect(play).toMatch(
      new RegExp(`^</api/quizzes/${id}>; ${fetchLink}, ${chunk("Play")}${more}$`),
    );
    // The play chunk imports the question screen's chunk, which comes with it.
    expect(scripts(play)).toBeGreaterThan(1);
    for (const links of [home, play]) expect(links).not.toMatch(/\/assets\/(index|shared)-/);
    const learn = await links(`/learn/${id}/`);
    expect(learn).toContain(`</api/quizzes/${id}>; rel=preload; as=fetch`);
    expect(learn).toMatch(/<\/assets\/Learn-[\w-]+\.js>; rel=modulepreload/);
    expect(learn).toMatch(
      /<\/assets\/learn-[\w-]+\.css>; rel=preload; as=style; crossorigin=anonymous/,
    );
    // A teacher page reads with its key: only its code and stylesheet.
    const edit = await links(`/t/${id}/edit`);
    expect(edit).toMatch(new RegExp(`^${chunk("ReviewQuiz")}${more}$`));
    expect(edit).toMatch(new RegExp(`</assets/teacher-[\\w-]+\\.css>; ${styleLink}`));
    // Every preloaded file is one the build wrote (the assets layer, not the Worker, serves them).
    for (const path of ["/", `/q/${id}`, `/learn/${id}`, "/new"]) {
      for (const [, file] of (await links(path)).matchAll(/<(\/assets\/[^>]+)>/g)) {
        const res = await env.ASSETS.fetch(`https://factquiz.test${file}`);
        expect(`${file} ${res.status}`).toBe(`${file} 200`);
      }
    }
  });

  it("preloads nothing for a page that is not found", async () => {
    for (const path of ["/nowhere", "/q/nosuchquiz", "/learn/nosuchquiz"])
      expect((await get(path)).headers.get("link")).toBeNull();
  });

  it("serves the app with 404 for unknown paths and the pages of a missing quiz", async () => {
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
