/**
 * Words a title follows directly, shared by the sentence repairs (nlp/missing-stop.ts) and the
 * work-title finder (entities/works.ts): one list, so a kind of work added for one is known to
 * the other. The entities layer sits above nlp and imports it from here.
 */

/** Nouns for kinds of work that a title follows ("the film Harbour Lights", "the hit They say it is over"). */
export const WORK_NOUNS: ReadonlySet<string> = new Set([
  'film',
  'movie',
  'comedy',
  'drama',
  'thriller',
  'documentary',
  'biopic',
  'musical',
  'sitcom',
  'cartoon',
  'show',
  'programme',
  'song',
  'hit',
  'single',
  'album',
  'ballad',
  'anthem',
  'book',
  'novel',
  'autobiography',
  'memoir',
  'opera',
  'poem',
]);

/** Nouns for words written or spoken whose text, not a work's title, follows them ("the slogan We can win", "the headline The day …"). */
const TEXT_NOUNS = ['phrase', 'slogan', 'motto', 'headline', 'headlines', 'caption', 'title'];

/** Verbs a title follows directly, with no marks around it ("a single called We need a boat"). */
const NAMING_VERBS = ['called', 'titled', 'entitled', 'named', 'dubbed', 'nicknamed', 'headlined', 'sang', 'sing', 'sings', 'singing'];

/** Verbs a quote follows with no marks around it ("a sign read The shop is closed", "his tweet said It is a disgrace"). */
const QUOTING_VERBS = ['read', 'reads', 'said', 'says', 'wrote', 'writes', 'tweeted', 'declared', 'proclaimed'];

/**
 * Lower-case words after which a capitalised opener ("The", "He" …) starts a title or a quote in
 * sentence case, not a sentence whose full stop is missing ("the film The end of the tour").
 */
export const TITLE_INTRODUCERS: ReadonlySet<string> = new Set([...WORK_NOUNS, ...TEXT_NOUNS, ...NAMING_VERBS, ...QUOTING_VERBS]);
