// Types for the generated models/ner.js (see SerializedModel in src/core/entities/model.ts).
declare const model: {
  readonly format: 1;
  readonly labels: readonly string[];
  readonly featureCount: number;
  readonly features: string;
  readonly weights: string;
  readonly minWeight: number;
  readonly scaleStep: number;
};
export default model;
