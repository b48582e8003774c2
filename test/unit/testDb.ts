import { PlpDatabase } from '@/lib/db/schema';

let counter = 0;

/** A fresh, uniquely named database per test, so tests never share state. */
export function freshDb(): PlpDatabase {
  counter += 1;
  return new PlpDatabase(
    `plp-test-${process.pid}-${counter}-${Math.random().toString(36).slice(2)}`,
  );
}

/** A clock that ticks one millisecond per call, and ids in creation order. */
export function testDeps(start = 1_700_000_000_000) {
  let time = start;
  let id = 0;
  return {
    now: () => (time += 1),
    newId: () => `id-${(id += 1).toString().padStart(4, '0')}`,
  };
}
