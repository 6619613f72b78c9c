// The partnership as its members see it: details, members by role, what next.
import type { Block, Message } from '../../core/turn';
import { PARTNER_ROLES, type PartnerRole, type Partnership } from '../../domain/partnership';
import type { TurnContext } from '../context';
import { FLOW } from './form';

export const EDIT_ACTION = `${FLOW}.edit`;

export async function overview(ctx: TurnContext, partnership: Partnership, role: PartnerRole | undefined): Promise<Message> {
  const { overview: t, names } = ctx.texts.partnership;
  const members = await ctx.scope.partnerships.members(partnership.id);
  const channel = !partnership.updatesChannelId
    ? t.channelNotSet
    : partnership.updatesChannelId === ctx.turn.place.conversationId
      ? t.channelHere
      : t.channelElsewhere;
  const details = [
    [t.region, partnership.region],
    [t.sectors, names.list(partnership.sectors.map((s) => names.sectors[s]))],
    [t.reviewType, names.reviewTypes[partnership.reviewType]],
    [t.visitDate, partnership.visitDate ? names.date(partnership.visitDate) : t.noVisitDate],
    [t.updatesChannel, channel],
    [t.wordLimit, t.words(partnership.wordLimitPerWaarborg)],
  ].map(([label, value]) => `- **${label}**: ${value}`);
  const byRole = PARTNER_ROLES.map((r) => [r, members.filter((m) => m.role === r).map((m) => m.displayName)] as const)
    .filter(([, people]) => people.length > 0)
    .map(([r, people]) => `- ${names.roles[r]}: ${names.list(people)}`);

  const blocks: Block[] = [
    { type: 'heading', text: t.title(partnership.name) },
    { type: 'text', text: details.join('\n') },
    { type: 'text', text: `**${t.members}**\n${byRole.join('\n')}` },
  ];
  if (role) blocks.push({ type: 'text', text: t.yourRole(names.roles[role]) });
  blocks.push(
    role === 'coordinator'
      ? { type: 'choices', text: t.coordinatorHint, choices: [{ label: t.editButton, action: EDIT_ACTION, value: partnership.id }] }
      : { type: 'text', text: t.memberHint },
  );
  return { blocks };
}
