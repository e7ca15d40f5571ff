// `npm start` and `npm run dev`: where Electron's binary is missing, one clear line instead of
// electron-vite's "Electron uninstall" stack trace.
import { electronBinary, MISSING_BINARY_HINT } from './electron-binary.mjs';

if (electronBinary() === null) {
  console.error(`reperes: cannot open the desktop window: ${MISSING_BINARY_HINT}.`);
  process.exit(1);
}
