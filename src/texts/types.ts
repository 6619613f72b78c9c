// Every user-facing text, one object per language (src/texts/nl.ts and en.ts,
// with larger sections in src/texts/nl/ and src/texts/en/). Code asks for texts
// by key; no sentence a person reads lives anywhere else. The domain returns
// facts and codes; follow-up.ts and draft-status.ts word them with these texts.
import type { PartnerRole } from '../domain/partnership/roles';
import type { CoachingPrompts } from './sections/coaching';
import type { DeliveryTexts } from './sections/delivery';
import type { DraftTexts } from './sections/draft';
import type { DrillTexts } from './sections/drills';
import type { PartnershipTexts } from './sections/partnership';
import type { ReflectionTexts } from './sections/reflection';
import type { TimelineTexts } from './sections/timeline';
import type { WelcomeTexts } from './sections/welcome';

export interface Texts {
  /** Short role names for running text ("Anne (schoolopleider)"). */
  roles: Record<PartnerRole, string>;
  /** Follow-up questions after a reflection answer. */
  coaching: CoachingPrompts;
  partnership: PartnershipTexts;
  reflection: ReflectionTexts;
  draft: DraftTexts;
  /** `bezorging`: what could not be delivered. */
  delivery: DeliveryTexts;
  /** Practice drills before the visit day: prompts, feedback, own questions, plan, readiness. */
  drills: DrillTexts;
  /** The review timeline: posts, `planning`, `status`, App Home, digest, vraagstukken. */
  timeline: TimelineTexts;
  /** "hallo" and text outside any conversation. */
  welcome: WelcomeTexts;
  help: {
    title: string;
    intro: string;
    commands: Array<{ usage: string; description: string }>;
    footer: string;
    startHere: string;
    buttons: { reflect: string; progress: string; status: string; partnership: string };
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
    /** The page of a download link that is expired, altered or unknown. */
    downloadGone: { title: string; body: string };
  };
  errors: {
    unknownCommand: (given: string) => string;
    emptyInput: string;
    tooLong: (max: number) => string;
    staleAction: string;
    internal: string;
  };
}
