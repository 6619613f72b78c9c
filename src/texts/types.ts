// Every user-facing text, one object per language. Code asks for texts by key;
// no sentence a person reads lives anywhere else.
export interface Texts {
  help: {
    title: string;
    intro: string;
    commands: Array<{ usage: string; description: string }>;
    footer: string;
  };
  language: {
    prompt: string;
    set: string;
    unknown: (given: string) => string;
    dutch: string;
    english: string;
  };
  /** Labels the adapters need to render core messages (buttons, modal chrome). */
  platform: {
    openForm: string;
    submit: string;
    cancel: string;
    /** Shown under a required Adaptive Card input left empty. */
    teamsRequiredField: string;
  };
  errors: {
    unknownCommand: (given: string) => string;
    emptyInput: string;
    tooLong: (max: number) => string;
    staleAction: string;
    internal: string;
  };
}
