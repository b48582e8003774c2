import { describe, expect, it } from 'vitest';
import { sendClipMessage } from '@/lib/clip/sendClipMessage';
import { clipFailureText } from '@/lib/clip/clipText';

describe('sendClipMessage', () => {
  it('passes the worker’s outcome through, success or failure', async () => {
    expect(await sendClipMessage(async () => ({ ok: true, evidenceId: 'e1' }))).toEqual({
      ok: true,
      evidenceId: 'e1',
    });
    const refused = {
      ok: false as const,
      failure: { reason: 'browser-page' as const, linkOnly: false, detail: 'browser-page' },
    };
    expect(await sendClipMessage(async () => refused)).toEqual(refused);
  });

  it('turns a worker that stopped before answering into an "interrupted" outcome', async () => {
    // What Chromium's runtime.sendMessage rejects with when the worker dies mid-request.
    const outcome = await sendClipMessage(() =>
      Promise.reject(
        new Error(
          'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received',
        ),
      ),
    );
    expect(outcome).toMatchObject({
      ok: false,
      failure: { reason: 'interrupted', linkOnly: false, detail: /message channel closed/ },
    });
    expect(clipFailureText('interrupted')).toMatch(/nothing was stored/);
  });

  it('copes with a rejection that is not an Error', async () => {
    const outcome = await sendClipMessage(() => Promise.reject('Extension context invalidated.'));
    expect(outcome).toMatchObject({
      ok: false,
      failure: { detail: 'Extension context invalidated.' },
    });
  });
});
