import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** Where the cores land in the built extension; lib/compress loads them from here. */
export const FFMPEG_CORE_DIR = 'ffmpeg';

/**
 * The ESM builds of @ffmpeg/core (single thread) and @ffmpeg/core-mt (pthreads),
 * as WXT public files: ffmpeg/st/… and ffmpeg/mt/….
 */
export function ffmpegCoreFiles(): { absoluteSrc: string; relativeDest: string }[] {
  const packages = [
    { name: '@ffmpeg/core', dir: 'st', files: ['ffmpeg-core.js', 'ffmpeg-core.wasm'] },
    {
      name: '@ffmpeg/core-mt',
      dir: 'mt',
      files: ['ffmpeg-core.js', 'ffmpeg-core.wasm', 'ffmpeg-core.worker.js'],
    },
  ];
  return packages.flatMap(({ name, dir, files }) => {
    // package.json isn't exported; the CommonJS entry is dist/umd/ffmpeg-core.js.
    const root = path.resolve(path.dirname(require.resolve(name)), '..', '..');
    return files.map((file) => ({
      absoluteSrc: path.join(root, 'dist', 'esm', file),
      relativeDest: `${FFMPEG_CORE_DIR}/${dir}/${file}`,
    }));
  });
}
