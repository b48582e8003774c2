import type { BrowserContext, ConsoleMessage, Worker } from '@playwright/test';

/** What counts as an unhandled failure in a console line (Chrome's words for both kinds). */
const UNHANDLED = /Unhandled|Uncaught/i;

/**
 * Collects uncaught errors and unhandled promise rejections from every page
 * of the browser (extension pages included, through `weberror`) and from the
 * extension's service worker, including one that starts again later. A
 * worker's exceptions reach no Playwright event, so each worker gets
 * listeners (no preventDefault: the product's behaviour is unchanged) that
 * log them as console errors; a failure before those are attached, in the
 * first instant of a restarted worker, is missed. The returned array fills as
 * they happen (resolved once the running worker listens); a fault report
 * carries it and a fault test asserts it empty.
 */
export async function watchUnhandledErrors(context: BrowserContext): Promise<string[]> {
  const seen = new Set<string>();
  const errors: string[] = [];
  const add = (where: string, text: string) => {
    const line = `${where}: ${text}`;
    if (seen.has(line)) return;
    seen.add(line);
    errors.push(line);
  };
  const onConsole = (where: string) => (message: ConsoleMessage) => {
    if (message.type() === 'error' && UNHANDLED.test(message.text())) add(where, message.text());
  };
  const watchWorker = async (worker: Worker) => {
    worker.on('console', onConsole(worker.url()));
    await worker
      .evaluate(() => {
        self.addEventListener('unhandledrejection', (event) =>
          console.error(`Unhandled rejection: ${String(event.reason)}`),
        );
        self.addEventListener('error', (event) => console.error(`Uncaught: ${event.message}`));
      })
      .catch(() => undefined); // a worker stopped meanwhile has nothing more to report
  };
  context.on('weberror', (error) => add(error.page()?.url() ?? 'page', error.error().message));
  context.on('console', (message) => {
    const page = message.page();
    if (page) onConsole(page.url())(message); // workers are heard through watchWorker
  });
  context.on('serviceworker', (worker) => void watchWorker(worker));
  await Promise.all(context.serviceWorkers().map(watchWorker));
  return errors;
}
