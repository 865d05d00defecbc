import type { Entity, ParsedArticle, Sentence, Speaker, Span, TextSpan, Token } from '../types.js';
import { NameIndex, spellingKey } from './full-names.js';
import { spokesmanBefore } from './spokesman-appositions.js';
import { BE_FORMS } from './clause-words.js';
import { titleGender, type NameRun } from './name-runs.js';
import { authorAfter, ownerBefore } from './document-authors.js';
import { AUTHORED_NOUNS, GROUP_NOUNS } from './speaker-nouns.js';
import { bodyOf, nameClosing } from './description-names.js';
import { type Subject } from './noun-phrases.js';
import { agedPerson, antecedentOf, type AgeFit, type Body } from './pronouns.js';
import { splitWords } from './text.js';
import { SHARE_WORDS } from './amounts.js';
import { ageFit, ageIntroducedBefore, describedAge } from './age-descriptions.js';
import { describedSubject } from './described-subject.js';
import { roleHolder, type RoleOwner } from './role-holders.js';
import { describedBody } from './described-body.js';
import { pluralSubjectBefore } from './plural-subjects.js';
import { itSubjectBefore } from './it-subjects.js';
import { inOpeningAdjunct, relativeHead } from './person-subjects.js';
import { describedAntecedent, type DescriptionSpeaker } from './description-pronouns.js';
import { BODY_NOUNS, INDEFINITES, LEADER_NOUNS, UNNAMED_PERSON_NOUNS } from './description-nouns.js';

/**
 * Turns the subject of a cue into a speaker: full names from the name index (NameIndex);
 * pronouns to their antecedent (antecedentOf); descriptions ("the professor") to the person an
 * apposition tied them to. Stateful over one article: it learns who speaks and their genders in
 * reading order.
 */
const PASSIVE_AUX: ReadonlySet<string> = new Set([...BE_FORMS, 'has', 'had']);

/** How many opening words of a sentence may come before its subject pronoun ("But then he …"). */
const PRONOUN_REACH = 3;

/** Sentences a "he"/"she" may lie after a description speaker and still go on with it. */
const DESCRIPTION_REACH = 2;
/** … and when no name is there for it at all: farther, as the one unnamed person the passage quotes. */
const FALLBACK_DESCRIPTION_REACH = 4;

export class SpeakerResolver {
  private readonly text: string;
  private readonly tokens: readonly Token[];
  private readonly sentences: readonly Sentence[];
  private readonly names: NameIndex;
  /** Speakers that are groups or bodies, in reading order, for "they"/"it". */
  private readonly bodies: Body[] = [];
  /** The bodies among them that are named ("Harbour Works"), for "the company said". */
  private readonly namedBodies: Body[] = [];
  private readonly roleOwners: RoleOwner[] = [];
  /** Speaker names by their letters alone (spaces, dots, hyphens dropped, lower-cased). */
  private readonly spellings = new Map<string, string>();
  /** Where named speakers stood as a cue's subject: they outrank other names as a pronoun's antecedent. */
  private readonly subjectSpans: TextSpan[] = [];
  /** Names in the headline are no antecedents: a pronoun refers back within the body. */
  private readonly titleEnd: number;
  /** The entity list, for a body's description ("the firm said") of an organisation that never spoke. */
  private readonly entities: readonly Entity[];

  /** The latest speaker that was a description of one person, for "he"/"she" (describedAntecedent). */
  private lastDescription: DescriptionSpeaker | null = null;

  /** Name runs inside a direct quote's marks: no pronoun's antecedent (antecedentOf). */
  private readonly quotedRuns = new Set<NameRun>();

  /** `quoted`: the parts of the article's direct quotes, in reading order. */
  constructor(parsed: ParsedArticle, entities: readonly Entity[], quoted: readonly Span[] = []) {
    this.text = parsed.article.text;
    this.tokens = parsed.tokens;
    this.sentences = parsed.sentences;
    this.titleEnd = parsed.article.titleSpan?.end ?? 0;
    this.entities = entities;
    this.names = new NameIndex(parsed, entities);
    let q = 0;
    for (const run of this.names.runs) {
      while (q < quoted.length && quoted[q]!.end <= run.start) q++;
      if (q < quoted.length && quoted[q]!.start <= run.start && run.end <= quoted[q]!.end) this.quotedRuns.add(run);
    }
  }

