// Student-facing words for the skills map. Issue 7 moves these into locale files.

/** "3 pieces of evidence", "1 piece of evidence", "No evidence". */
export function evidenceCountText(count: number): string {
  if (count === 0) return 'No evidence';
  return `${count} ${count === 1 ? 'piece' : 'pieces'} of evidence`;
}

/** A count cell's accessible name, e.g. "3 pieces of evidence for Self-direction in Run a 5K". */
export function cellLabel(count: number, skillName: string, goalTitle: string): string {
  return `${evidenceCountText(count)} for ${skillName} in ${goalTitle}`;
}
