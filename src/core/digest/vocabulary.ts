/** Feature strings to dense ids, shared by every item of one digest so items hold numbers, not strings. */
export class Vocabulary {
  private readonly ids = new Map<string, number>();

  id(feature: string): number {
    let id = this.ids.get(feature);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(feature, id);
    }
    return id;
  }

  /** The id of a feature already seen, or undefined. */
  get(feature: string): number | undefined {
    return this.ids.get(feature);
  }

  get size(): number {
    return this.ids.size;
  }
}
