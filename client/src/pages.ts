/**
 * The app's pages: each path, as preact-iso's router writes it, and the module under pages/ that
 * shows it. The router in main.tsx is built from this table, and so is the list of files each page
 * loads that the build hands the Worker (client/page-preloads-plugin.ts), so that a page's HTML
 * starts fetching its own code at once. Plain data: the Vite config reads it in Node.
 */
export const PAGES = {
  "/": "Home",
  "/q/:id": "Play",
  "/q/:id/leaderboard": "LeaderboardPage",
  "/new": "NewQuiz",
  "/t/:id": "Results",
  "/t/:id/edit": "ReviewQuiz",
  "/t/:id/present": "Present",
  "/learn/:id": "Learn",
  "/learn/:id/practice": "PracticePage",
  "/learn/:id/cards": "Flashcards",
  "/learn/:id/review": "ReviewSession",
  "/review": "ReviewSession",
} as const;

/** The module of a page, as `import.meta.glob` keys it from main.tsx. */
export const pageModule = (name: string) => `./pages/${name}.tsx`;
