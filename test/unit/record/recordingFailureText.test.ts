import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { recordingFailureText } from '@/components/recorder/recordingFailureText';
import { chromeGetMessage, loadChromeMessages } from '../fakeI18n';

describe('recordingFailureText', () => {
  it('names the blocked camera and the setting to change', () => {
    const text = recordingFailureText({
      reason: 'permission-denied',
      device: 'camera',
      detail: '',
    });
    expect(text.heading).toBe('PLP Companion isn’t allowed to use your camera');
    expect(text.advice).toEqual([
      'Click the icon at the left of the address bar on this page (a lock, a puzzle piece or a camera), find Camera and choose Allow. Then reload this page and try again.',
      'Or, in the browser’s settings, open Privacy and security → Site settings → Camera and allow PLP Companion.',
      'You can also turn the camera off here and record without it.',
    ]);
  });

  it('speaks of the microphone or camera when the device is unknown', () => {
    const text = recordingFailureText({ reason: 'no-device', detail: '' });
    expect(text.heading).toBe('No microphone or camera was found');
    expect(text.advice).toEqual([
      'Plug in a microphone or camera (or check it is switched on), then try again.',
      'Or turn the microphone or camera off here and record without it.',
    ]);
  });

  it('asks for the screen again when screen sharing was refused', () => {
    const text = recordingFailureText({
      reason: 'permission-denied',
      device: 'screen',
      detail: '',
    });
    expect(text.heading).toBe('The browser didn’t let PLP Companion record the screen');
    expect(text.link).toBeUndefined();
  });

  it('links to storage when the device is full', () => {
    expect(recordingFailureText({ reason: 'storage-full', detail: '' }).link).toEqual({
      href: '#/storage',
      text: 'See what takes up space',
    });
  });

  it('agrees in gender in Spanish (una cámara, ningún micrófono)', async () => {
    Object.assign(fakeBrowser.i18n, {
      getMessage: chromeGetMessage(await loadChromeMessages('es')),
    });
    const camera = recordingFailureText({ reason: 'no-device', device: 'camera', detail: '' });
    expect(camera.heading).toBe('No se encontró ninguna cámara');
    expect(camera.advice[0]).toContain('Conecta una cámara');
    const microphone = recordingFailureText({
      reason: 'no-device',
      device: 'microphone',
      detail: '',
    });
    expect(microphone.heading).toBe('No se encontró ningún micrófono');
  });
});
