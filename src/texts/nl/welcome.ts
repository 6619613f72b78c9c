import type { WelcomeTexts } from '../sections/welcome';

export const welcomeNl: WelcomeTexts = {
  title: 'Welkom bij de peer-review-assistent',
  intro:
    'Ik help jullie partnerschap de peer review voor te bereiden: iedereen schrijft vanuit de eigen rol over de vier waarborgen, ' +
    'ik coach op wat de commissie zoekt en maak er een concept van.',
  noPartnership: 'Er is hier nog geen partnerschap. De coördinator zet het op; daarna kiest ieder een rol.',
  noRole: (partnership) => `Je hoort nog niet bij ${partnership}. Kies je rol, dan kun je beginnen.`,
  ready: (partnership) => `Je doet mee met ${partnership}. Begin een reflectie of bekijk de voortgang.`,
  setUpButton: 'Partnerschap opzetten',
  chooseRoleButton: 'Kies je rol',
  reflectButton: 'Reflectie starten',
  progressButton: 'Voortgang',
  helpButton: 'Wat kan ik?',
  inChannel:
    'Hier hoor ik alleen berichten waarin je mij noemt (`@peerreview hulp`). ' +
    'De coördinator laat de updates van de planning hier komen met `@peerreview planning kanaal`.',
  sentence:
    'Er staat nu geen vraag van mij open, dus ik heb je tekst niet bewaard. Wilde je een reflectie schrijven? ' +
    'Start er een met de knop hieronder en kies de waarborg; kopieer je tekst dan bij het punt waar hij hoort.',
};
