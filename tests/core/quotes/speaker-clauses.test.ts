import { describe, expect, it } from 'vitest';
import { speakersOf } from './parsed-fixture.js';

// Issue 13, speaker round 3: whose clause a participle or coordinated cue hangs on. Our own
// invented sentences, one per pattern.

/** The speakers of an article made of a fixed opening and `body`. */
const speakers = (body: string) => speakersOf(`Harbour Town News\n\n${body}`);

describe('a participle cue after a comma', () => {
  it('takes the subject of the clause coordinated after the opening one', () => {
    const body =
      'Over the past two weeks, auditors charged the clerk with fraud and Whitcombe fired her deputy, Carl Moss, acknowledging that many residents have lost trust in the council.';
    expect(speakers(body)).toEqual(['Whitcombe']);
  });

  it('keeps the speaker of a cue whose clause runs on to it', () => {
    const body = 'The spokesman refused to answer questions but said there was no call or meeting planned with Roe, adding that a visit was possible.';
    expect(speakers(body)).toEqual(['spokesman', 'spokesman']);
  });

  it('keeps the speaker of a cue whose reported clause, "that" or none, holds the coordination', () => {
    expect(speakers('Ana Ruiz said that the levy rose and Tom Pell stopped the ferries, adding that the port would close.')).toEqual(['Ana Ruiz', 'Ana Ruiz']);
    expect(speakers('Ana Ruiz said the levy rose and Tom Pell stopped the ferries, adding that the port would close.')).toEqual(['Ana Ruiz', 'Ana Ruiz']);
  });

  it('takes no name coordinated before a participle of its own ("the crews and Tom Pell watching")', () => {
    expect(speakers('Ana Ruiz closed the quay with the crews and Tom Pell watching, adding that the port would open in May.')).toEqual(['Ana Ruiz']);
  });

  it('passes over an opening subordinate clause to the main clause', () => {
    const body =
      'In a May debate, while most of her rivals called for a bigger levy on the harbour traders, Whitcombe kept to the old budget, noting that the harbour and the ferries are separate funds.';
    expect(speakers(body)).toEqual(['Whitcombe']);
  });

  it('passes over the verbs of an opening participle phrase', () => {
    const body =
      'Facing mounting criticism from residents and traders, Tom Pell released a statement on Saturday night, describing the ferry crews as heroes but insisting that the council had no right to cut their pay.';
    expect(speakers(body)).toEqual(['Tom Pell']);
  });

  it('passes over an opening participle with an infinitive cue', () => {
    const body = 'Continuing to explain his view, Ivan Roe rejected the notion that the vote was over, saying that the council would meet again.';
    expect(speakers(body)).toEqual(['Ivan Roe']);
  });

  it('keeps the subject after a participle phrase with a place in commas', () => {
    const body = 'Speaking on the quay at dawn in Salem, Ohio, Ivan Roe went after the mayor, calling her plan "a leaky boat."';
    expect(speakers(body)).toEqual(['Ivan Roe']);
  });
});

describe('a cue coordinated after another cue', () => {
  it('goes on with the speaker of the cue before it, not a subject lost to a missing full stop', () => {
    const body =
      'In Dover, where more than 200 homes are thought to have flooded, the pound shed 0.1% against the euro Analysts said that it was hard to predict the cost of the storm and warned that prices would come under pressure as the bills mounted.';
    expect(speakers(body)).toEqual(['Analysts', 'Analysts']);
  });
});

describe('a pronoun speaker', () => {
  it('never goes back to a name inside another quote’s marks', () => {
    const body = [
      'Rob Jenks, 58, skipper of the Dover ferry, said he was tired of the owners and their plans.',
      'In a letter to the harbour master he wrote: "It is best that Tom Pell rather than Ivo Lane should run the crossing." While saying he admired the crew\'s "brave" work, he criticised the owners.',
    ].join('\n\n');
    expect(speakers(body)).toEqual(['Rob Jenks', 'Rob Jenks', 'Rob Jenks']);
  });

  it('goes on with the center of a sentence the same pronoun opens, past the names it passes', () => {
    const body =
      'Rob Jenks admitted he was wary of naming the crew too soon. But he has met with Tom Pell and Ivo Lane and they liked the plan. "We are ready to sail in May," he said.';
    expect(speakers(body)).toEqual(['Rob Jenks', 'Rob Jenks']);
  });

  it('never goes back to a place, even with no person named before it', () => {
    const body = 'The harbour board opened the new route to Gull Island today He said the boat handled the swell well';
    expect(speakers(body)).toEqual(['He']);
  });

  it('does not take a pronoun in an opening clause for the sentence’s subject', () => {
    const body =
      'Ana Ruiz ran the ferry for years. Since she joined the board of Dover Lines in 1990, Ena Vale has kept a low profile. "I am not interested in the fuss," she said.';
    expect(speakers(body)).toEqual(['Ena Vale']);
  });
});

describe('a quote after a colon with no speech verb before it', () => {
  it('takes the main clause’s subject past a wh-clause that runs to the colon', () => {
    const body =
      'The Dover Gazette focuses on how many crates the dockers were able to shift in a 40-minute hauling spree: "By moving 212 crates in well under an hour, the dockers showed what a full crew can do."';
    expect(speakers(body)).toEqual(['Dover Gazette']);
  });

  it('takes a speech verb before the clause', () => {
    const body = 'The story may seem rare but Ana Ruiz says that it is becoming common in the port: "Since I started I have heard of three more."';
    expect(speakers(body)).toEqual(['Ana Ruiz', 'Ana Ruiz']);
  });

  it('takes no cue noun heading the verb’s object, and steps over a state’s abbreviation', () => {
    const body = 'Senate leader Ada Finch, R-Ky., delivered a short message to the council: "Leave the ferry crews alone."';
    expect(speakers(body)).toEqual(['Ada Finch']);
  });
});

describe('a cue coordinated inside an opening subordinate clause', () => {
  it('has that clause’s subject, not the main clause’s', () => {
    const body = 'When Tom Pell later referred to the storm at the harbour and said he would "protect our crews," the crowd applauded loudly.';
    expect(speakers(body)).toEqual(['Tom Pell']);
  });
});

describe('a lead-in paragraph of one sentence', () => {
  it('names the speaker of a cue-less quote opening the next paragraph', () => {
    const body = [
      '"We will not give up the harbour," Ana Holt said on Monday. "Not now."',
      'The vote is set for May.',
      'Holt kept up her attack.',
      '"Last spring the ferry was full every morning, and now half the seats are empty."',
    ].join('\n\n');
    expect(speakers(body)).toEqual(['Ana Holt', 'Ana Holt']);
  });

  it('names no one when its subject is no person', () => {
    const body = [
      '"We will not give up the harbour," Ana Holt said on Monday.',
      'The vote is set for May.',
      '"Not now, and not ever, while I still run this port and its ferries."',
    ].join('\n\n');
    expect(speakers(body)).toEqual(['Ana Holt', null]);
  });
});
