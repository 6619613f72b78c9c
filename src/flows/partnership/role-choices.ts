// The buttons of the role conversation. Values name the partnership (and the
// role or person), so a button pressed later, or after a restart, still knows what it means.
import type { Message } from '../../core/turn';
import { PARTNER_ROLES, type Member, type PartnerRole, type Partnership } from '../../domain/partnership';
import type { TurnContext } from '../context';

export const ROLE_FLOW = 'role';
export const ROLE_ACTIONS = {
  /** value: `<partnershipId>` or `<partnershipId>|<role>` */
  join: `${ROLE_FLOW}.join`,
  /** value: `<partnershipId>|<role>` */
  set: `${ROLE_FLOW}.set`,
  /** value: `<partnershipId>|<personId>` */
  appoint: `${ROLE_FLOW}.appoint`,
} as const;

export function roleChoices(ctx: TurnContext, partnership: Partnership, intro?: string): Message {
  const { role, names } = ctx.texts.partnership;
  return {
    blocks: [
      {
        type: 'choices',
        text: [intro, role.prompt(partnership.name)].filter(Boolean).join('\n'),
        choices: PARTNER_ROLES.map((r) => ({ label: names.roles[r], action: ROLE_ACTIONS.set, value: `${partnership.id}|${r}` })),
      },
    ],
  };
}

export function partnershipChoices(ctx: TurnContext, partnerships: readonly Partnership[], wanted?: PartnerRole, intro?: string): Message {
  const { role } = ctx.texts.partnership;
  return {
    blocks: [
      {
        type: 'choices',
        text: [intro, role.choosePartnership].filter(Boolean).join('\n'),
        choices: partnerships.map((p) => ({ label: p.name, action: ROLE_ACTIONS.join, value: wanted ? `${p.id}|${wanted}` : p.id })),
      },
    ],
  };
}

export function appointChoices(ctx: TurnContext, partnership: Partnership, candidates: readonly Member[]): Message {
  const { role } = ctx.texts.partnership;
  return {
    blocks: [
      {
        type: 'choices',
        text: role.appointPrompt,
        choices: candidates.map((m) => ({ label: role.appointButton(m.displayName), action: ROLE_ACTIONS.appoint, value: `${partnership.id}|${m.personId}` })),
      },
    ],
  };
}
