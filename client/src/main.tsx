import { render } from "preact";
import { LocationProvider, Route, Router } from "preact-iso";
import { Home } from "./pages/Home";
import { NotFound } from "./pages/NotFound";
import "./styles.css";

function App() {
  return (
    <LocationProvider>
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      <header class="site-header">
        <a class="brand" href="/">
          factquiz
        </a>
      </header>
      <main id="main" tabIndex={-1}>
        <Router>
          <Route path="/" component={Home} />
          <Route default component={NotFound} />
        </Router>
      </main>
    </LocationProvider>
  );
}

render(<App />, document.getElementById("app")!);
