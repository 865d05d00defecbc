/**
 * Word lists the quote extractor reads. Data only: the patterns live in reported.ts and direct.ts.
 * The cue verbs are the speech verbs of the attribution literature (PARC 3.0, Pareti 2016;
 * PolNeAR, Newell et al. 2018), whose train split shows "said" alone as 20% of all cues and the
 * forms below as most of the rest of the speech cues.
 */
import { WEEKDAYS } from '../calendar.js';

/** Every inflected form of a speech verb, mapped to its lemma. */
export const SPEECH_VERB_FORMS: ReadonlyMap<string, string> = buildForms({
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  add: ['add', 'adds', 'added', 'adding'],
  write: ['write', 'writes', 'wrote', 'writing', 'written'],
  ask: ['ask', 'asks', 'asked', 'asking'],
  state: ['state', 'states', 'stated', 'stating'],
  explain: ['explain', 'explains', 'explained', 'explaining'],
  argue: ['argue', 'argues', 'argued', 'arguing'],
  claim: ['claim', 'claims', 'claimed', 'claiming'],
  insist: ['insist', 'insists', 'insisted', 'insisting'],
  note: ['note', 'notes', 'noted', 'noting'],
  declare: ['declare', 'declares', 'declared', 'declaring'],
  announce: ['announce', 'announces', 'announced', 'announcing'],
  warn: ['warn', 'warns', 'warned', 'warning'],
  reply: ['reply', 'replies', 'replied', 'replying'],
  respond: ['respond', 'responds', 'responded', 'responding'],
  answer: ['answered', 'answers'],
  tweet: ['tweet', 'tweets', 'tweeted', 'tweeting'],
  remark: ['remark', 'remarks', 'remarked'],
  comment: ['comment', 'comments', 'commented'],
  acknowledge: ['acknowledge', 'acknowledges', 'acknowledged', 'acknowledging'],
  admit: ['admit', 'admits', 'admitted', 'admitting'],
  confirm: ['confirm', 'confirms', 'confirmed', 'confirming'],
  deny: ['deny', 'denies', 'denied', 'denying'],
  recall: ['recall', 'recalls', 'recalled', 'recalling'],
  testify: ['testify', 'testifies', 'testified'],
  assert: ['assert', 'asserts', 'asserted', 'asserting'],
  contend: ['contend', 'contends', 'contended'],
  stress: ['stress', 'stresses', 'stressed', 'stressing'],
  emphasize: ['emphasize', 'emphasizes', 'emphasized', 'emphasise', 'emphasised'],
  reiterate: ['reiterate', 'reiterates', 'reiterated'],
  quip: ['quip', 'quips', 'quipped'],
  report: ['report', 'reports', 'reported'],
  suggest: ['suggest', 'suggests', 'suggested', 'suggesting'],
  predict: ['predict', 'predicts', 'predicted'],
  promise: ['promise', 'promises', 'promised'],
  vow: ['vow', 'vows', 'vowed'],
  concede: ['concede', 'concedes', 'conceded'],
  complain: ['complain', 'complains', 'complained'],
  continue: ['continued'],
  joke: ['joke', 'jokes', 'joked'],
  boast: ['boast', 'boasts', 'boasted'],
  agree: ['agreed'],
  conclude: ['concluded'],
  charge: ['charged'],
  assure: ['assure', 'assures', 'assured', 'assuring'],
  remind: ['remind', 'reminds', 'reminded', 'reminding'],
  inform: ['informs', 'informed'],
  confide: ['confide', 'confides', 'confided'],
  caution: ['caution', 'cautions', 'cautioned', 'cautioning'],
  allege: ['allege', 'alleges', 'alleged'],
  lament: ['laments', 'lamented'],
  mention: ['mentions', 'mentioned'],
  disclose: ['discloses', 'disclosed'],
  observe: ['observes', 'observed'],
  counter: ['countered'],
  muse: ['mused'],
  recount: ['recounts', 'recounted'],
});

