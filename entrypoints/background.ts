import { setUpMessageRouter } from '@/lib/background/setUpMessageRouter';

export default defineBackground(() => {
  // Listeners are registered synchronously so the event that woke the worker is not missed.
  setUpMessageRouter(browser);
});