  /** The speaker a cue's subject names; `excluded` is the quote itself, whose names are never its speaker. */
  resolve(subject: Subject, excluded: Span): Speaker | null {
    const span = this.span(subject.first, subject.end);
    const names = this.names;
    if (subject.kind === 'name' && subject.name) {
      const spokesman = spokesmanBefore(this.tokens, subject, names);
      if (spokesman) return this.resolveDescription(spokesman, this.span(spokesman.first, spokesman.end), excluded);
      const nameSpan = this.span(subject.name.first, subject.name.end);
      const full = this.spelledAsBefore(names.fullNameOfTokens(subject.name.first, subject.name.end));
      names.speakers.add(full);
      this.subjectSpans.push(nameSpan);
      this.lastDescription = null;
      for (const role of subject.roles) {
        const g = titleGender(role);
        if (g && !names.genders.has(full)) names.genders.set(full, g);
        this.roleOwners.push({ role, name: full, at: span.start });
      }
      const speaker = { name: full, mentions: names.mentionsOf(full, nameSpan), resolved: true };
      if (!names.isPerson(full)) {
        const body = { name: full, at: span.start, mentions: speaker.mentions };
        this.bodies.push(body);
        this.namedBodies.push(body);
      }
      return speaker;
    }
    // "it was announced that …", "it has been reported": a passive with no one named.
    if (subject.kind === 'pronoun' && subject.head === 'it' && PASSIVE_AUX.has(this.tokens[subject.end]?.normal ?? '')) return null;
    if (subject.kind === 'pronoun') {
      const sentence = this.tokens[subject.first]!.sentence;
      const doc = { text: this.text, tokens: this.tokens, sentences: this.sentences };
      const described =
        this.goOnWithDescription(subject.head, span, sentence) ??
        (subject.head === 'they' ? pluralSubjectBefore(names, doc, span, sentence, this.bodies, excluded, this.inQuote) : null);
      if (described) return { ...described, resolved: true };
      const thing =
        subject.head === 'it'
          ? itSubjectBefore(names, { ...doc, entities: this.entities, bodyStart: this.titleEnd }, span, sentence, excluded, this.bodies)
          : null;
      if (thing) {
        // (The document or body speaks on as "it": "It said …. It added …".)
        this.bodies.push({ name: thing.name, at: span.start, mentions: [...thing.mentions] });
        return { ...thing, resolved: true };
      }
      // (Names in another quote, or in an adjunct opening the pronoun's sentence, are no antecedents.)
      const passed = (run: NameRun): boolean =>
        this.inQuote(run) ||
        (run.sentence === sentence &&
          (inOpeningAdjunct(this.tokens, this.sentences, sentence, run.start, span.start) || relativeHead(this.text, run.end, span.start)));
      const found =
        antecedentOf(names, this.bodies, subject.head, span, sentence, excluded, this.titleEnd, this.isSubject, passed, this.pronounLed) ??
        // (With no one else to refer to, a "she" goes back to a description further off.)
        this.goOnWithDescription(subject.head, span, sentence, FALLBACK_DESCRIPTION_REACH);
      // No antecedent ("“…,” he conceded." alone): the pronoun itself, marked unresolved, so a
      // reader still sees who spoke.
      return found ? { ...found, resolved: true } : { name: span.text, mentions: [span], resolved: false };
    }
    return this.resolveDescription(subject, span, excluded);
  }

