import { i18n } from '#i18n';
import type { RecordingFailure } from '@/lib/record/recorderControl';

export interface FailureText {
  heading: string;
  advice: string[];
  link?: { href: string; text: string };
}

type DeviceWord = NonNullable<RecordingFailure['device']> | 'any';

/**
 * The device in the form each sentence needs: languages differ in articles and
 * gender ("a camera" is "una cámara"), so each form is its own message.
 */
function deviceForms(device: DeviceWord) {
  return {
    bare: i18n.t(`recorder.failure.device.${device}`),
    withA: i18n.t(`recorder.failure.aDevice.${device}`),
    withThe: i18n.t(`recorder.failure.theDevice.${device}`),
    none: i18n.t(`recorder.failure.noneDevice.${device}`),
  };
}

/** A failed start, in words a student can act on: what happened and what to do next. */
export function recordingFailureText(failure: RecordingFailure): FailureText {
  const device = deviceForms(failure.device ?? 'any');
  switch (failure.reason) {
    case 'permission-denied': {
      if (failure.device === 'screen' || failure.device === 'tab')
        return {
          heading: i18n.t('recorder.failure.screenDenied.heading'),
          advice: [
            i18n.t('recorder.failure.screenDenied.chooseAgain'),
            i18n.t('recorder.failure.screenDenied.chromebook'),
          ],
        };
      const setting = i18n.t(
        failure.device === 'camera'
          ? 'recorder.failure.permission.settingCamera'
          : 'recorder.failure.permission.settingMicrophone',
      );
      return {
        heading: i18n.t('recorder.failure.permission.heading', { device: device.bare }),
        advice: [
          i18n.t('recorder.failure.permission.siteIcon', { aDevice: device.withA, setting }),
          i18n.t('recorder.failure.permission.browserSettings', { setting }),
          i18n.t('recorder.failure.permission.turnOff', { theDevice: device.withThe }),
        ],
      };
    }
    case 'no-device':
      return {
        heading: i18n.t('recorder.failure.noDevice.heading', { none: device.none }),
        advice: [
          i18n.t('recorder.failure.noDevice.plugIn', { aDevice: device.withA }),
          i18n.t('recorder.failure.noDevice.turnOff', { theDevice: device.withThe }),
        ],
      };
    case 'picker-cancelled':
      return {
        heading: i18n.t('recorder.failure.pickerCancelled.heading'),
        advice: [i18n.t('recorder.failure.pickerCancelled.advice')],
      };
    case 'tab-not-invoked':
      return {
        heading: i18n.t('recorder.failure.tabNotInvoked.heading'),
        advice: [
          i18n.t('recorder.failure.tabNotInvoked.openPage'),
          i18n.t('recorder.failure.tabNotInvoked.otherChoice'),
        ],
      };
    case 'unsupported':
      return {
        heading: i18n.t('recorder.failure.unsupported.heading'),
        advice: [i18n.t('recorder.failure.unsupported.advice')],
      };
    case 'storage-full':
      return {
        heading: i18n.t('recorder.failure.storageFull.heading'),
        advice: [i18n.t('recorder.failure.storageFull.advice')],
        link: { href: '#/storage', text: i18n.t('recorder.common.seeWhatTakesSpace') },
      };
    case 'already-recording':
      return {
        heading: i18n.t('recorder.failure.alreadyRecording.heading'),
        advice: [i18n.t('recorder.failure.alreadyRecording.advice')],
        link: { href: '#/record', text: i18n.t('recorder.failure.alreadyRecording.link') },
      };
    case 'host-unavailable':
      return {
        heading: i18n.t('recorder.failure.hostUnavailable.heading'),
        advice: [i18n.t('recorder.failure.hostUnavailable.advice')],
      };
    case 'unknown':
      return {
        heading: i18n.t('recorder.failure.unknown.heading'),
        advice: [i18n.t('recorder.failure.unknown.advice')],
      };
  }
}
