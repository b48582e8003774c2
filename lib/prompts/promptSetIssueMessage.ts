import {
  PROMPT_SET_NAME_MAX,
  PROMPT_TEXT_MAX,
  PROMPTS_MAX,
  type PromptSetIssue,
} from './validatePromptSetInput';

/** Student-facing words for the prompt set editor's problems. Issue 7 moves these into locale files. */
export function promptSetIssueMessage(issue: PromptSetIssue): string {
  switch (issue.code) {
    case 'empty':
      return 'Give this prompt set a name, for example “Science fair reflection”.';
    case 'too-long':
      return `Keep the name to ${PROMPT_SET_NAME_MAX} characters or fewer.`;
    case 'duplicate':
      return 'You already have a prompt set with this name. Choose a different name.';
    case 'too-few':
      return 'Add at least one prompt: a question you want to answer while you record.';
    case 'too-many':
      return `Use at most ${PROMPTS_MAX} prompts, so each one gets time in your recording.`;
    case 'prompt-too-long':
      return `Prompt ${issue.index + 1} is too long. Keep each prompt to ${PROMPT_TEXT_MAX} characters or fewer.`;
  }
}