/**
 * Verbs that attribute a quotation only when they stand after it with their subject and nothing
 * more ("“…,” Roe urged." · "“…,” Roe shot back." · "“…,” reads a message on the site."): too
 * often no speech at all elsewhere ("urged them to go", "read the bill").
 */
export const AFTER_QUOTE_CUES: ReadonlySet<string> = new Set([
  'urged',
  'urges',
  'demanded',
  'demands',
  'pressed',
  'presses',
  'fumed',
  'fumes',
  'scoffed',
  'scoffs',
  'chanted',
  'chant',
  'barked',
  'shouted',
  'shouts',
  'yelled',
  'yells',
  'screamed',
  'exclaimed',
  'exclaims',
  'cried',
  'pleaded',
  'retorted',
  'countered',
  'counters',
  'snapped',
  'mused',
  'muses',
  'laughed',
  'sighed',
  'recounted',
  'recounts',
  'observed',
  'observes',
  'whispered',
  'muttered',
  'interjected',
  'offered',
  'concludes',
  'wondered',
  'wonders',
  'reads',
  'read',
  'begins',
  'began',
  'affirms',
  'adds',
  'notes',
  'continues',
  'replies',
  'explains',
  'declares',
  'asserts',
  'quipped',
  'gushed',
  'marveled',
  'marvelled',
  'lamented',
  'predicted',
  'questioned',
  'continued',
  'pleads',
]);
/** Verbs that attribute a quotation after it with a particle: "“…,” Roe shot back / went on." */
export const AFTER_QUOTE_PHRASAL: ReadonlyMap<string, string> = new Map([
  ['went', 'on'],
  ['goes', 'on'],
  ['shot', 'back'],
  ['shoots', 'back'],
  ['fired', 'back'],
  ['chimed', 'in'],
  ['wrote', 'back'],
]);

/** Lemmas that only take a clause with "that" (or a quote): "X noted that ...", never "X noted the bill". */
export const NEEDS_THAT: ReadonlySet<string> = new Set([
  'note',
  'report',
  'suggest',
  'predict',
  'promise',
  'vow',
  'concede',
  'complain',
  'continue',
  'joke',
  'boast',
  'agree',
  'conclude',
  'charge',
  'stress',
  'emphasize',
  'confirm',
  'deny',
  'recall',
  'state',
  'explain',
  'announce',
  'declare',
  'acknowledge',
  'admit',
  'testify',
  'comment',
  'remark',
  'respond',
  'reply',
  'ask',
  'tweet',
  'reiterate',
  'quip',
  'write',
  'answer',
  'assure',
  'remind',
  'inform',
  'confide',
  'caution',
  'allege',
  'lament',
  'mention',
  'disclose',
  'observe',
  'counter',
  'muse',
  'recount',
]);

/** Lemmas whose object names the listener: "X told reporters (that) ...". */
export const TAKES_LISTENER: ReadonlySet<string> = new Set(['tell', 'warn', 'assure', 'remind', 'inform']);

/** Nouns for a group or body that speaks as one: "experts say", "officials said". */
export const GROUP_NOUNS: ReadonlySet<string> = new Set([
  'experts',
  'officials',
  'analysts',
  'sources',
  'critics',
  'observers',
  'residents',
  'witnesses',
  'police',
  'authorities',
  'lawmakers',
  'legislators',
  'scientists',
  'researchers',
  'economists',
  'investigators',
  'prosecutors',
  'aides',
  'advisers',
  'advisors',
  'diplomats',
  'democrats',
  'republicans',
  'supporters',
  'opponents',
  'activists',
  'organizers',
  'organisers',
  'doctors',
  'people',
  'voters',
  'leaders',
  'members',
  'reports',
  'polls',
  'studies',
  'documents',
  'records',
  'allies',
  'strategists',
  'pollsters',
  'insiders',
  'staffers',
  'spokesmen',
  'spokespeople',
  'executives',
  'protesters',
  'campaigners',
  'rebels',
  'troops',
  'teachers',
  'parents',
  'students',
  'workers',
  'unions',
  'judges',
  'lawyers',
  'attorneys',
  'senators',
  'others',
  'many',
  'some',
  'both',
  'most',
  'several',
  'those',
  'respondents',
]);

