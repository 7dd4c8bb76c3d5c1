import { readFileSync } from "node:fs";

/** Collects which operations a run exercised, and fails loudly on the first broken expectation. */
export class Run {
  private readonly covered = new Set<string>();

  /** Marks an operation as exercised, asserting the status it answered with. */
  expect(operationId: string, response: Response, status: number): void {
    this.covered.add(operationId);
    if (response.status !== status) {
      throw new Error(`${operationId}: expected ${status}, got ${response.status} (${response.url})`);
    }
  }

  /** The operations of the contract that the run never called. */
  missing(contractJsonPath: string): string[] {
    const contract = JSON.parse(readFileSync(contractJsonPath, "utf8")) as {
      paths: Record<string, Record<string, { operationId?: string }>>;
    };
    const all = Object.values(contract.paths).flatMap((item) =>
      Object.values(item).flatMap((operation) => (operation.operationId ? [operation.operationId] : [])),
    );
    return all.filter((operationId) => !this.covered.has(operationId)).sort();
  }

  get count(): number {
    return this.covered.size;
  }
}

export function assert(condition: boolean, message: string): asserts condition {
  if (!condition) {
    throw new Error(message);
  }
}

export function required<T>(value: T | undefined | null, message: string): T {
  if (value === undefined || value === null) {
    throw new Error(message);
  }
  return value;
}
