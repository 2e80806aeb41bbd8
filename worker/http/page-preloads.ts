import preloads from "../generated/page-preloads.json";

/**
 * The built files each app page loads on top of index.html's own, by the client router's path
 * pattern (`/learn/:id`), as the client build writes them (client/page-preloads-plugin.ts).
 */
const PAGES = Object.entries(preloads as Record<string, string[]>).map(([pattern, files]) => ({
  path: new RegExp(`^${pattern.replace(/:[^/]+/g, "[^/]+").replace(/\/$/, "")}/?$`),
  links: files.map((file) =>
    file.endsWith(".css")
      ? // Vite's loader adds a route's stylesheet with `crossorigin`; the preload must match it.
        `<${file}>; rel=preload; as=style; crossorigin=anonymous`
      : // Module scripts are fetched in CORS mode; modulepreload also parses them ahead of use.
        `<${file}>; rel=modulepreload`,
  ),
}));

/**
 * `Link` header entries that start downloading the code and styles of the app page at `pathname`
 * together with the entry script, rather than after the entry has run and routed (none for a path
 * that is no page of the app).
 */
export function pagePreloadLinks(pathname: string): string[] {
  return PAGES.find((page) => page.path.test(pathname))?.links ?? [];
}