  /** describedAntecedent with the latest description; when the pronoun goes on with it, it stays the centre: a later "he" counts its reach from here. */
  private goOnWithDescription(pronoun: string, span: TextSpan, sentence: number, reach = DESCRIPTION_REACH): Speaker | null {
    const d = this.lastDescription;
    const doc = { tokens: this.tokens, sentences: this.sentences };
    const speaker = d && describedAntecedent(this.names, doc, d, pronoun, span, sentence, reach, this.inQuote);
    if (speaker) this.lastDescription = { ...d, sentence };
    return speaker;
  }

  /** Run `run` opens its sentence or stood as a cue's subject. */
  private readonly isSubject = (run: NameRun): boolean => run.leading || this.subjectSpans.some((s) => run.start >= s.start && run.start < s.end);

  private readonly inQuote = (run: NameRun): boolean => this.quotedRuns.has(run);

  /** A subject, or a name a relative clause introduces ("… in the shape of Ada Roe, who plays …"). */
  private readonly isTopic = (run: NameRun): boolean => this.isSubject(run) || /^,\s+who\b/.test(this.text.slice(run.end, run.end + 6));

  /** The person "the 36-year-old (mother)" at `span` stands for, if the paragraph names one (agedPerson). */
  private agedPerson(span: TextSpan, sentence: number, excluded: Span, age: number, head: string): ReturnType<typeof agedPerson> {
    return agedPerson(this.names, span, sentence, excluded, this.titleEnd, {
      isTopic: this.isTopic,
      quoted: this.inQuote,
      inParagraph: (run: NameRun): boolean => this.sentences[run.sentence]!.block === this.sentences[sentence]!.block,
      fits: (run: NameRun, full: string): AgeFit => ageFit(this.text, run, this.names.genders.get(full), age, head),
      since: ageIntroducedBefore(this.text, span.start, age),
    });
  }

  /** Sentence `n` has `pronoun` for its subject: first, or after a conjunction or adverb ("But he has met …"). */
  private readonly pronounLed = (n: number, pronoun: string): boolean => {
    const first = this.sentences[n]?.firstToken ?? 0;
    for (let k = first; k < first + PRONOUN_REACH && k < this.tokens.length; k++) {
      const t = this.tokens[k]!;
      if (t.normal === pronoun) return true;
      // (Only "But", "And then" … before it: "Since she presented …, Arnold has …" is Arnold's.)
      if (t.pos !== 'CCONJ' && t.pos !== 'ADV') return false;
    }
    return false;
  };

  /** A description (`span`) resolved to the person or body `name`: the description first among its mentions. */
  private described(span: TextSpan, name: string, nameSpan: TextSpan | null = null): Speaker {
    this.lastDescription = null;
    return { name, mentions: [span, ...this.names.mentionsOf(name, nameSpan)], resolved: true };
  }

  /** "TimeWarner" after "Time Warner": one speaker under the spelling the article gave it first. */
  private spelledAsBefore(full: string): string {
    const key = spellingKey(full);
    const earlier = this.spellings.get(key);
    if (earlier !== undefined) return earlier;
    this.spellings.set(key, full);
    return full;
  }

