import type { SeesawPlan } from './SeesawFile';

/**
 * captions.txt: every file with the caption to paste, in posting order, so a
 * student working from the ZIP (or from Google Drive) never has to come back
 * to the extension. CRLF line ends so Windows Notepad shows the lines too.
 */
export function buildCaptionsText(plan: SeesawPlan): string {
  const blocks = plan.files.map((file) => {
    const warning = file.overLimit ? `\nNote: ${file.overLimit.detail}` : '';
    return `=== ${file.fileName} ===${warning}\n\n${file.caption}`;
  });
  for (const item of plan.unavailable) {
    blocks.push(`=== ${item.title || 'Untitled'} (no file) ===\n\n${item.detail}`);
  }
  const intro =
    'Captions for your Seesaw posts. Copy the text under each file name into the caption box ' +
    'when you post that file.';
  return toCrlf([intro, ...blocks].join('\n\n\n') + '\n');
}

/** The same steps the Export page shows, for whoever opens the ZIP later. */
export const SEESAW_GUIDE_STEPS = [
  'Open Seesaw and sign in to your class.',
  'Choose Add (the green + button), then Upload to pick a file from this computer. On a ' +
    'Chromebook or phone, choose the file from the Files or Photos app.',
  'To add a file from Google Drive: first upload the files (or this whole folder, unzipped) to ' +
    'your Google Drive. In Seesaw, choose Add, then Google Drive (or Upload, then Google Drive), ' +
    'and pick the file.',
  'For a link (.url file), choose the Link tool in Seesaw and paste the web address from the ' +
    'caption instead of uploading the file.',
  'Open captions.txt, copy the caption for the file, and paste it into the caption box.',
  'Check the post, then choose the green check mark to send it to your journal.',
] as const;

export function buildGuideText(): string {
  const steps = SEESAW_GUIDE_STEPS.map((step, index) => `${index + 1}. ${step}`);
  const footer =
    'Seesaw may refuse a video that is too long or a file that is too large. captions.txt ' +
    'marks those files; trim the video in PLP Companion or share it through Google Drive.';
  return toCrlf(['How to post these files to Seesaw', '', ...steps, '', footer, ''].join('\n'));
}

function toCrlf(text: string): string {
  return text.replace(/\r?\n/g, '\r\n');
}
