import app from "./app.ts";
import { appPage, isApiRequest } from "./http/app-pages.ts";

export { QuizRoom } from "./room/quiz-room.ts";

export default {
  fetch: (request, env, ctx) =>
    isApiRequest(request.url) ? app.fetch(request, env, ctx) : appPage(request, env),
} satisfies ExportedHandler<Env>;
