import { describe, expect, it, vi } from 'vitest';
import { decodeBase64, decodeBase64Parts, decodeBase64Portable } from '../../../src/core/entities/base64.js';

describe('decodeBase64', () => {
  it('decodes every padding length as Node does', () => {
    for (const bytes of [[], [1], [1, 2], [1, 2, 3], [255, 0, 128, 7, 64]]) {
      const encoded = Buffer.from(bytes).toString('base64');
      expect([...decodeBase64(encoded)]).toEqual(bytes);
      expect([...decodeBase64Portable(encoded)]).toEqual(bytes);
    }
  });
});

describe('decodeBase64Parts', () => {
  it('decodes a text split into parts of whole 4-character groups as the whole text', () => {
    const bytes = Buffer.from(Array.from({ length: 40 }, (_, i) => (i * 37) % 256));
    const text = bytes.toString('base64');
    for (const cut of [[], [4], [8, 20], [36]]) {
      const parts = [0, ...cut].map((at, k) => text.slice(at, [...cut, text.length][k]));
      expect([...decodeBase64Parts(parts)]).toEqual([...bytes]);
    }
  });

  it('decodes the same where Node’s Buffer is missing (the portable route)', async () => {
    const bytes = Array.from({ length: 40 }, (_, i) => (i * 37) % 256);
    const text = Buffer.from(bytes).toString('base64');
    vi.resetModules();
    vi.stubGlobal('Buffer', undefined);
    try {
      const portable = await import('../../../src/core/entities/base64.js');
      expect([...portable.decodeBase64Parts([text.slice(0, 8), text.slice(8, 20), text.slice(20)])]).toEqual(bytes);
    } finally {
      vi.unstubAllGlobals();
      vi.resetModules();
    }
  });
});
