import type { WelcomeTexts } from '../sections/welcome';

export const welcomeEn: WelcomeTexts = {
  title: 'Welcome to the peer review assistant',
  intro:
    'I help your partnership prepare its peer review: everyone writes from their own role about the four waarborgen, ' +
    'I coach towards what the committee looks for and compile a draft.',
  noPartnership: 'There is no partnership here yet. The coordinator sets it up; then everyone chooses a role.',
  noRole: (partnership) => `You are not part of ${partnership} yet. Choose your role to begin.`,
  ready: (partnership) => `You take part in ${partnership}. Start a reflection or look at the progress.`,
  setUpButton: 'Set up the partnership',
  chooseRoleButton: 'Choose your role',
  reflectButton: 'Start a reflection',
  progressButton: 'Progress',
  helpButton: 'What can you do?',
  inChannel:
    'Here I only hear messages that mention me (`@peerreview help`). ' +
    'The coordinator has the timeline updates posted here with `@peerreview timeline channel`.',
  sentence:
    'No question of mine is open right now, so I did not keep your text. Did you want to write a reflection? ' +
    'Start one with the button below and choose the waarborg; then paste your text at the item it belongs to.',
};
