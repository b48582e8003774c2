/**
 * The subset of Drive v3's `q` search syntax the emulator understands. Anything else is rejected,
 * as Google rejects malformed queries with 400 "Invalid Value", so a client that builds a query
 * Drive would refuse fails here too instead of passing against a lenient fake.
 *
 * Grammar: expr := and ('or' and)* ; and := unary ('and' unary)* ; unary := 'not' unary | '(' expr ')' | term
 * term := name (=|!=|contains) 'str' | mimeType (=|!=) 'str' | trashed (=|!=) true|false
 *       | 'str' in parents | (appProperties|properties) has { key='k' and value='v' }
 */

export interface QueryableFile {
  name: string;
  mimeType: string;
  trashed: boolean;
  parents: string[];
  appProperties: Record<string, string>;
  properties: Record<string, string>;
}

export type FileMatcher = (file: QueryableFile) => boolean;

export class DriveQueryError extends Error {}

type Token =
  | { type: 'string'; value: string }
  | { type: 'word'; value: string }
  | { type: 'op'; value: string };

function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < query.length) {
    const ch = query[i]!;
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === "'") {
      let value = '';
      i++;
      for (;;) {
        if (i >= query.length) throw new DriveQueryError('Unterminated string');
        const c = query[i]!;
        if (c === '\\') {
          const next = query[i + 1];
          if (next !== "'" && next !== '\\') throw new DriveQueryError('Bad escape');
          value += next;
          i += 2;
        } else if (c === "'") {
          i++;
          break;
        } else {
          value += c;
          i++;
        }
      }
      tokens.push({ type: 'string', value });
    } else if (ch === '!' && query[i + 1] === '=') {
      tokens.push({ type: 'op', value: '!=' });
      i += 2;
    } else if ('=(){}'.includes(ch)) {
      tokens.push({ type: 'op', value: ch });
      i++;
    } else if (/[A-Za-z]/.test(ch)) {
      const word = /^[A-Za-z]+/.exec(query.slice(i))![0];
      tokens.push({ type: 'word', value: word });
      i += word.length;
    } else {
      throw new DriveQueryError(`Unexpected character ${ch}`);
    }
  }
  return tokens;
}

class Parser {
  private at = 0;
  constructor(private readonly tokens: Token[]) {}

  parseAll(): FileMatcher {
    const matcher = this.parseOr();
    if (this.at !== this.tokens.length) throw new DriveQueryError('Trailing tokens');
    return matcher;
  }

  private peek(): Token | undefined {
    return this.tokens[this.at];
  }

  private isKeyword(word: string): boolean {
    const token = this.peek();
    return token?.type === 'word' && token.value.toLowerCase() === word;
  }

  private expectOp(op: string): void {
    const token = this.tokens[this.at++];
    if (token?.type !== 'op' || token.value !== op) throw new DriveQueryError(`Expected ${op}`);
  }

  private expectString(): string {
    const token = this.tokens[this.at++];
    if (token?.type !== 'string') throw new DriveQueryError('Expected a quoted string');
    return token.value;
  }

  private expectWord(): string {
    const token = this.tokens[this.at++];
    if (token?.type !== 'word') throw new DriveQueryError('Expected a word');
    return token.value;
  }

  private parseOr(): FileMatcher {
    const parts = [this.parseAnd()];
    while (this.isKeyword('or')) {
      this.at++;
      parts.push(this.parseAnd());
    }
    return (file) => parts.some((part) => part(file));
  }

  private parseAnd(): FileMatcher {
    const parts = [this.parseUnary()];
    while (this.isKeyword('and')) {
      this.at++;
      parts.push(this.parseUnary());
    }
    return (file) => parts.every((part) => part(file));
  }

  private parseUnary(): FileMatcher {
    if (this.isKeyword('not')) {
      this.at++;
      const inner = this.parseUnary();
      return (file) => !inner(file);
    }
    const token = this.peek();
    if (token?.type === 'op' && token.value === '(') {
      this.at++;
      const inner = this.parseOr();
      this.expectOp(')');
      return inner;
    }
    return this.parseTerm();
  }

  private parseTerm(): FileMatcher {
    const first = this.peek();
    if (first?.type === 'string') {
      const value = this.expectString();
      if (!this.isKeyword('in')) throw new DriveQueryError('Expected in');
      this.at++;
      if (this.expectWord() !== 'parents')
        throw new DriveQueryError('Only "in parents" is supported');
      return (file) => file.parents.includes(value);
    }
    const field = this.expectWord();
    if (field === 'appProperties' || field === 'properties') return this.parseHas(field);
    const op = this.parseComparison(field === 'name');
    if (field === 'trashed') {
      const word = this.expectWord();
      if (word !== 'true' && word !== 'false') throw new DriveQueryError('Expected true or false');
      const wanted = word === 'true';
      return (file) => (file.trashed === wanted) === (op === '=');
    }
    if (field !== 'name' && field !== 'mimeType')
      throw new DriveQueryError(`Unknown field ${field}`);
    const value = this.expectString();
    if (op === 'contains') return (file) => file.name.includes(value);
    return (file) => (file[field] === value) === (op === '=');
  }

  private parseComparison(allowContains: boolean): '=' | '!=' | 'contains' {
    const token = this.tokens[this.at++];
    if (token?.type === 'op' && (token.value === '=' || token.value === '!=')) return token.value;
    if (allowContains && token?.type === 'word' && token.value === 'contains') return 'contains';
    throw new DriveQueryError('Expected an operator');
  }

  private parseHas(field: 'appProperties' | 'properties'): FileMatcher {
    if (!this.isKeyword('has')) throw new DriveQueryError('Expected has');
    this.at++;
    this.expectOp('{');
    if (this.expectWord() !== 'key') throw new DriveQueryError('Expected key');
    this.expectOp('=');
    const key = this.expectString();
    if (!this.isKeyword('and')) throw new DriveQueryError('Expected and');
    this.at++;
    if (this.expectWord() !== 'value') throw new DriveQueryError('Expected value');
    this.expectOp('=');
    const value = this.expectString();
    this.expectOp('}');
    return (file) => file[field][key] === value;
  }
}

/** Parses `q`; throws DriveQueryError on anything outside the supported subset. */
export function parseDriveQuery(query: string): FileMatcher {
  if (query.trim() === '') return () => true;
  return new Parser(tokenize(query)).parseAll();
}
