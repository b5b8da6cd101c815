import { describe, expect, it } from 'vitest';
import { countTicks } from './actions';

describe('a shared count axis', () => {
  it('labels zero and steps by a round number, reaching both ends', () => {
    expect(countTicks([-6, 10])).toEqual([-10, -5, 0, 5, 10]);
    expect(countTicks([0, 8])).toEqual([0, 5, 10]);
    expect(countTicks([-2, 40])).toEqual([-20, 0, 20, 40]);
    expect(countTicks([-1, 2])).toEqual([-1, 0, 1, 2]);
  });
});
