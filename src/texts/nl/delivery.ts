import type { FailureCause, FailureReason } from '../../core/delivery';
import type { DeliveryTexts } from '../sections/delivery';
import { plural } from '../words';

/** What the platforms' answers mean for the people who read this. */
const causes: Record<FailureCause, string> = {
  'not-in-channel': 'de bot is geen lid (meer) van dat kanaal: nodig hem uit',
  'channel-gone': 'dat kanaal bestaat niet (meer)',
  'channel-archived': 'dat kanaal is gearchiveerd',
  'account-gone': 'dat account bestaat niet (meer)',
  'account-deactivated': 'dat account is gedeactiveerd',
  'not-installed': 'de bot is niet (meer) geïnstalleerd in deze werkruimte',
  'bot-unused-in-tenant': 'niemand in deze organisatie heeft de bot nog gebruikt',
  'bot-removed': 'de bot is uit het team, kanaal of de chat verwijderd',
  'conversation-gone': 'dat gesprek bestaat niet (meer)',
};

const cause = (reason: FailureReason) => (reason.cause ? causes[reason.cause] : `\`${reason.detail}\``);

const when = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

export const deliveryNl: DeliveryTexts = {
  title: 'Bezorging',
  allDelivered: 'Alles wat ik de afgelopen tijd stuurde, is aangekomen.',
  waiting: (count) => (count === 0 ? 'Er staat niets meer klaar om te versturen.' : `Nog onderweg: ${plural(count, 'bericht', 'berichten')}.`),
  intro: (days) => `Deze berichten van de afgelopen ${plural(days, 'dag', 'dagen')} kwamen niet aan:`,
  channel: (id) => `kanaal \`${id}\``,
  person: (name) => `${name} (direct bericht)`,
  reply: (name) => `${name} (antwoord)`,
  reason: (reason) =>
    reason.kind === 'unreachable'
      ? `niet bereikbaar: ${cause(reason)}`
      : reason.kind === 'gave-up'
        ? `lukte een uur lang niet (${cause(reason)})`
        : `geweigerd door het platform (${cause(reason)})`,
  notCoordinator: 'Alleen een coördinator van het partnerschap kan zien wat niet aankwam.',
  when: (at) => when.format(at),
};
