import type { PlpDatabase } from '../db/schema';

export interface ChunkWriterDeps {
  db: PlpDatabase;
  now: () => number;
}

/**
 * Appends MediaRecorder slices to IndexedDB as they arrive, one at a time, so
 * their order (seq) is the order they were made and memory holds only the
 * slices still waiting. Each slice and the recording's counters commit in
 * one transaction (the database uses strict durability), so after a crash
 * the row never claims a slice that is not there.
 */
export class ChunkWriter {
  private tail: Promise<void> = Promise.resolve();
  private nextSeq = 0;
  private written = 0;
  private bytes = 0;
  private accepting = true;
  private failure: unknown = null;

  constructor(
    private readonly deps: ChunkWriterDeps,
    private readonly recordingId: string,
    /** Called once, on the first failed write; later slices are dropped. */
    private readonly onError: (error: unknown) => void,
  ) {}

  get chunkCount(): number {
    return this.written;
  }

  get error(): unknown {
    return this.failure;
  }

  append(blob: Blob): void {
    if (!this.accepting || blob.size === 0) return;
    const seq = this.nextSeq++;
    const recordedAt = this.deps.now();
    this.tail = this.tail.then(() => this.write(seq, blob, recordedAt));
  }

  /** Drops whatever arrives from now on (a discarded recording). */
  stopAccepting(): void {
    this.accepting = false;
  }

  /** Resolves when every slice appended so far is written (or dropped after a failure). */
  flush(): Promise<void> {
    return this.tail;
  }

  private async write(seq: number, blob: Blob, recordedAt: number): Promise<void> {
    if (this.failure !== null) return;
    const { db } = this.deps;
    try {
      await db.transaction('rw', db.recordingChunks, db.recordings, async () => {
        await db.recordingChunks.add({
          recordingId: this.recordingId,
          seq,
          blob,
          size: blob.size,
          recordedAt,
        });
        await db.recordings.update(this.recordingId, {
          chunkCount: this.written + 1,
          bytes: this.bytes + blob.size,
          heartbeatAt: this.deps.now(),
        });
      });
      this.written += 1;
      this.bytes += blob.size;
    } catch (error) {
      this.failure = error ?? new Error('Saving a piece of the recording failed.');
      this.accepting = false;
      this.onError(this.failure);
    }
  }
}
