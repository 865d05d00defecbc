// Types for the generated models/ner-gazetteer.js (see SerializedGazetteer in src/core/entities/model.ts).
declare const gazetteer: {
  readonly count: number;
  readonly maxLength: number;
  readonly hashes: string;
  readonly masks: string;
};
export default gazetteer;
