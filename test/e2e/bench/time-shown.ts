/** How long something took to show: to the paint of the frame that shows it, and to the frame after. */
export interface Shown {
  painted: number;
  nextFrame: number;
}

/**
 * The page-script source of `timeShown(started, ready, done)`, for the benchmarks that time
 * something until it is on screen. `ready()` is checked at each frame, before the frame
 * paints: once it holds, that frame paints it, and a task posted from it runs after its paint
 * (`painted`). `nextFrame`, the frame after (one frame, ~17 ms, later), is what the benchmarks
 * first reported: both are kept so that earlier figures still compare. The first check waits
 * for a frame: a task posted before any frame would run before the paint. A string, not a
 * function: tsx would rename its inner functions with a helper the page does not have.
 */
export const TIME_SHOWN = `function timeShown(started, ready, done) {
  const check = () => {
    if (!ready()) return requestAnimationFrame(check);
    const sample = { painted: 0, nextFrame: 0 };
    const afterPaint = new MessageChannel();
    afterPaint.port1.onmessage = () => { sample.painted = performance.now() - started; };
    afterPaint.port2.postMessage(null);
    requestAnimationFrame(() => {
      sample.nextFrame = performance.now() - started;
      done(sample);
    });
  };
  requestAnimationFrame(check);
}`;
