import type { Source } from './schema';

/** Citation of the Kwaliteitskader Samen Opleiden in de Onderwijsregio (seed 000). */
export function kwaliteitskader(section: string): Source {
  return { document: 'kwaliteitskader', section };
}

/** Citation of the DUS-I Verslag van bevindingen 2024, Commissie Beoordelingsgerichte Peer Review (seed 001). */
export function dusiVerslag(section: string): Source {
  return { document: 'dusi-verslag-2024', section };
}