/** Words that precede a name without being part of it. */
export const TITLES: ReadonlySet<string> = new Set([
  'mr',
  'mr.',
  'mrs',
  'mrs.',
  'ms',
  'ms.',
  'miss',
  'dr',
  'dr.',
  'prof',
  'prof.',
  'professor',
  'president',
  'vice',
  'sen',
  'sen.',
  'senator',
  'rep',
  'rep.',
  'representative',
  'gov',
  'gov.',
  'governor',
  'mayor',
  'secretary',
  'minister',
  'prime',
  'chancellor',
  'judge',
  'justice',
  'gen',
  'gen.',
  'general',
  'col',
  'col.',
  'lt',
  'lt.',
  'sgt',
  'sgt.',
  'capt',
  'capt.',
  'rev',
  'rev.',
  'pope',
  'king',
  'queen',
  'prince',
  'princess',
  'sir',
  'lady',
  'lord',
  'chairman',
  'chairwoman',
  'chief',
  'director',
  'ambassador',
  'speaker',
  'leader',
  'candidate',
  'nominee',
  'former',
  'attorney',
  'deputy',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'coach',
  'officer',
  'detective',
  'agent',
  'commissioner',
  'supervisor',
  'councilman',
  'councilwoman',
  'chair',
  'ceo',
  'founder',
  'editor',
  'host',
  'anchor',
  'correspondent',
  'analyst',
  'strategist',
  'pollster',
  'adviser',
  'advisor',
  'aide',
  'manager',
  'executive',
  'economist',
  'historian',
  'lawyer',
]);

export const MALE_TITLES: ReadonlySet<string> = new Set(['mr', 'mr.', 'sir', 'king', 'prince', 'lord', 'spokesman', 'chairman', 'councilman']);
export const FEMALE_TITLES: ReadonlySet<string> = new Set([
  'mrs',
  'mrs.',
  'ms',
  'ms.',
  'miss',
  'queen',
  'princess',
  'lady',
  'spokeswoman',
  'chairwoman',
  'councilwoman',
]);

/**
 * Common given names by sex, for "he"/"she" agreement. A short list of frequent US/UK given
 * names (US Social Security name tables) and of the politicians in the news.
 */
export const MALE_NAMES: ReadonlySet<string> = new Set(
  (
    'james john sam robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark ' +
    'donald steven paul andrew joshua kenneth kevin brian george edward ronald timothy jason jeffrey ryan jacob ' +
    'gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel frank gregory raymond alexander ' +
    'patrick jack dennis jerry tyler aaron jose henry adam douglas nathan peter zachary kyle walter harold jeremy ' +
    'ethan carl keith roger gerald christian terry sean arthur austin noah lawrence jesse joe bryan billy jordan ' +
    'albert dylan bruce willie gabriel alan juan logan wayne ralph roy eugene randy vincent russell louis philip ' +
    'bobby johnny bradley barack bill mike ted marco bernie newt rudy chris jeb ben rand tim mitch harry vladimir ' +
    'xi jong boris emmanuel reince rex jim tom bob dan steve jared sergei recep ' +
    'nigel tony gordon francois hassan bashar narendra shinzo hugh'
  ).split(' '),
);

export const FEMALE_NAMES: ReadonlySet<string> = new Set(
  (
    'mary jane patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra ' +
    'ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura ' +
    'cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma samantha katherine christine debra ' +
    'rachel catherine carolyn janet ruth maria heather diane virginia julie joyce victoria olivia kelly christina ' +
    'lauren joan evelyn judith megan cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara ' +
    'janice jean alice madison doris abigail julia judy grace denise amber marilyn beverly danielle theresa sophia ' +
    'marie diana brittany natalie isabella charlotte rose alexis kayla hillary chelsea melania ivanka kellyanne ' +
    'nikki hope huma jill condoleezza dianne kamala tulsi marine ' +
    'sonia elena'
  ).split(' '),
);

