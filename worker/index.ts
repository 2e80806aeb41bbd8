import app from "./app.ts";

export { QuizRoom } from "./room/quiz-room.ts";

export default {
  fetch: app.fetch,
} satisfies ExportedHandler<Env>;
