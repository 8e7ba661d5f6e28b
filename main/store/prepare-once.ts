/**
 * A store's statements, prepared on first use rather than when the store object is made: a store
 * handed a file at an older schema (a migration under test, a library being inspected) can still
 * be constructed, and only a statement actually run needs its table to exist.
 */
export function prepareOnce<T>(prepare: () => T): () => T {
  let statements: T | undefined;
  return () => (statements ??= prepare());
}
