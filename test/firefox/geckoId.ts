/**
 * The Firefox add-on id. Must equal GECKO_ID in wxt.config.ts: it is copied,
 * not imported, because importing wxt.config.ts loads wxt and its Vite
 * toolchain into the tests. test/build/firefoxManifest.test.ts fails if the
 * built manifest ever disagrees with this constant.
 */
export const GECKO_ID = 'plp-companion@plpcompanion.org';