/** Pronouns that can be the subject of a cue, and what they can refer to. */
export const PERSON_PRONOUNS: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ['he', 'male'],
  ['she', 'female'],
]);
export const GROUP_PRONOUNS: ReadonlySet<string> = new Set(['they', 'it', 'we']);

/** Capitalised words that start sentences without naming anyone. */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'in',
  'on',
  'at',
  'but',
  'and',
  'or',
  'if',
  'when',
  'while',
  'as',
  'after',
  'before',
  'for',
  'this',
  'that',
  'these',
  'those',
  'it',
  'he',
  'she',
  'they',
  'we',
  'i',
  'you',
  'his',
  'her',
  'their',
  'our',
  'my',
  'its',
  'there',
  'here',
  'what',
  'who',
  'why',
  'how',
  'where',
  'yes',
  'no',
  'so',
  'then',
  'still',
  'also',
  'however',
  'meanwhile',
  'according',
  'asked',
  'said',
  'says',
  'with',
  'from',
  'by',
  'of',
  'to',
  'mr',
  'mrs',
  'ms',
  'not',
  'all',
  'some',
  'many',
  'most',
  'both',
  'one',
  'two',
  'now',
  'today',
  'yesterday',
  ...WEEKDAYS,
  'last',
  'next',
  'even',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]);

/** Words between a subject and its cue that belong to neither: "has also said". */
export const SKIPPABLE: ReadonlySet<string> = new Set([
  'also',
  'since',
  'has',
  'have',
  'had',
  'later',
  'then',
  'previously',
  'once',
  'repeatedly',
  'recently',
  'further',
  'again',
  'would',
  'will',
  'did',
  'does',
  'do',
  'was',
  'is',
  'are',
  'were',
  'am',
  'been',
  "'s",
  '’s',
  "'re",
  '’re',
  'reportedly',
  'publicly',
  'privately',
  'simply',
  'just',
  'flatly',
  'often',
  'frequently',
  'quickly',
  'first',
  'last',
  'earlier',
  'initially',
  'even',
  'still',
  'already',
  'separately',
  'told',
  'similarly',
  'likewise',
  'openly',
  'overall',
  'itself',
  'himself',
  'herself',
  'themselves',
  'themself',
]);
/** Time words between a subject and its cue ("Wells Fargo this month announced"). */
export const TIME_NOUNS: ReadonlySet<string> = new Set([
  'week',
  'month',
  'year',
  'morning',
  'afternoon',
  'evening',
  'night',
  'weekend',
  ...WEEKDAYS,
  'day',
  'time',
  'summer',
  'spring',
  'fall',
  'winter',
]);
export const TIME_DETERMINERS: ReadonlySet<string> = new Set(['this', 'last', 'next', 'on', 'that', 'each', 'every', 'earlier', 'later']);
export const POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
/** Parts of speech a plain noun phrase is made of: "the two new harbour walls". */
export const NOUN_PHRASE_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
/** Tags that, right before a word wink tagged VERB, show it is a noun ("the rejection signals/VERB"). */
export const NOMINAL_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN']);

/** Forms of "be" before a participle: "is telling", "was asked". */
export const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'am', "'s", '’s', "'re", '’re', 'been', 'be']);
/** Negations that stop a walk over adverbs ("did not say" is no statement). */
export const NEGATIONS: ReadonlySet<string> = new Set(['not', "n't", 'never']);
/** Words that open an indirect question: "asked whether …". */
export const QUESTION_OPENERS = new Set(['whether', 'if', 'why', 'what', 'how', 'when', 'where', 'who', 'which', 'whom']);

function buildForms(table: Record<string, readonly string[]>): Map<string, string> {
  const forms = new Map<string, string>();
  for (const [lemma, list] of Object.entries(table)) for (const form of list) forms.set(form, lemma);
  return forms;
}

// Word lists of the reported-speech patterns (reported.ts, according-to.ts, content-start.ts).