  private resolveDescription(subject: Subject, span: TextSpan, excluded: Span): Speaker {
    const head = subject.head;
    const names = this.names;
    // "according to a tally by the Harbour Board", "a study by Jane Roe found": a document's
    // author speaks through it.
    const author = AUTHORED_NOUNS.has(head) ? (authorAfter(this.tokens, subject.end) ?? ownerBefore(this.tokens, subject)) : null;
    if (author && author.kind === 'name' && author.name) {
      const nameSpan = this.span(author.name.first, author.name.end);
      const full = this.spelledAsBefore(names.fullNameOfTokens(author.name.first, author.name.end));
      return this.described(span, full, nameSpan);
    }
    // "Her campaign sent out an email saying", "his remarks calling": an issuer or owner that is
    // no name is resolved as a subject of its own (a description, a pronoun's antecedent).
    if (author) {
      const issuer = this.resolve(author, excluded);
      if (issuer) return { ...issuer, mentions: [span, ...issuer.mentions] };
    }
    // "Secretary of State John F. Kerry": a title phrase that ends in a person's name is that person.
    const named = nameClosing(this.tokens, names, subject);
    const person = named ? this.resolve(named, excluded) : null;
    if (person) return person;
    const plural = GROUP_NOUNS.has(head) || (head.endsWith('s') && !head.endsWith('ss'));
    // "said one longtime adviser", "another friend told": an indefinite phrase brings in someone
    // new, never the person an earlier phrase gave that role.
    // So does a share of people ("28 percent of voters said"): a role no earlier person holds.
    const indefinite = INDEFINITES.has(this.tokens[subject.first]!.normal) || SHARE_WORDS.has(head);
    // (A document is no person's role: "those named in the complaint - Tom Pell - …. The complaint says".)
    const document = AUTHORED_NOUNS.has(head);
    // "the professor": the person an earlier phrase, apposition or title gave that role.
    const holder = !plural && !indefinite ? roleHolder(names, this.roleOwners, head, span, excluded, document) : null;
    if (holder) return this.described(span, holder);
    // "the 36-year-old said": an age stands for a person named before.
    const sentence = this.tokens[subject.first]!.sentence;
    // (Not "the 150-year-old firm", a body.)
    const age = BODY_NOUNS.has(head) ? null : describedAge(span.text);
    const aged = age !== null ? this.agedPerson(span, sentence, excluded, age, head) : null;
    if (aged) return this.described(span, aged.name);
    // "the Federal Reserve head": the person the article names with that body before their name
    // ("Federal Reserve chairman Mr Greenspan"), before or after.
    const owner =
      !plural && LEADER_NOUNS.has(head) && this.tokens[subject.first]!.normal === 'the'
        ? names.personAfterWords(bodyOf(this.tokens, this.text, subject))
        : null;
    if (owner) return this.described(span, owner);
    // "Irons said …. “…,” the British actor said.": the person the sentence before was about.
    if (!plural && this.tokens[subject.first]!.normal === 'the') {
      const ctx = {
        text: this.text,
        names,
        sentences: this.sentences,
        tokens: this.tokens,
        bodyStart: this.titleEnd,
        isSubject: this.isSubject,
        quoted: this.inQuote,
      };
      const person = describedSubject(ctx, head, span, sentence, excluded);
      if (person) return this.described(span, person);
    }
    // "the company said": the named body that spoke last (as "it" would).
    if (!plural && BODY_NOUNS.has(head) && this.tokens[subject.first]!.normal === 'the') {
      const body = this.namedBodies[this.namedBodies.length - 1];
      if (body && body.at < span.start) return { name: body.name, mentions: [span, ...body.mentions], resolved: true };
    }
    // "Shares in Harbour Energy rose …. The firm said": the organisation named before, though it never spoke.
    const organisation =
      !plural && this.tokens[subject.first]!.normal === 'the' ? describedBody(this.entities, splitWords(span.text), head, span.start, this.titleEnd) : null;
    if (organisation) {
      const speaker = this.described(span, this.spelledAsBefore(organisation));
      // (The body speaks on as "it".)
      this.bodies.push({ name: speaker.name, at: span.start, mentions: [...speaker.mentions] });
      return speaker;
    }
    // ("one of the sailors" keeps its "one": "of the sailors" names no one.)
    const name = span.text.replace(/^(?:the|a|an|one(?! of\b)|another)\s+/i, '');
    this.bodies.push({ name, at: span.start, mentions: [span], people: plural || SHARE_WORDS.has(head) || UNNAMED_PERSON_NOUNS.has(head) });
    const speaker = { name, mentions: [span], resolved: true };
    if (!plural && UNNAMED_PERSON_NOUNS.has(head))
      this.lastDescription = { speaker, end: span.end, saidEnd: excluded.end, sentence: this.tokens[subject.first]!.sentence, gender: titleGender(head) };
    return speaker;
  }

  private span(first: number, end: number): TextSpan {
    const start = this.tokens[first]!.start;
    const stop = this.tokens[end - 1]!.end;
    return { text: this.text.slice(start, stop), start, end: stop };
  }
}
