/**
 * The one place PLP Companion imports zip.js. The "core native" build uses the
 * browser's own CompressionStream and carries no inline worker source; with
 * web workers off, it never tries to start a blob-URL worker, which an MV3
 * extension page's CSP blocks (and AMO review rejects). Everything runs on the
 * calling thread, streamed in chunks, so memory stays flat.
 */
import { configure } from '@zip.js/zip.js/lib/zip-core-native.js';

configure({ useWebWorkers: false, useCompressionStream: true });

export {
  BlobReader,
  TextReader,
  TextWriter,
  ZipReader,
  ZipWriter,
  type Entry,
  type FileEntry,
} from '@zip.js/zip.js/lib/zip-core-native.js';
