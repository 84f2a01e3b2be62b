/** Descriptive statistics for small samples. Empty or non-finite input is an error, never 0. */

function assertSample(values: readonly number[], minimum: number): void {
  if (values.length < minimum) {
    throw new RangeError(`need at least ${minimum} value${minimum === 1 ? '' : 's'}`);
  }
  if (!values.every((value) => Number.isFinite(value))) {
    throw new RangeError('values must be finite numbers');
  }
}

export function mean(values: readonly number[]): number {
  assertSample(values, 1);
  return values.reduce((total, value) => total + value, 0) / values.length;
}

/** Sample variance (n − 1 denominator). */
export function variance(values: readonly number[]): number {
  assertSample(values, 2);
  const centre = mean(values);
  const squares = values.reduce((total, value) => total + (value - centre) ** 2, 0);
  return squares / (values.length - 1);
}

/** Sample standard deviation (n − 1 denominator). */
export function sd(values: readonly number[]): number {
  return Math.sqrt(variance(values));
}
