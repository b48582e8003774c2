import type { RecorderTimers } from './recorderHostDeps';

export interface CompositeWebcamDeps extends Pick<RecorderTimers, 'setInterval' | 'clearInterval'> {
  createCanvas: (width: number, height: number) => HTMLCanvasElement | OffscreenCanvas;
  createVideoElement: () => HTMLVideoElement;
}

export interface CompositeOptions {
  screen: MediaStream;
  webcam: MediaStream;
  fps: number;
  width?: number;
  height?: number;
}

export interface CompositedVideo {
  track: MediaStreamTrack;
  stop(): void;
}

/** The bubble's diameter as a share of the picture's height, and its margin. */
export const BUBBLE_HEIGHT_RATIO = 0.2;
const MARGIN_RATIO = 0.03;

type Context2d = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/**
 * Draws the screen with a round webcam bubble (bottom right) onto a canvas
 * and records the canvas, so the face is part of the video itself. Paced by
 * setInterval: requestAnimationFrame never runs in a hidden tab or in the
 * offscreen document where Chromium records.
 */
export async function compositeWebcam(
  deps: CompositeWebcamDeps,
  options: CompositeOptions,
): Promise<CompositedVideo> {
  const width = options.width ?? 1280;
  const height = options.height ?? 720;
  const canvas = deps.createCanvas(width, height);
  if (!('captureStream' in canvas)) throw new TypeError('This canvas cannot be recorded.');
  const context = canvas.getContext('2d') as Context2d | null;
  if (!context) throw new TypeError('No 2D canvas here.');
  const screenVideo = await playMuted(deps.createVideoElement(), options.screen);
  const webcamVideo = await playMuted(deps.createVideoElement(), options.webcam);
  const draw = () => drawFrame(context, width, height, screenVideo, webcamVideo);
  draw();
  const timer = deps.setInterval(draw, Math.max(1, Math.round(1000 / options.fps)));
  const track = canvas.captureStream(options.fps).getVideoTracks()[0];
  if (!track) throw new TypeError('The canvas gave no video track.');
  return {
    track,
    stop: () => {
      deps.clearInterval(timer);
      track.stop();
      for (const video of [screenVideo, webcamVideo]) {
        video.pause();
        video.srcObject = null;
      }
    },
  };
}

async function playMuted(video: HTMLVideoElement, stream: MediaStream): Promise<HTMLVideoElement> {
  video.muted = true;
  video.playsInline = true;
  video.srcObject = stream;
  await video.play();
  return video;
}

function drawFrame(
  context: Context2d,
  width: number,
  height: number,
  screen: HTMLVideoElement,
  webcam: HTMLVideoElement,
): void {
  context.fillStyle = '#000';
  context.fillRect(0, 0, width, height);
  // Fit the screen inside the frame: a window can change shape mid-recording.
  const sw = screen.videoWidth || width;
  const sh = screen.videoHeight || height;
  const scale = Math.min(width / sw, height / sh);
  const dw = sw * scale;
  const dh = sh * scale;
  context.drawImage(screen, (width - dw) / 2, (height - dh) / 2, dw, dh);

  const diameter = Math.round(height * BUBBLE_HEIGHT_RATIO);
  const margin = Math.round(height * MARGIN_RATIO);
  const cx = width - margin - diameter / 2;
  const cy = height - margin - diameter / 2;
  // Crop the middle square of the camera picture so the face is not squashed.
  const cw = webcam.videoWidth || diameter;
  const ch = webcam.videoHeight || diameter;
  const side = Math.min(cw, ch);
  context.save();
  context.beginPath();
  context.arc(cx, cy, diameter / 2, 0, Math.PI * 2);
  context.closePath();
  context.clip();
  context.drawImage(
    webcam,
    (cw - side) / 2,
    (ch - side) / 2,
    side,
    side,
    cx - diameter / 2,
    cy - diameter / 2,
    diameter,
    diameter,
  );
  context.restore();
  context.beginPath();
  context.arc(cx, cy, diameter / 2, 0, Math.PI * 2);
  context.lineWidth = Math.max(2, Math.round(height / 240));
  context.strokeStyle = '#fff';
  context.stroke();
}
