import { beginStartup } from './startup/begin';
import { markStartup } from './startup/marks';
import './styles/index.css';

// The entry chunk stays small: it opens the database and asks main for the dataset manifest
// at once, while the browser loads and evaluates the interface's chunk in parallel.
markStartup('entry-evaluated');
const early = beginStartup();
void import('./app/render')
  .then(({ renderApp }) => renderApp(early))
  .catch((error: unknown) => console.error(`the interface could not start: ${String(error)}`));
