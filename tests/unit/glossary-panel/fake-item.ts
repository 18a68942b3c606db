/** An in-memory stand-in for a WXT storage item, recording every write. */
export class FakeItem<T> {
  writes: T[] = [];
  constructor(public value: T | null = null) {}
  async getValue(): Promise<T | null> {
    return this.value === null ? null : structuredClone(this.value);
  }
  async setValue(v: T): Promise<void> {
    this.value = structuredClone(v);
    this.writes.push(this.value);
  }
}
