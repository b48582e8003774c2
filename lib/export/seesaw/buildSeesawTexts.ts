import { i18n } from '#i18n';
import type { SeesawPlan } from './SeesawFile';

/**
 * captions.txt: every file with the caption to paste, in posting order, so a
 * student working from the ZIP (or from Google Drive) never has to come back
 * to the extension. CRLF line ends so Windows Notepad shows the lines too.
 */
export function buildCaptionsText(plan: SeesawPlan): string {
  const blocks = plan.files.map((file) => {
    const warning = file.overLimit
      ? `\n${i18n.t('exportFiles.seesaw.captionNote', { detail: file.overLimit.detail })}`
      : '';
    return `=== ${file.fileName} ===${warning}\n\n${file.caption}`;
  });
  for (const item of plan.unavailable) {
    const title = i18n.t('exportFiles.seesaw.noFile', {
      title: item.title || i18n.t('exportFiles.untitled'),
    });
    blocks.push(`=== ${title} ===\n\n${item.detail}`);
  }
  const intro = i18n.t('exportFiles.seesaw.captionsIntro');
  return toCrlf([intro, ...blocks].join('\n\n\n') + '\n');
}

/** The same steps the Export page shows, for whoever opens the ZIP later. */
export function seesawGuideSteps(): string[] {
  return [
    i18n.t('exportFiles.seesawGuide.step1'),
    i18n.t('exportFiles.seesawGuide.step2'),
    i18n.t('exportFiles.seesawGuide.step3'),
    i18n.t('exportFiles.seesawGuide.step4'),
    i18n.t('exportFiles.seesawGuide.step5'),
    i18n.t('exportFiles.seesawGuide.step6'),
  ];
}

export function buildGuideText(): string {
  const steps = seesawGuideSteps().map((step, index) => `${index + 1}. ${step}`);
  const title = i18n.t('exportFiles.seesawGuide.title');
  const footer = i18n.t('exportFiles.seesawGuide.footer');
  return toCrlf([title, '', ...steps, '', footer, ''].join('\n'));
}

function toCrlf(text: string): string {
  return text.replace(/\r?\n/g, '\r\n');
}
