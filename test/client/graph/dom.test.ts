import { afterEach, describe, expect, it, vi } from 'vitest';
import { debounce } from '../../../src/client/graph/dom';

describe('debounce', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('calls once, `ms` after the last of a run of calls', () => {
    vi.useFakeTimers();
    const fn = vi.fn();
    const call = debounce(fn, 80);
    call();
    vi.advanceTimersByTime(60);
    call();
    vi.advanceTimersByTime(60);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(20);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('calls again for calls after the wait', () => {
    vi.useFakeTimers();
    const fn = vi.fn();
    const call = debounce(fn, 10);
    call();
    vi.advanceTimersByTime(10);
    call();
    vi.advanceTimersByTime(10);
    expect(fn).toHaveBeenCalledTimes(2);
  });
});

describe('debounce().pending', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('says whether a call is still waiting', () => {
    vi.useFakeTimers();
    const call = debounce(() => {}, 10);
    expect(call.pending()).toBe(false);
    call();
    expect(call.pending()).toBe(true);
    vi.advanceTimersByTime(10);
    expect(call.pending()).toBe(false);
  });
});
