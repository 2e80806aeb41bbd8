import { useTitle } from "../components/use-title";

/** Shown for any path the app does not know. */
export function NotFound() {
  useTitle("Page not found");
  return (
    <>
      <h1>Page not found</h1>
      <p>
        There is nothing at this address. <a href="/">Go to the home page</a>.
      </p>
    </>
  );
}
