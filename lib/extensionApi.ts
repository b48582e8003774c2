import type { browser } from 'wxt/browser';

/**
 * The type of the `browser` object. At run time it is webextension-polyfill
 * (WXT's module aliases wxt/browser to it); the types are WXT's, which both
 * builds share. lib/ functions take the parts they use as an argument, so unit
 * tests can pass WXT's fakeBrowser or a hand-made double.
 */
export type ExtensionApi = typeof browser;
