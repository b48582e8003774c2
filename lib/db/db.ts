import { PlpDatabase } from './schema';

let instance: PlpDatabase | undefined;

/**
 * The one database instance of this extension context. Created on first use,
 * never at import time, so the service worker does no work before `main`.
 * Only extension pages and the service worker call this: a content script's
 * IndexedDB belongs to the web page.
 */
export function getDb(): PlpDatabase {
  instance ??= new PlpDatabase();
  return instance;
}
