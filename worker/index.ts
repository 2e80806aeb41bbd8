import app from "./app.ts";
import { appPage } from "./app-pages.ts";

export { QuizRoom } from "./room/quiz-room.ts";

export default {
  fetch: (request, env, ctx) => (new URL(request.url).pathname.startsWith("/api/") ? app.fetch(request, env, ctx) : appPage(request, env)),
} satisfies ExportedHandler<Env>;
