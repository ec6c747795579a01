// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageContext, asPageContext } from '@/utils/page/script-context';

afterEach(() => vi.useRealTimers());

describe('the content script context', () => {
  it('starts without dispatching anything on the page', () => {
    const onDocument = vi.spyOn(document, 'dispatchEvent');
    const onWindow = vi.spyOn(window, 'dispatchEvent');
    const ctx = new PageContext('quiet');
    expect(onDocument).not.toHaveBeenCalled();
    expect(onWindow).not.toHaveBeenCalled();
    ctx.invalidate();
  });

  it('is stopped by a newer copy of the same script, with its listeners and timers', () => {
    vi.useFakeTimers();
    const older = new PageContext('content');
    const clicks = vi.fn();
    const ticks = vi.fn();
    older.addEventListener(document, 'click', clicks);
    older.setInterval(ticks, 100);
    const other = new PageContext('another-script');
    document.dispatchEvent(new Event('click'));
    vi.advanceTimersByTime(250);
    expect([clicks.mock.calls.length, ticks.mock.calls.length]).toEqual([1, 2]);
    const newer = new PageContext('content');
    expect(older.isInvalid).toBe(true);
    expect(other.isInvalid).toBe(false);
    document.dispatchEvent(new Event('click'));
    vi.advanceTimersByTime(250);
    expect([clicks.mock.calls.length, ticks.mock.calls.length]).toEqual([1, 2]);
    expect(newer.isValid).toBe(true);
    newer.invalidate();
    other.invalidate();
  });

  it('tells its listeners of a URL change without a page load, until it ends', () => {
    vi.useFakeTimers();
    const ctx = new PageContext('urls');
    const changed = vi.fn();
    ctx.onUrlChange(changed);
    vi.advanceTimersByTime(1500);
    expect(changed).not.toHaveBeenCalled();
    history.pushState({}, '', '/next');
    vi.advanceTimersByTime(1500);
    expect(changed).toHaveBeenCalledTimes(1);
    ctx.invalidate();
    history.pushState({}, '', '/after');
    vi.advanceTimersByTime(1500);
    expect(changed).toHaveBeenCalledTimes(1);
  });

  it('refuses a context that is not its own (a build without the alias in wxt.config.ts)', () => {
    const ctx = new PageContext('mine');
    expect(asPageContext(ctx)).toBe(ctx);
    expect(() => asPageContext({ onInvalidated() {} })).toThrow(/announces it to the page/);
    ctx.invalidate();
  });
});
