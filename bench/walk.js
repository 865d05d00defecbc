import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Article files under `folder`, recursively, in sorted order (as precis walks a folder). */
export function articleFiles(folder) {
  const out = [];
  const visit = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (/\.(txt|md|markdown|text|html?)$/i.test(entry.name)) out.push(full);
    }
  };
  visit(folder);
  return out;
}
