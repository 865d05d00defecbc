import type { Rule } from 'eslint';

declare const noImportCycle: Rule.RuleModule;
export default noImportCycle;
export declare function resolveImport(fromFile: string, specifier: string): string | null;
