import app from "./app";

export { QuizRoom } from "./quiz-room";

export default {
  fetch: app.fetch,
} satisfies ExportedHandler<Env>;
