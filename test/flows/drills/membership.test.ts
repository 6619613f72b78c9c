// The coordinator's groups through the real engine: who is put in which group
// (a conversation's or the partnership's own), names matched whole or by a
// word, unknown groups and people answered, and where each group's prompts go.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Place } from '../../../src/core/turn';
import { type DrillHarness, type DrillWorld, shown, startDrillHarness } from './support';

let h: DrillHarness;
let world: DrillWorld;
beforeAll(async () => {
  h = await startDrillHarness();
  world = await h.setUp();
});
afterAll(() => h?.dispose());

const coby = (text: string, place?: Place) => h.send(world.tenant, 'coby', text, place).then(shown);
const channel = (id: string): Place => ({ conversationId: id, kind: 'channel', threadId: '1700000000.000100', reference: {} });
const planOf = () => h.inTenant(world.tenant, (s) => s.drills.plan(world.partnershipId));

describe('the coordinator’s groups', () => {
  it('puts a member in an own group by a word of their name, and back; the person then drills that group', async () => {
    await coby('oefenplan aan');
    await coby('oefenplan groep Zij-instromers studenten');
    expect(await coby('oefenplan groep zij-instromers lid student')).toContain('Sam Student oefent nu voor het zij-instromers.');
    expect(shown(await h.send(world.tenant, 'sam', 'oefenen'))).toContain('· Zij-instromers');
    expect(await coby('oefenplan groep standaard lid Sam Student')).toContain('Sam Student oefent weer voor de groep van de eigen rol: het gesprek met studenten.');
    expect(shown(await h.send(world.tenant, 'sam', 'later'))).toContain('komt terug');
    expect(shown(await h.send(world.tenant, 'sam', 'oefenen'))).toContain('· Gesprek met studenten');
  });

  it('answers an unknown group or person, and a member who is no coordinator', async () => {
    expect(await coby('oefenplan groep ouders lid Sam')).toContain('"ouders" ken ik niet als groep of waarborg.');
    expect(await coby('oefenplan groep studenten lid Piet')).toContain('"Piet" staat niet bij de deelnemers. Deelnemers: ');
    expect(await coby('oefenplan groep studenten lid')).toContain('`oefenplan groep <groep> lid <naam>`');
    expect(shown(await h.send(world.tenant, 'bram', 'oefenplan groep studenten lid Bram'))).toContain('Dat kan alleen een coördinator');
  });

  it('sends one group to its own channel and another by DM over the plan-wide channel, and lists where', async () => {
    // The bot knows both channels because someone talked to it there.
    expect(await coby('oefenplan kanaal', channel('CALGEMEEN'))).toContain('in het kanaal');
    expect(await coby('oefenplan groep bestuurders kanaal', channel('CBESTUUR'))).toContain('Oefenplan');
    expect(await coby('oefenplan groep studenten dm')).toContain('Oefenplan');
    expect(await coby('oefenplan groep onbekend dm')).toContain('Coördinator: `oefenplan aan`');
    expect(await coby('oefenplan groep studenten kanaal')).toContain('Coördinator: `oefenplan aan`');
    expect((await planOf())!.groupChannels).toEqual({ 'board-members': 'CBESTUUR', students: null });
    const listed = await coby('oefenplan groepen');
    expect(listed).toContain('**Gesprek met studenten** (direct bericht): Sam Student');
    expect(listed).toContain('**Gesprek met opleiders** (in het kanaal): Coby Coördinator');
    expect(listed).toContain('**Gesprek met bestuurders** (in het kanaal): Bram Bestuurder');
  });
});
