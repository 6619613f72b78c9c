// What an incoming body must look like before the SDK sees it: the SDK throws
// (→ 500) or crashes later on bodies that lack these, and we owe the sender a 400.
import { z } from 'zod';

const account = z.looseObject({ id: z.string().min(1), name: z.string().optional(), aadObjectId: z.string().optional() });

const activity = z
  .looseObject({
    type: z.string().min(1),
    id: z.string().min(1).optional(),
    channelId: z.string().min(1),
    serviceUrl: z.url({ protocol: /^https?$/ }),
    from: account,
    recipient: account,
    conversation: z.looseObject({ id: z.string().min(1) }),
    text: z.string().optional(),
  })
  // Messages need an id: it is what makes a redelivery recognisable.
  .refine((a) => a.type !== 'message' || a.id !== undefined, { message: 'a message activity needs an id', path: ['id'] });

export type ActivityCheck = { ok: true; activity: Record<string, unknown> } | { ok: false; error: string };

export function checkActivity(body: unknown): ActivityCheck {
  const parsed = activity.safeParse(body);
  if (parsed.success) return { ok: true, activity: body as Record<string, unknown> };
  const issue = parsed.error.issues[0]!;
  return { ok: false, error: `not a Bot Framework activity: ${issue.path.join('.') || 'body'} ${issue.message}` };
}
