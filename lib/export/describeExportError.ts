import { MissingMediaError } from './bundle/writeBundle';

/** The sentence a student sees when an export stops; null when they cancelled it themselves. */
export function describeExportError(error: unknown): string | null {
  if (error instanceof DOMException && error.name === 'AbortError') return null;
  if (error instanceof MissingMediaError) return error.message;
  const reason = error instanceof Error && error.message ? error.message : String(error);
  return `The export stopped: ${reason.replace(/\.$/, '')}. Nothing was changed.`;
}
