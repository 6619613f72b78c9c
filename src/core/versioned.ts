// Optimistic concurrency, one shape for every row people edit together
// (partnerships, contributions, draft entries): a write names the version it
// was based on, and lands only when the row is still at that version.
//
// A conflict is a result, not an error. It is an ordinary outcome that every
// caller must answer (show both texts, offer the form again), so the type makes
// it impossible to forget; the row that won arrives typed, with no cast; and
// nothing is thrown inside the turn's transaction for something that is not a
// failure.

/** What the writer read: no row yet, or the row at this version. */
export type Expected = 'absent' | number;

/** The saved row, or the row that is there now (null: there is none, though one was expected). */
export type Versioned<Row, Current = Row | null> = { ok: true; saved: Row } | { ok: false; conflict: Current };