export const NOT_CONTENT: ReadonlySet<string> = new Set([
  'to',
  'of',
  'so',
  'nothing',
  'something',
  'anything',
  'yes',
  'no',
  'in',
  'on',
  'at',
  'for',
  'with',
  'goodbye',
  'hello',
  'thanks',
  'little',
  'that',
  'what',
  'why',
  'whether',
  'if',
  'how',
  'when',
  'where',
  'who',
  'which',
  'such',
  'otherwise',
  'as',
  'things',
  'repeatedly',
  'later',
  'earlier',
  'again',
  'also',
  'often',
  'publicly',
  'privately',
  'then',
  'now',
  'afterward',
  'afterwards',
  'too',
  'very',
  'simply',
  'just',
  'only',
  'instead',
  'recently',
  'yesterday',
  'today',
]);
export const PARTICIPLE_LEADS: ReadonlySet<string> = new Set(['by', 'after', 'while', 'when', 'before', 'and', 'but', 'for', 'from']);
export const RELATIVES: ReadonlySet<string> = new Set(['which', 'that', 'what', 'who', 'whom']);
/** The subordinators every clause test shares: "when X said …", "… as a number of writers suggested". */
export const CORE_SUBORDINATORS: readonly string[] = ['when', 'while', 'although', 'though', 'as', 'after', 'before', 'because', 'since', 'if'];
/** A subordinate clause opening the sentence, or right before the cue's subject, leaves the main clause to the writer. */
export const LEADING_SUBORDINATORS: ReadonlySet<string> = new Set([...CORE_SUBORDINATORS, 'once', 'unless', 'whereas', 'having']);
export const CONTINUE_TO: ReadonlySet<string> = new Set(['continue', 'continues', 'continued', 'continuing', 'began', 'begins', 'begin', 'started', 'starts']);
export const GO_ON: ReadonlySet<string> = new Set(['went', 'goes', 'go', 'going', 'gone']);
export const ABSOLUTE_LEADS: ReadonlySet<string> = new Set(['with', '—', '–', '--']);
/** Nouns a participle cue may follow: "issued a statement saying …", "posted a tweet calling …". */
export const REPORT_NOUNS: ReadonlySet<string> = new Set([
  'statement',
  'statements',
  'release',
  'tweet',
  'tweets',
  'message',
  'letter',
  'email',
  'e-mail',
  'memo',
  'post',
  'video',
  'ad',
  'advertisement',
  'op-ed',
  'column',
  'editorial',
  'report',
  'filing',
  'petition',
  'speech',
  'remarks',
]);
export const NOMINATIVE: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i']);
export const ANTECEDENT_LINKS: ReadonlySet<string> = new Set(['of', 'between', "'s", '’s', 'and']);
/** Modals and forms of "be"/"have" that make a "that" before them the subject ("that will not happen", "that is wrong"). */
export const FINITE_AFTER_THAT: ReadonlySet<string> = new Set([
  'will',
  'would',
  'wo',
  'can',
  'could',
  'should',
  'may',
  'might',
  'must',
  'is',
  'was',
  "'s",
  '’s',
  'has',
  'had',
  'does',
  'did',
]);
/** Adverbs between a cue and its clause: "has said repeatedly (that) …". */
export const CUE_ADVERBS: ReadonlySet<string> = new Set([
  'repeatedly',
  'again',
  'publicly',
  'privately',
  'often',
  'previously',
  'recently',
  'later',
  'earlier',
  'also',
  'then',
  'bluntly',
  'flatly',
  'firmly',
  'frequently',
  'simply',
  'once',
  'twice',
  'yesterday',
  'today',
  'tonight',
]);
/** Adverbs set off by commas after a cue: "added, though, that …". */
export const ASIDE_ADVERBS: ReadonlySet<string> = new Set(['however', 'though', 'too', 'also', 'moreover', 'furthermore', 'nevertheless', 'instead', 'again']);
export const SOURCE_ASIDE_OPENERS: ReadonlySet<string> = new Set(['who', 'which', 'whose']);
/** Marks that open an aside after a cue or a subject ("said, per a translator, that …", "Holt -- whose husband … -- has"). */
export const ASIDE_OPENERS: ReadonlySet<string> = new Set([',', '—', '–', '--']);
/** Words right before a cue that make it no statement of the opening phrase ("and said", "to say", "not say"). */
export const BLOCKING_BEFORE_CUE: ReadonlySet<string> = new Set(['and', 'but', 'or', 'to', 'not', "n't", 'never']);
/** Tag and word sets for the tests above (Set look-ups rather than regular expressions). */
export const INFINITIVE_AUX: ReadonlySet<string> = new Set(['to', 'be', 'being', 'been']);
/** Texts that speak for themselves in a relative clause before a cue ("a headline that said"; phrases.ts). */
export const TEXT_NOUNS: ReadonlySet<string> = new Set(
  [
    'headline',
    'video',
    'ad',
    'advertisement',
    'letter',
    'statement',
    'email',
    'post',
    'tweet',
    'message',
    'sign',
    'note',
    'memo',
    'banner',
    'caption',
    'release',
  ].flatMap((w) => [w, `${w}s`]),
);
/** Words that open a clause of its own ("… as a number of writers suggested"): a relative clause before a cue reaches back no further (phrases.ts). */
export const OWN_CLAUSE_OPENERS: ReadonlySet<string> = new Set([...CORE_SUBORDINATORS, 'until', 'where', 'and', 'but', 'or']);

