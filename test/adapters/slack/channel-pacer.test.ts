import { describe, expect, it } from 'vitest';
import { createChannelPacer } from '../../../adapters/slack/channel-pacer';

function clock() {
  let time = 0;
  const slept: number[] = [];
  return {
    now: () => time,
    sleep: async (ms: number) => {
      slept.push(ms);
      time += ms;
    },
    advance: (ms: number) => (time += ms),
    slept,
  };
}

describe('channel pacer', () => {
  it('lets a burst through, then spaces messages one second apart per channel', async () => {
    const c = clock();
    const pacer = createChannelPacer({ burst: 3, perSecond: 1, now: c.now, sleep: c.sleep });
    for (let i = 0; i < 5; i++) await pacer.take('C1');
    expect(c.slept).toEqual([1000, 1000]);
  });

  it('keeps channels apart', async () => {
    const c = clock();
    const pacer = createChannelPacer({ burst: 1, perSecond: 1, now: c.now, sleep: c.sleep });
    await pacer.take('C1');
    await pacer.take('C2');
    await pacer.take('C3');
    expect(c.slept).toEqual([]);
    await pacer.take('C1');
    expect(c.slept).toEqual([1000]);
  });

  it('refills while a channel is quiet', async () => {
    const c = clock();
    const pacer = createChannelPacer({ burst: 2, perSecond: 1, now: c.now, sleep: c.sleep });
    await pacer.take('C1');
    await pacer.take('C1');
    c.advance(5_000);
    await pacer.take('C1');
    await pacer.take('C1');
    expect(c.slept).toEqual([]);
    await pacer.take('C1');
    expect(c.slept).toEqual([1000]);
  });

  it('paces concurrent posts to one channel too', async () => {
    const c = clock();
    const waits: number[] = [];
    const pacer = createChannelPacer({ burst: 1, perSecond: 2, now: c.now, sleep: async (ms) => void waits.push(ms) });
    await Promise.all([pacer.take('C1'), pacer.take('C1'), pacer.take('C1')]);
    expect(waits).toEqual([500, 1000]);
  });
});
