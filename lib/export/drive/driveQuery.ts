/** Builds Drive `q` expressions with values escaped, so a student's folder name cannot break them. */

export function quoteDriveString(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

export function appPropertyClause(key: string, value: string): string {
  return `appProperties has { key=${quoteDriveString(key)} and value=${quoteDriveString(value)} }`;
}

export function driveQuery(...clauses: string[]): string {
  return clauses.join(' and ');
}
