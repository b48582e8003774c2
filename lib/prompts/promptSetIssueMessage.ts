import { i18n } from '#i18n';
import {
  PROMPT_SET_NAME_MAX,
  PROMPT_TEXT_MAX,
  PROMPTS_MAX,
  type PromptSetIssue,
} from './validatePromptSetInput';

/** Student-facing words for the prompt set editor's problems, from the locale files. */
export function promptSetIssueMessage(issue: PromptSetIssue): string {
  switch (issue.code) {
    case 'empty':
      return i18n.t('prompts.issues.empty');
    case 'too-long':
      return i18n.t('prompts.issues.tooLong', { max: String(PROMPT_SET_NAME_MAX) });
    case 'duplicate':
      return i18n.t('prompts.issues.duplicate');
    case 'too-few':
      return i18n.t('prompts.issues.tooFew');
    case 'too-many':
      return i18n.t('prompts.issues.tooMany', { max: String(PROMPTS_MAX) });
    case 'prompt-too-long':
      return i18n.t('prompts.issues.promptTooLong', {
        number: String(issue.index + 1),
        max: String(PROMPT_TEXT_MAX),
      });
  }
}
