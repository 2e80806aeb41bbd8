/** The landing page: what factquiz is and where to start. */
export function Home() {
  return (
    <>
      <h1>Learn the facts of any news article</h1>
      <p class="lede">
        factquiz turns a news article into a quiz from its facts: who, what, where, when, how many and who said
        what. Share the link; students play it on their phones and see the article's own sentence after every
        answer.
      </p>
    </>
  );
}
