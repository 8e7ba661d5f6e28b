/**
 * When note editors come to life. An editor costs a few milliseconds to build, so a report with
 * hundreds of notes would stall its first paint building them all at once (300 notes: 1.6–2.3 s
 * instead of 0.44 s, measured in the browser shell). Notes on screen get theirs at once; the
 * rest are built one by one while the page is idle, so every note soon has a real editor.
 */
type Mount = () => void;

const queue = new Set<Mount>();
let scheduled = false;

const idle: (callback: (deadline: IdleDeadline) => void) => void =
  typeof requestIdleCallback === 'function'
    ? (callback) => requestIdleCallback(callback, { timeout: 1000 })
    : (callback) => setTimeout(() => callback({ didTimeout: true, timeRemaining: () => 8 }), 16);

function drain(deadline: IdleDeadline): void {
  scheduled = false;
  for (const mount of queue) {
    if (deadline.timeRemaining() < 4 && !deadline.didTimeout) break;
    queue.delete(mount);
    mount();
    if (deadline.didTimeout) break;
  }
  if (queue.size > 0) schedule();
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  idle(drain);
}

/** Queues an editor to be built when the page is idle; returns a cancel for unmounting first. */
export function mountWhenIdle(mount: Mount): () => void {
  queue.add(mount);
  schedule();
  return () => queue.delete(mount);
}
