// Commands and flows of the draft capability.
import type { Command, Flow } from '../context';
import { chooseCommand } from './choose';
import { dossierCheckCommand } from './dossier-check';
import { downloadCommand } from './download';
import { draftFlow } from './flow';
import { overviewCommand } from './overview';

export const draftCommands: readonly Command[] = [overviewCommand, chooseCommand, downloadCommand, dossierCheckCommand];
export const draftFlows: readonly Flow[] = [draftFlow];
export { buildDraftFile } from './load';
