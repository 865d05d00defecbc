import { describe, expect, it } from 'vitest';
import { decodeBase64, decodeBase64Portable } from '../../../src/core/entities/base64.js';

describe('decodeBase64', () => {
  it('decodes every padding length as Node does', () => {
    for (const bytes of [[], [1], [1, 2], [1, 2, 3], [255, 0, 128, 7, 64]]) {
      const encoded = Buffer.from(bytes).toString('base64');
      expect([...decodeBase64(encoded)]).toEqual(bytes);
      expect([...decodeBase64Portable(encoded)]).toEqual(bytes);
    }
  });
});
