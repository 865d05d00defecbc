import { describe, expect, it } from 'vitest';
import { isBoilerplate } from '../../../src/core/clean/boilerplate.js';

describe('isBoilerplate', () => {
  it.each([
    'Related Articles',
    'Stay Connected',
    '- Advertisement -spot_img',
    '- Advertisement -',
    'ADVERTISEMENT',
    'Latest Articles',
    'Share this',
    'Share this article',
    'Sign up for our newsletter',
    'Subscribe now',
    'We use cookies to improve your experience.',
    'Read more',
    'Follow us on Twitter',
    'All rights reserved',
  ])('drops %j', (line) => expect(isBoilerplate(line)).toBe(true));

  it.each([
    'The minister said she would share this article of the treaty with parliament.',
    'Related talks continue next week.',
    'Advertisement spending rose 4% last year, the agency said.',
    'Stay connected to the grid, engineers warned residents.',
  ])('keeps the sentence %j', (line) => expect(isBoilerplate(line)).toBe(false));
});
