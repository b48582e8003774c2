import { liveQuery, type Subscription } from 'dexie';
import type { PlpDatabase } from '../db/schema';
import { libraryKeyString, type LibraryKey } from './libraryQuery';
import { loadLibraryCards, type LibraryCard } from './loadLibraryCards';

/** Cards kept after they scroll away, so scrolling back shows them at once. */
export const MAX_CACHED_CARDS = 1000;

/**
 * The cards of the library rows on screen, for a virtualised list of any
 * length. The page tells it which keys are (about to be) visible; it loads
 * only those, keeps them by key, and reloads them whenever one of those
 * records changes (a Dexie live query over exactly those keys), so a tag
 * change or an edit shows up without reloading the whole list.
 *
 * Shaped for React's useSyncExternalStore: `subscribe` and `getVersion`.
 */
export class LibraryCardStore {
  private readonly cards = new Map<string, LibraryCard>();
  private readonly listeners = new Set<() => void>();
  private version = 0;
  private watchedId = '';
  private watchedKeys = new Set<string>();
  private subscription: Subscription | null = null;
  private failure: unknown = null;

  constructor(
    private readonly db: PlpDatabase,
    private readonly maxCached = MAX_CACHED_CARDS,
  ) {}

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Changes whenever a card was loaded or reloaded. */
  readonly getVersion = (): number => this.version;

  get(key: string): LibraryCard | undefined {
    return this.cards.get(key);
  }

  /** Why the last load failed, or null. */
  get error(): unknown {
    return this.failure;
  }

  /** Loads these keys now, and again whenever one of their records changes. */
  watch(keys: readonly LibraryKey[]): void {
    const strings = keys.map(libraryKeyString);
    const id = strings.join('\n');
    if (id === this.watchedId) return;
    this.watchedId = id;
    this.watchedKeys = new Set(strings);
    this.subscription?.unsubscribe();
    this.subscription = null;
    if (keys.length === 0) return;
    const wanted = [...keys];
    this.subscription = liveQuery(() => loadLibraryCards(this.db, wanted)).subscribe({
      next: (cards) => this.store(cards),
      error: (error: unknown) => {
        this.failure = error;
        this.changed();
      },
    });
  }

  /** Stops watching; the cache stays for a later `watch`. */
  dispose(): void {
    this.subscription?.unsubscribe();
    this.subscription = null;
    this.watchedId = '';
    this.watchedKeys = new Set();
  }

  private store(cards: readonly LibraryCard[]): void {
    this.failure = null;
    for (const card of cards) {
      const key = libraryKeyString(card);
      // Re-inserting moves the card to the newest end of the Map's order.
      this.cards.delete(key);
      this.cards.set(key, card);
    }
    this.evict();
    this.changed();
  }

  /** Drops the longest-unloaded cards that are not on screen, oldest first. */
  private evict(): void {
    if (this.cards.size <= this.maxCached) return;
    for (const key of this.cards.keys()) {
      if (this.cards.size <= this.maxCached) break;
      if (!this.watchedKeys.has(key)) this.cards.delete(key);
    }
  }

  private changed(): void {
    this.version += 1;
    for (const listener of this.listeners) listener();
  }
}
