import type { DeliveryTexts } from '../sections/delivery';
import { plural } from '../words';

/** What the platforms' answers mean for the people who read this. */
const causes: Record<string, string> = {
  not_in_channel: 'de bot is geen lid (meer) van dat kanaal: nodig hem uit',
  channel_not_found: 'dat kanaal bestaat niet (meer)',
  is_archived: 'dat kanaal is gearchiveerd',
  user_not_found: 'dat account bestaat niet (meer)',
  users_not_found: 'dat account bestaat niet (meer)',
  account_inactive: 'dat account is gedeactiveerd',
  user_disabled: 'dat account is gedeactiveerd',
  invalid_auth: 'de bot is niet (meer) geïnstalleerd in deze werkruimte',
  token_revoked: 'de bot is niet (meer) geïnstalleerd in deze werkruimte',
  'no conversation with the bot in this tenant yet': 'niemand in deze organisatie heeft de bot nog gebruikt',
};

const cause = (detail: string) => causes[detail] ?? (/^HTTP 40[13]/.test(detail) ? 'de bot is uit het team, kanaal of de chat verwijderd' : /^HTTP 404/.test(detail) ? 'dat gesprek bestaat niet (meer)' : `\`${detail}\``);

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
      ? `niet bereikbaar: ${cause(reason.detail)}`
      : reason.kind === 'gave-up'
        ? `lukte een uur lang niet (${cause(reason.detail)})`
        : `geweigerd door het platform (${cause(reason.detail)})`,
  notCoordinator: 'Alleen een coördinator van het partnerschap kan zien wat niet aankwam.',
  when: (at) => when.format(at),
};
