interface Timer {
  id: number;
  at: number;
  every: number | null;
  callback: () => void;
}

/** A clock and timers that move only when the test says so. */
export class FakeClock {
  private timers: Timer[] = [];
  private nextId = 1;
  constructor(public time = 1_700_000_000_000) {}

  now = () => this.time;
  setTimeout = (callback: () => void, ms: number) => this.add(callback, ms, null);
  setInterval = (callback: () => void, ms: number) => this.add(callback, ms, ms);
  clearTimeout = (id: number) => this.remove(id);
  clearInterval = (id: number) => this.remove(id);

  get pending(): number {
    return this.timers.length;
  }

  /** Whether a timer is waiting to fire at exactly this moment. */
  hasTimerAt(at: number): boolean {
    return this.timers.some((t) => t.at === at);
  }

  /** Moves time forward, running each due timer at its own moment. */
  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      const due = this.timers.filter((t) => t.at <= end).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      this.time = due.at;
      if (due.every === null) this.remove(due.id);
      else due.at += due.every;
      due.callback();
    }
    this.time = end;
  }

  private add(callback: () => void, ms: number, every: number | null): number {
    const id = this.nextId++;
    this.timers.push({ id, at: this.time + Math.max(0, ms), every, callback });
    return id;
  }

  private remove(id: number): void {
    this.timers = this.timers.filter((t) => t.id !== id);
  }
}
