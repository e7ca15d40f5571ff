/**
 * The app serves its own interface from a privileged custom scheme, so that it has a
 * stable, secure origin of its own (IndexedDB lives there) and never needs a server.
 */
export const APP_SCHEME = 'reperes';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;
