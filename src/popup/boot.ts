/** popup-boot.js: starts reading the library before the popup's main bundle has loaded. */
import { startPrefetch } from './prefetch.js';

globalThis.paperdexPrefetch = startPrefetch();
