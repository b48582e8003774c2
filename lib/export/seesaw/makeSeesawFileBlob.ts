import type { PlpDatabase } from '../../db/schema';
import { MissingMediaError } from '../bundle/writeBundle';
import { makeSeesawImage } from './makeSeesawImage';
import { makeUrlShortcut } from './makeUrlShortcut';
import type { SeesawFile } from './SeesawFile';
import type { SeesawRaster } from './SeesawRaster';

export interface SeesawFileDeps {
  db: PlpDatabase;
  raster: SeesawRaster;
  now: () => number;
}

/**
 * The bytes of one planned file: a stored blob as it is, or an image, PDF or
 * shortcut made now. Throws MissingMediaError if a stored file went away
 * since planning (deleted in another tab).
 */
export async function makeSeesawFileBlob(
  deps: SeesawFileDeps,
  file: SeesawFile,
  signal?: AbortSignal,
): Promise<Blob> {
  const { source } = file;
  switch (source.type) {
    case 'media': {
      const row = await deps.db.media.get(source.mediaId);
      if (!row) throw new MissingMediaError(source.mediaId);
      return row.blob;
    }
    case 'image': {
      const rows = await deps.db.media.bulkGet([...source.mediaIds]);
      const blobs = rows.map((row, index) => {
        if (!row) throw new MissingMediaError(source.mediaIds[index] ?? '');
        return row.blob;
      });
      return makeSeesawImage(deps.raster, blobs, signal);
    }
    case 'pdf': {
      // pdf-lib is about 500 kB: loaded on the first PDF, not with the dashboard.
      const { makeSeesawPdf } = await import('./makeSeesawPdf');
      return makeSeesawPdf(source, deps.raster, new Date(deps.now()));
    }
    case 'url-shortcut':
      return makeUrlShortcut(source.url);
  }
}
