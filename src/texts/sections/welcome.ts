// The welcome card ("hallo", a greeting) and the answer to a sentence typed
// outside any conversation with the bot.
export interface WelcomeTexts {
  title: string;
  intro: string;
  /** What to do first, by where the person stands. */
  noPartnership: string;
  noRole: (partnership: string) => string;
  ready: (partnership: string) => string;
  setUpButton: string;
  chooseRoleButton: string;
  reflectButton: string;
  progressButton: string;
  helpButton: string;
  /** Under the welcome in a channel or group chat: mention the bot here; the updates channel. */
  inChannel: string;
  /** A sentence outside a flow: not stored, with what it could be meant for. */
  sentence: string;
}
