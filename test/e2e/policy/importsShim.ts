// What WXT's virtual '#imports' gives lib/settings, for a bundle made outside WXT's build.
export { storage } from '@wxt-dev/storage';
