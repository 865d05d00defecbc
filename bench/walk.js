import { discoverInputs } from '../dist/io/inputs.js';

/**
 * Article files under `folder`, as precis itself finds them (the same walker, extensions and
 * order), so a benchmark's baseline reads exactly the files precis does. Needs `npm run build`.
 */
export async function articleFiles(folder) {
  const out = [];
  for await (const found of discoverInputs([folder], process.cwd())) if (found.kind === 'file') out.push(found.path);
  return out;
}