/*
 * Amounts, built from shared pieces: a subject that opens with an amount (content-start.ts), a time
 * counted back before "ago" (phrases.ts), a poll's share (poll-shares.ts).
 */
/** Words that hedge or bound an amount: "about 20", "nearly half", "more than 100", "less than two weeks". */
const AMOUNT_HEDGES = ['about', 'nearly', 'almost', 'more', 'less'];
/** Fractions named by a word: "a third", "half". */
const FRACTION_WORDS = ['third', 'quarter', 'half'];
/** Quantifiers that stand for a share of a group: "many say", "most of them". */
const QUANTIFIER_WORDS = ['some', 'many', 'most', 'few'];
/** Words of an amount of time before "ago": "less than two weeks", "about a month". */
export const AGO_AMOUNTS: ReadonlySet<string> = new Set([...AMOUNT_HEDGES, 'than', 'just', 'only', 'some', 'several', 'few']);
/** Words of amount or degree that open a subject: "about half", "too many", "more than 100". */
export const AMOUNT_LEADS: ReadonlySet<string> = new Set([...AMOUNT_HEDGES, 'around', 'roughly', 'approximately', 'too', 'so', 'fewer']);
/** What follows an amount lead when it is an amount: "about half", "too many", "nearly all". */
export const AMOUNTS: ReadonlySet<string> = new Set([
  'half',
  'all',
  'many',
  'much',
  'few',
  'most',
  'dozen',
  'dozens',
  'hundreds',
  'thousands',
  'one',
  'two',
  'three',
]);
/** After "a": "about a third", "nearly a dozen". */
export const FRACTIONS: ReadonlySet<string> = new Set([...FRACTION_WORDS, 'fifth', 'dozen', 'hundred', 'thousand', 'million']);
/** A poll's share word: "47 percent", "a third", "three-fourths". */
export const SHARE_WORDS: ReadonlySet<string> = new Set([...FRACTION_WORDS, 'percent', 'thirds', 'quarters', 'fourths', 'fifths']);
/** A lone quantifier as a "who" clause's antecedent: "some who warned …". */
export const QUANTIFIERS: ReadonlySet<string> = new Set([...QUANTIFIER_WORDS, 'others']);
/** A share of a group before "of them"/"of us". */
export const GROUP_SHARES: ReadonlySet<string> = new Set([...QUANTIFIERS, 'all', 'none', 'half', 'several', 'both', 'each', 'one', 'two', 'three', 'four']);
