import { describe, expect, it } from 'vitest';
import { buildProbeArgs } from '@/lib/compress/buildProbeArgs';
import { buildRemuxArgs } from '@/lib/compress/buildRemuxArgs';
import { buildReencodeArgs } from '@/lib/compress/buildReencodeArgs';
import { buildPosterArgs, posterTimeMs } from '@/lib/compress/buildPosterArgs';
import { ffmpegSeconds, trimInputArgs } from '@/lib/compress/trimInputArgs';
import { withThreadCount } from '@/lib/compress/withThreadCount';

const paths = { inputPath: '/in1/input.webm', outputPath: '/output.mp4' };

describe('buildProbeArgs', () => {
  it('asks ffmpeg only to open the input', () => {
    expect(buildProbeArgs('/in1/input.webm')).toEqual(['-hide_banner', '-i', '/in1/input.webm']);
  });
});

describe('buildRemuxArgs', () => {
  it('copies the video, turns Opus into mono AAC 64k and puts the index first', () => {
    expect(buildRemuxArgs({ ...paths, audio: 'aac', trim: null }).join(' ')).toBe(
      '-hide_banner -i /in1/input.webm -map 0:v:0 -map 0:a:0? -c:v copy ' +
        '-c:a aac -aac_coder fast -b:a 64k -ac 1 -movflags +faststart /output.mp4',
    );
  });

  it('copies AAC audio as is, and cuts with input seeking for a trim', () => {
    expect(
      buildRemuxArgs({ ...paths, audio: 'copy', trim: { startMs: 1500, endMs: 3200 } }).join(' '),
    ).toBe(
      '-hide_banner -ss 1.500 -to 3.200 -i /in1/input.webm -map 0:v:0 -map 0:a:0? ' +
        '-c:v copy -c:a copy -movflags +faststart /output.mp4',
    );
  });
});

describe('buildReencodeArgs', () => {
  it('uses the measured x264 settings with fps FIRST in the filter chain', () => {
    const args = buildReencodeArgs({ ...paths, fps: 15, trim: null });
    expect(args.join(' ')).toBe(
      "-hide_banner -i /in1/input.webm -map 0:v:0 -map 0:a:0? -vf fps=15,scale=-2:'min(720,trunc(ih/2)*2)' " +
        '-c:v libx264 -preset superfast -x264-params mbtree=1:rc-lookahead=10 -crf 30 -pix_fmt yuv420p ' +
        '-c:a aac -aac_coder fast -b:a 64k -ac 1 -movflags +faststart /output.mp4',
    );
  });

  it('takes the frame rate as a whole number, and trims exactly', () => {
    const args = buildReencodeArgs({ ...paths, fps: 9.6, trim: { startMs: 0, endMs: 61_234 } });
    expect(args[args.indexOf('-vf') + 1]).toMatch(/^fps=10,/);
    expect(args.slice(1, 5)).toEqual(['-ss', '0.000', '-to', '61.234']);
  });
});

describe('buildPosterArgs', () => {
  it('takes one 320 px JPEG frame 1 s in', () => {
    expect(
      buildPosterArgs({
        inputPath: '/output.mp4',
        outputPath: '/poster.jpg',
        durationMs: 60_000,
      }).join(' '),
    ).toBe(
      '-hide_banner -ss 1.000 -i /output.mp4 -frames:v 1 -vf scale=320:-2 -q:v 5 -update 1 /poster.jpg',
    );
  });

  it('uses 10% of a very short clip', () => {
    expect(posterTimeMs(4_000)).toBe(400);
    expect(posterTimeMs(0)).toBe(0);
  });
});

describe('trimInputArgs', () => {
  it('is nothing without a trim, and never a negative time', () => {
    expect(trimInputArgs(null)).toEqual([]);
    expect(ffmpegSeconds(-20)).toBe('0.000');
    expect(ffmpegSeconds(1234.6)).toBe('1.235');
  });
});

describe('withThreadCount', () => {
  it('sets threads for every input and for the output', () => {
    const args = buildRemuxArgs({ ...paths, audio: 'aac', trim: null });
    const threaded = withThreadCount(args, 2);
    expect(threaded.slice(0, 5)).toEqual([
      '-hide_banner',
      '-threads',
      '2',
      '-i',
      '/in1/input.webm',
    ]);
    expect(threaded.slice(-3)).toEqual(['-threads', '2', '/output.mp4']);
    expect(threaded.filter((a) => a === '-threads')).toHaveLength(2);
  });

  it('treats a probe (no output) as input only', () => {
    expect(withThreadCount(buildProbeArgs('/in1/a.webm'), 2)).toEqual([
      '-hide_banner',
      '-threads',
      '2',
      '-i',
      '/in1/a.webm',
    ]);
  });
});
