/** Someone else changed the row since it was read; `current` is what is there now, so nothing is lost. */
export class VersionConflictError<T = unknown> extends Error {
  constructor(readonly current: T) {
    super('changed by someone else since it was read');
  }
}

export class NameTakenError extends Error {}
