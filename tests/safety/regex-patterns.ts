import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export interface FoundPattern {
  readonly file: string;
  readonly line: number;
  readonly regex: RegExp;
}

function* sourceFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) yield* sourceFiles(full);
    else if (name.endsWith('.ts')) yield full;
  }
}

/**
 * Every regular expression literal in the source tree, found with the TypeScript parser (not a
 * regex over the code), so a new pattern anywhere is checked without anyone listing it.
 */
export function findRegexLiterals(root: string): FoundPattern[] {
  const found: FoundPattern[] = [];
  for (const file of sourceFiles(root)) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText(source);
        const slash = literal.lastIndexOf('/');
        const regex = new RegExp(literal.slice(1, slash), literal.slice(slash + 1));
        found.push({ file: path.relative(root, file), line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1, regex });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}
